package io.github.camelflowroute.component.flowroute;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import io.github.camelflowroute.component.flowroute.client.FlowrouteRateLimitException;
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
    static final FlowrouteSimulatorExtension SIM
            = new FlowrouteSimulatorExtension(FlowrouteSimulator.builder().smsPerSecond(25));

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
    void burstOfFiftySendsDrawsNo429() {
        simulator().enforceRateLimits(true);

        List<Exchange> sent = burst("&smsPerSecond=" + simulator().smsPerSecond() + "&maxRetries=0");

        assertThat(sent).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(simulator().rateLimitedCount()).isZero();
        assertThat(simulator().journal().count("POST", "/v2.1/messages")).isEqualTo(BURST);
    }

    @Test
    void withoutTheLimiterTheSameBurstDraws429() {
        simulator().enforceRateLimits(true);

        burst("&rateLimit=false&maxRetries=0");

        assertThat(simulator().rateLimitedCount()).isPositive();
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

    private List<Exchange> burst(String options) {
        String uri = "flowroute:sendMessage?from=" + accountNumber() + "&to=12065550199" + options;
        List<CompletableFuture<Exchange>> calls = IntStream.range(0, BURST)
                .mapToObj(i -> template.asyncSend(uri, e -> e.getMessage().setBody("burst " + i))).toList();
        return calls.stream().map(CompletableFuture::join).toList();
    }
}
