package io.github.camelflowroute.component.flowroute.management;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.camelflowroute.component.flowroute.FlowrouteWebhookProcessor;

/**
 * How the component's views show what must not be shown whole: an access key by its last four characters (enough to
 * tell keys apart), a callback URL without its token. The secret key is never shown at all.
 */
public final class Masking {

    /** What stands for a hidden value. */
    public static final String MASK = "xxxxxx";

    private static final Pattern TOKEN =
            Pattern.compile("([?&]" + Pattern.quote(FlowrouteWebhookProcessor.TOKEN_PARAMETER) + "=)[^&#]*");
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@?#]*@");

    private Masking() {
    }

    /** The access key as {@code xxxxxx} and its last four characters; only the mask when it is short. */
    public static String accessKey(String accessKey) {
        if (accessKey == null) {
            return null;
        }
        return accessKey.length() < 12 ? MASK : MASK + accessKey.substring(accessKey.length() - 4);
    }

    /** The URL with the value of its {@code token} parameter, and any user info, masked. */
    public static String url(String url) {
        if (url == null) {
            return null;
        }
        String masked = USER_INFO.matcher(url).replaceFirst("$1" + MASK + "@");
        return TOKEN.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
