package io.github.camelflowroute.component.flowroute.internal.webhook;

import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks are authenticated by default. Flowroute signs nothing, so a webhook endpoint without a
 * {@code webhookToken} or {@code webhookAllowedSources} would route any post from anyone who learns its URL (one-time
 * codes, orders). Such an endpoint does not start unless the user opts out with
 * {@code webhookAllowUnauthenticated=true}, which is logged at WARN.
 */
public final class WebhookAuthentication {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookAuthentication.class);

    private WebhookAuthentication() {
    }

    /**
     * Checks the endpoint's webhook settings before it serves or registers anything.
     *
     * @param token                the {@code webhookToken} option
     * @param allowedSources       the {@code webhookAllowedSources} option
     * @param allowUnauthenticated the {@code webhookAllowUnauthenticated} option
     * @param endpoint             how to name the endpoint in the message, e.g.
     *                             {@code webhook:flowroute:inboundMessages}
     * @throws FlowrouteValidationException when neither a token nor allowed sources are set and no opt-out is
     */
    public static void check(String token, String allowedSources, boolean allowUnauthenticated, String endpoint) {
        if (hasText(token) || hasText(allowedSources)) {
            return;
        }
        if (!allowUnauthenticated) {
            throw new FlowrouteValidationException("webhookToken", endpoint + " would accept posts from anyone who"
                    + " learns its URL: set webhookToken (a shared secret; the same on every node behind the callback"
                    + " URL) or webhookAllowedSources (Flowroute's callback addresses), or set"
                    + " webhookAllowUnauthenticated=true to accept unauthenticated posts");
        }
        LOG.warn("{} accepts unauthenticated posts (webhookAllowUnauthenticated=true): anyone who learns its URL can"
                + " inject messages; set webhookToken or webhookAllowedSources", endpoint);
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
