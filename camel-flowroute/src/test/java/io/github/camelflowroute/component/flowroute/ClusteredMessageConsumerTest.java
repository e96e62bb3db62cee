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

import io.github.camelflowroute.component.flowroute.model.MessageDetailRecord;
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
 * Two nodes run the same MDR consumer under camel-master with the file lock cluster service: only the leader polls,
 * and when it goes away mid-drain the other continues from the shared watermark. The repositories stand for a
 * shared store (a database in production); here both nodes hold the same in-memory instances.
 * <p>
 * What a stopping node cannot promise: camel-master hands leadership over before the exchange in flight finishes,
 * and Camel's error handler then marks that exchange rejected even if the route's work was done. That one record
 * counts as failed and the next leader emits it again. Every other record arrives exactly once.
 */
class ClusteredMessageConsumerTest {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    private static final int RECORDS = 1000;

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
    void followerContinuesFromTheSharedWatermarkWhenTheLeaderStopsMidDrain() throws Exception {
        SIM.simulator().state().addMessages(RECORDS, BASE, Duration.ofSeconds(1));
        first = node("first");
        awaitReceived(200);
        second = node("second");

        first.stop();
        awaitReceived(RECORDS);
        Thread.sleep(500);

        List<String> order = List.copyOf(received);
        Map<String, Long> perRecord = order.stream().map(ClusteredMessageConsumerTest::recordId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecord).as("nothing lost").hasSize(RECORDS);
        List<String> repeated = perRecord.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        assertThat(repeated).as("at most the record in flight at the handover").hasSizeLessThanOrEqualTo(1);
        int handover = order.indexOf(order.stream().filter(r -> r.startsWith("second:")).findFirst().orElseThrow());
        assertThat(order.subList(0, handover)).allMatch(r -> r.startsWith("first:"));
        assertThat(order.subList(handover, order.size())).allMatch(r -> r.startsWith("second:"));
        repeated.forEach(id -> {
            assertThat(recordId(order.get(handover - 1))).as("the repeat is the leader's last record").isEqualTo(id);
            assertThat(recordId(order.get(handover))).as("and the follower's first").isEqualTo(id);
        });
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
        // a leader counts as gone after 5 missed intervals: not so short that a busy build machine fakes a failover
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);
        context.addService(cluster);

        context.addComponent("flowroute", FlowrouteTestSupport.componentFor(SIM.simulator()));
        context.getRegistry().bind("state", sharedState);
        context.getRegistry().bind("seen", sharedSeen);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:mdr:flowroute:listMessages?startDate=" + BASE + "&stateRepository=#state"
                        + "&idempotentRepository=#seen&maxMessagesPerPoll=50&limit=100&delay=10&greedy=true")
                        .process(e -> {
                            // some work, then the side effect as the exchange's last step
                            Thread.sleep(1);
                            received.add(name + ":" + e.getMessage().getBody(MessageDetailRecord.class).id());
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
