package io.github.camelflowroute.component.flowroute;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes run the same call detail record consumer under camel-master, sharing the state and idempotent
 * repositories (a database in production, the same in-memory instances here): when the leader stops in the middle of
 * a window, the other continues from the shared position with the same export. As for the message record consumer,
 * only the record in flight at the handover may come twice (see {@code ClusteredMessageConsumerTest}).
 */
class ClusteredCallRecordConsumerTest {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final Instant BASE = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private static final int CALLS = 400;

    @TempDir
    Path lockDir;

    private final MemoryStateRepository sharedState = new MemoryStateRepository();
    private final MemoryIdempotentRepository sharedSeen = (MemoryIdempotentRepository) MemoryIdempotentRepository
            .memoryIdempotentRepository(10_000);
    private final Queue<String> received = new ConcurrentLinkedQueue<>();
    private CamelContext first;
    private CamelContext second;

    @AfterEach
    void stopNodes() throws Exception {
        for (CamelContext node : new CamelContext[] { first, second }) {
            if (node != null) {
                node.close();
            }
        }
    }

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

        List<String> order = List.copyOf(received);
        Map<String, Long> perRecord = order.stream().map(ClusteredCallRecordConsumerTest::recordId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecord).as("nothing lost").hasSize(CALLS);
        List<String> repeated = perRecord.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        assertThat(repeated).as("at most the record in flight at the handover").hasSizeLessThanOrEqualTo(1);
        int handover = order.indexOf(order.stream().filter(r -> r.startsWith("second:")).findFirst().orElseThrow());
        assertThat(order.subList(0, handover)).allMatch(r -> r.startsWith("first:"));
        assertThat(order.subList(handover, order.size())).allMatch(r -> r.startsWith("second:"));
        assertThat(order.stream().map(ClusteredCallRecordConsumerTest::recordId).distinct().toList())
                .as("in order").isSortedAccordingTo(String::compareTo);
        assertThat(SIM.simulator().state().cdrExports().list().stream().filter(e -> e.start().equals(BASE)))
                .as("the follower read the leader's export of the window").hasSize(1);
    }

    private static String recordId(String entry) {
        return entry.substring(entry.indexOf(':') + 1);
    }

    private CamelContext node(String name) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);
        context.addService(cluster);

        context.addComponent("flowroute", FlowrouteTestSupport.componentFor(SIM.simulator()));
        context.getRegistry().bind("state", sharedState);
        context.getRegistry().bind("seen", sharedSeen);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:cdr:flowroute:callDetailRecords?startDate=" + BASE + "&cdrWindow=12h"
                        + "&stateRepository=#state&idempotentRepository=#seen&maxMessagesPerPoll=25&delay=10&greedy=true")
                        .process(e -> {
                            Thread.sleep(2);
                            // the record's start time orders the calls (ISO text sorts as time)
                            received.add(name + ":" + e.getMessage().getBody(
                                    io.github.camelflowroute.component.flowroute.model.CallDetailRecord.class)
                                    .startTime());
                        });
            }
        });
        context.start();
        return context;
    }

    private void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received.size()).as("records received").isGreaterThanOrEqualTo(count);
    }
}
