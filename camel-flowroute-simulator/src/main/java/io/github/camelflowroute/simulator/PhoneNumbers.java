package io.github.camelflowroute.simulator;

import java.util.Set;
import java.util.regex.Pattern;

/** Small helpers for NANP numbers as the API writes them ({@code 1NPANXXXXXX}). */
final class PhoneNumbers {

    private static final Pattern E164_NANP = Pattern.compile("1[2-9]\\d{9}");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");

    /** Toll-free NPAs: a number's type and an MDR's message_type follow from them. */
    static final Set<String> TOLL_FREE_NPAS = Set.of("800", "833", "844", "855", "866", "877", "888");

    private PhoneNumbers() {
    }

    /** 11 digits, leading 1, NPA not starting with 0 or 1. */
    static boolean isE164Nanp(String value) {
        return value != null && E164_NANP.matcher(value).matches();
    }

    static boolean isTollFree(String number) {
        return isE164Nanp(number) && TOLL_FREE_NPAS.contains(number.substring(1, 4));
    }

    /** An absolute http(s) URL, the only kind of media or callback URL Flowroute can fetch or call. */
    static boolean isHttpUrl(String value) {
        return value != null && HTTP_URL.matcher(value).matches();
    }

    /**
     * Whether {@code number} matches a starts_with search. Users search by the national part
     * ({@code 206}) as often as by the full number ({@code 1206}), so both readings count.
     */
    static boolean startsWith(String number, String prefix) {
        return number.startsWith(prefix) || number.substring(1).startsWith(prefix);
    }
}
