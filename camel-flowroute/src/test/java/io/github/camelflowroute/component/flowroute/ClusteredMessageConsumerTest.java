package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes run the same MDR consumer under camel-master with the file lock cluster service: only the leader polls,
 * and when it goes away mid-drain the other continues from the shared watermark. The repositories stand for a
 * shared store (a database in production); here both nodes hold the same in-memory instances.
 * <p>
 * What a stopping node cannot promise: camel-master hands leadership over before the exchange in flight finishes,
 * and Camel's error handler then marks that exchange rejected even if the route's work was done. That one record
 * counts as failed and the next leader emits it again. Every other record arrives exactly once.
 */
class ClusteredMessageConsumerTest extends ClusteredConsumerTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final int RECORDS = 1000;

    @Test
    void followerContinuesFromTheSharedWatermarkWhenTheLeaderStopsMidDrain() throws Exception {
        SIM.simulator().state().addMessages(RECORDS, BASE, Duration.ofSeconds(1));
        first = node("first");
        awaitReceived(200);
        second = node("second");

        first.stop();
        awaitReceived(RECORDS);
        Thread.sleep(500);

        HandOver h = assertHandedOver(RECORDS);
        h.repeated().forEach(id -> {
            assertThat(recordId(h.order().get(h.handover() - 1))).as("the repeat is the leader's last record")
                    .isEqualTo(id);
            assertThat(recordId(h.order().get(h.handover()))).as("and the follower's first").isEqualTo(id);
        });
    }

    private CamelContext node(String name) throws Exception {
        // some work, then the side effect as the exchange's last step
        return node(name, SIM.simulator(), "mdr:flowroute:listMessages?startDate=" + BASE + "&stateRepository=#state"
                + "&idempotentRepository=#seen&maxMessagesPerPoll=50&limit=100&delay=10&greedy=true", 1,
                e -> e.getMessage().getBody(MessageDetailRecord.class).id());
    }
}
