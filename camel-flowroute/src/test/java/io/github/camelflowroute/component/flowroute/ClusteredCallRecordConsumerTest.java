package io.github.camelflowroute.component.flowroute;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import io.github.camelflowroute.component.flowroute.model.CallDetailRecord;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes run the same call detail record consumer under camel-master, sharing the state and idempotent
 * repositories (a database in production, the same in-memory instances here): when the leader stops in the middle of
 * a window, the other continues from the shared position with the same export. As for the message record consumer,
 * only the record in flight at the handover may come twice (see {@code ClusteredMessageConsumerTest}).
 */
class ClusteredCallRecordConsumerTest extends ClusteredConsumerTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final Instant BASE = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private static final int CALLS = 400;

    @Test
    void followerContinuesTheSharedWindowWhenTheLeaderStopsMidDrain() throws Exception {
        SIM.simulator().state().cdrExports().completionDelay(Duration.ZERO);
        // one call every 3 minutes: 20 hours, so the 12-hour windows split the calls in two
        SIM.simulator().state().generateCalls(CALLS, BASE.plusSeconds(1), Duration.ofMinutes(3));
        first = node("first");
        awaitReceived(100);
        second = node("second");

        first.stop();
        awaitReceived(CALLS);
        Thread.sleep(500);

        HandOver h = assertHandedOver(CALLS);
        assertThat(h.order().stream().map(ClusteredConsumerTestSupport::recordId).distinct().toList())
                .as("in order").isSortedAccordingTo(String::compareTo);
        assertThat(SIM.simulator().state().cdrExports().list().stream().filter(e -> e.start().equals(BASE)))
                .as("the follower read the leader's export of the window").hasSize(1);
    }

    private CamelContext node(String name) throws Exception {
        // the record's start time orders the calls (ISO text sorts as time)
        return node(name, SIM.simulator(), "cdr:flowroute:callDetailRecords?startDate=" + BASE + "&cdrWindow=12h"
                + "&stateRepository=#state&idempotentRepository=#seen&maxMessagesPerPoll=25&delay=10&greedy=true", 2,
                e -> e.getMessage().getBody(CallDetailRecord.class).startTime());
    }
}
