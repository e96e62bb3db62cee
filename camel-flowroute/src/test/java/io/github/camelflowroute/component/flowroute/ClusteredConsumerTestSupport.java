package io.github.camelflowroute.component.flowroute;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.cluster.FileLockClusterService;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes running one polling consumer under camel-master with the file lock cluster service, sharing the state
 * and idempotent repositories (a database in production, the same in-memory instances here). Each node records what
 * its route received as {@code node:record}, in the order received.
 */
abstract class ClusteredConsumerTestSupport {

    @TempDir
    Path lockDir;

    private final MemoryStateRepository sharedState = new MemoryStateRepository();
    private final MemoryIdempotentRepository sharedSeen = (MemoryIdempotentRepository) MemoryIdempotentRepository
            .memoryIdempotentRepository(10_000);
    final Queue<String> received = new ConcurrentLinkedQueue<>();
    CamelContext first;
    CamelContext second;

    @AfterEach
    void stopNodes() throws Exception {
        for (CamelContext node : new CamelContext[] { first, second }) {
            if (node != null) {
                node.close();
            }
        }
    }

    /**
     * Starts a node whose route reads {@code master:<consumerUri>} (with {@code #state} and {@code #seen} bound to the
     * shared repositories), works for {@code workMillis}, then records what {@code recordOf} names as its last step.
     */
    CamelContext node(String name, FlowrouteSimulator simulator, String consumerUri, long workMillis,
            Function<Exchange, Object> recordOf) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        // a leader counts as gone after 5 missed intervals: not so short that a busy build machine fakes a failover
        cluster.setAcquireLockInterval(1, TimeUnit.SECONDS);
        context.addService(cluster);

        context.addComponent("flowroute", FlowrouteTestSupport.componentFor(simulator));
        context.getRegistry().bind("state", sharedState);
        context.getRegistry().bind("seen", sharedSeen);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("master:" + consumerUri).process(e -> {
                    Thread.sleep(workMillis);
                    received.add(name + ":" + recordOf.apply(e));
                });
            }
        });
        context.start();
        return context;
    }

    void awaitReceived(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (received.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(received.size()).as("records received").isGreaterThanOrEqualTo(count);
    }

    /**
     * What every handover must show: nothing lost, at most the record in flight twice, the first node then the second.
     */
    HandOver assertHandedOver(int records) {
        List<String> order = List.copyOf(received);
        Map<String, Long> perRecord = order.stream().map(ClusteredConsumerTestSupport::recordId)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecord).as("nothing lost").hasSize(records);
        List<String> repeated = perRecord.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .toList();
        assertThat(repeated).as("at most the record in flight at the handover").hasSizeLessThanOrEqualTo(1);
        int handover = order.indexOf(order.stream().filter(r -> r.startsWith("second:")).findFirst().orElseThrow());
        assertThat(order.subList(0, handover)).allMatch(r -> r.startsWith("first:"));
        assertThat(order.subList(handover, order.size())).allMatch(r -> r.startsWith("second:"));
        return new HandOver(order, repeated, handover);
    }

    static String recordId(String entry) {
        return entry.substring(entry.indexOf(':') + 1);
    }

    /** The records as received, those received twice, and the index of the second node's first record. */
    record HandOver(List<String> order, List<String> repeated, int handover) {
    }
}
