package io.github.camelflowroute.component.flowroute;

import io.github.camelflowroute.component.flowroute.client.AdaptiveSendRateLimiter;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Flowroute has one rate limit per access key and kind, so the producers that send with one key through one rate
 * limiter must agree on it: one that disagrees with those already started does not start, with an error that names
 * the option, instead of the limiter silently following one of them. How long a send may wait for its turn is each
 * producer's own.
 */
class SendRateSettingsTest extends FlowrouteTestSupport {

    private static final String TO = "12065550199";

    @ParameterizedTest
    @ValueSource(strings = { "smsPerSecond", "mmsPerSecond" })
    void aProducerWithOtherRatesForTheSameKeyDoesNotStart(String option) throws Exception {
        sendRoute("first", "flowroute:sendMessage?" + option + "=1");

        assertThatThrownBy(() -> sendRoute("second", "flowroute:sendMessage?" + option + "=2"))
                .rootCause().isInstanceOfSatisfying(FlowrouteValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(option);
                    assertThat(e.getMessage()).contains(option + "=2").contains("at 1");
                });
        assertThat(context.getRouteController().getRouteStatus("first").isStarted()).isTrue();
    }

    @Test
    void theErrorShowsNoCredentials() throws Exception {
        sendRoute("first", "flowroute:sendMessage?smsPerSecond=1");

        assertThatThrownBy(() -> sendRoute("second", "flowroute:sendMessage?smsPerSecond=2"))
                .rootCause().message().doesNotContain(simulator().accessKey()).doesNotContain(simulator().secretKey());
    }

    @Test
    void producersWithOtherKeysOrTheirOwnLimiterKeepTheirOwnRates() throws Exception {
        try (AdaptiveSendRateLimiter own = new AdaptiveSendRateLimiter()) {
            context.getRegistry().bind("ownLimiter", own);
            sendRoute("first", "flowroute:sendMessage?smsPerSecond=1");

            sendRoute("otherKey", "flowroute:sendMessage?smsPerSecond=2&accessKey=another");
            sendRoute("ownLimiter", "flowroute:sendMessage?smsPerSecond=3&rateLimiter=#ownLimiter");
            sendRoute("unlimited", "flowroute:sendMessage?smsPerSecond=4&rateLimit=false");

            assertThat(context.getRoutes()).hasSize(4);
        }
    }

    @Test
    void ratesSetOnTheComponentHoldForEveryProducer() throws Exception {
        context.getComponent("flowroute", FlowrouteComponent.class).getConfiguration().setSmsPerSecond(3);

        sendRoute("first", "flowroute:sendMessage?from=" + accountNumber() + "&to=" + TO);
        sendRoute("second", "flowroute:listNumbers");

        assertThat(send("first").getException()).isNull();
    }

    @Test
    void eachProducerWaitsForItsTurnAsLongAsItChooses() throws Exception {
        sendRoute("patient", "flowroute:sendMessage?rateLimitMaxWait=600000&from=" + accountNumber() + "&to=" + TO);
        sendRoute("hasty", "flowroute:sendMessage?rateLimitMaxWait=1000&from=" + accountNumber() + "&to=" + TO);

        assertThat(send("patient").getException()).isNull();
        assertThat(send("hasty").getException()).isNull();
    }

    @Test
    void ratesAreFreeAgainOnceTheirProducersStopped() throws Exception {
        sendRoute("first", "flowroute:sendMessage?smsPerSecond=1");
        context.getRouteController().stopRoute("first");
        context.removeRoute("first");

        sendRoute("second", "flowroute:sendMessage?smsPerSecond=2");

        assertThat(context.getRouteController().getRouteStatus("second").isStarted()).isTrue();
    }

    private void sendRoute(String id, String uri) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + id).routeId(id).to(uri);
            }
        });
    }

    private Exchange send(String id) {
        return template.request("direct:" + id, e -> e.getMessage().setBody("rates"));
    }
}
