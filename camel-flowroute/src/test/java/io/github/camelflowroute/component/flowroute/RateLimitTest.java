package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelflowroute.component.flowroute.client.AdaptiveSendRateLimiter;
import io.github.camelflowroute.component.flowroute.client.FlowrouteRateLimitException;
import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client-side limiter keeps a burst under the API's limit, which the simulator enforces here like Flowroute
 * (answering 429). The limits are raised to 25 SMS per second on both sides so the burst takes two seconds, not ten.
 */
class RateLimitTest extends CamelTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM =
            new FlowrouteSimulatorExtension(FlowrouteSimulator.builder().smsPerSecond(25));

    private static final int BURST = 50;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("flowroute", FlowrouteTestSupport.componentFor(SIM.simulator()));
        return context;
    }

    private static FlowrouteSimulator simulator() {
        return SIM.simulator();
    }

    private static String accountNumber() {
        return simulator().state().accountNumbers().get(0).number();
    }

    @AfterEach
    void stopEnforcing() {
        simulator().enforceRateLimits(false);
    }

    @Test
    void burstOfFiftySendsIsAllAcceptedWithoutRetriesAllowed() throws Exception {
        simulator().enforceRateLimits(true);
        int before = simulator().state().messageCount();

        List<Exchange> sent = burst("&smsPerSecond=" + simulator().smsPerSecond() + "&maxRetries=0");

        assertThat(sent).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(simulator().state().messageCount() - before).isEqualTo(BURST);
        // a 429 (an attempt that arrived late on a busy machine) is tried again under the limiter, and counted
        assertThat(limiter().getRefusedCount()).isEqualTo(simulator().rateLimitedCount());
        assertThat(simulator().journal().count("POST", "/v2.1/messages"))
                .isEqualTo(BURST + (int) simulator().rateLimitedCount());
    }

    @Test
    void withoutTheLimiterTheSameBurstDraws429ThatFail() throws Exception {
        simulator().enforceRateLimits(true);

        List<Exchange> sent = burst("&rateLimit=false&maxRetries=0");

        assertThat(simulator().rateLimitedCount()).isPositive();
        assertThat(sent).filteredOn(e -> e.getException() != null).hasSize((int) simulator().rateLimitedCount());
    }

    @Test
    void limiterAllowingMoreThanTheApiSlowsDownOn429sAndLosesNoSend() throws Exception {
        // as when other processes send with the key: the API refuses what this limiter would allow
        simulator().enforceRateLimits(true);
        String uri = "flowroute:sendMessage?from=" + accountNumber() + "&to=12065550199&smsPerSecond=50"
                + "&rateLimitMaxWait=60s";
        List<Exchange> sent = AsyncSends.sendAll(context, uri, 60, i -> "m" + i);

        assertThat(sent).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(simulator().rateLimitedCount()).as("429s").isPositive();
        assertThat(limiter().getRefusedCount()).isPositive();
        assertThat(((AdaptiveSendRateLimiter) limiter()).currentRate(simulator().accessKey(), SendRateLimiter.Kind.SMS))
                .isLessThan(50);
    }

    private SendRateLimiter limiter() {
        return context.getComponent("flowroute", FlowrouteComponent.class).getDefaultRateLimiter();
    }

    @Test
    void sendThatWouldWaitTooLongFailsWithoutBeingSent() {
        String uri = "flowroute:sendMessage?from=" + accountNumber() + "&to=12065550199&smsPerSecond=1"
                + "&rateLimitMaxWait=500";

        List<Exchange> sent = IntStream.range(0, 3).mapToObj(i -> template.asyncSend(uri, e -> e.getMessage()
                .setBody("m" + i))).map(CompletableFuture::join).toList();

        assertThat(sent).filteredOn(e -> e.getException() instanceof FlowrouteRateLimitException).isNotEmpty();
        assertThat(simulator().journal().count("POST", "/v2.1/messages"))
                .isEqualTo((int) sent.stream().filter(e -> e.getException() == null).count());
    }

    private List<Exchange> burst(String options) throws Exception {
        String uri = "flowroute:sendMessage?from=" + accountNumber() + "&to=12065550199" + options;
        return AsyncSends.sendAll(context, uri, BURST, i -> "burst " + i);
    }
}
