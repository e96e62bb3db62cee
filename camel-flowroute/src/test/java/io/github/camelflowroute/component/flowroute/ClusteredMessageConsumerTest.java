package io.github.camelflowroute.component.flowroute;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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

        Map<String, Long> perRecord = received.stream().map(r -> r.substring(r.indexOf(':') + 1))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecord).hasSize(RECORDS);
        assertThat(perRecord.values()).as("no record twice").containsOnly(1L);
        assertThat(received).anyMatch(r -> r.startsWith("first:")).anyMatch(r -> r.startsWith("second:"));
    }

    private CamelContext node(String name) throws Exception {
        DefaultCamelContext context = new DefaultCamelContext();
        context.getCamelContextExtension().setName(name);
        FileLockClusterService cluster = new FileLockClusterService();
        cluster.setId(name);
        cluster.setRoot(lockDir.toString());
        cluster.setAcquireLockDelay(10, TimeUnit.MILLISECONDS);
        cluster.setAcquireLockInterval(100, TimeUnit.MILLISECONDS);
        context.addService(cluster);

        FlowrouteComponent component = new FlowrouteComponent();
        component.getConfiguration().setBaseUrl(SIM.simulator().baseUrl());
        component.getConfiguration().setAccessKey(SIM.simulator().accessKey());
        component.getConfiguration().setSecretKey(SIM.simulator().secretKey());
        context.addComponent("flowroute", component);
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
