package io.github.camelflowroute.component.flowroute.jdbc;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import javax.sql.DataSource;

import io.github.camelflowroute.component.flowroute.client.SendRateLimiter;
import io.github.camelflowroute.simulator.CpuLoad;
import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.FlowrouteSimulatorExtension;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three nodes sending with one access key, SMS and MMS at once, against a simulator that enforces Flowroute's limits
 * (5 SMS and 1 MMS per second per key, refused attempts counting) on a busy machine: each attempt reaches the limit
 * 0 to 20 ms late, at random, and a thread burns CPU throughout. The nodes are three CamelContexts in this JVM, each
 * with its own component, HTTP client and limiter, as three JVMs would have. With a {@link JdbcRateLimiter} each
 * (three instances on one PostgreSQL database) they use at least 95 % of the key's rate together. With only the
 * default in-process limiters, which learn of one another from 429s alone and then send in frames on the wall clock,
 * no send fails and they use at least 70 % of it together (issue 15).
 */
class SharedKeySendRateTest {

    @RegisterExtension
    static final PostgresExtension PG = new PostgresExtension();

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final Logger LOG = LoggerFactory.getLogger(SharedKeySendRateTest.class);
    private static final int NODES = 3;
    private static final int SMS_PER_NODE = 100;
    private static final int MMS_PER_NODE = 15;

    private CpuLoad load;
    private final List<AutoCloseable> closing = new ArrayList<>();

    @BeforeEach
    void busyMachineAndEnforcedLimits() {
        sim().reset();
        sim().enforceRateLimits(true);
        sim().sendArrivalJitter(Duration.ofMillis(20));
        load = new CpuLoad();
    }

    @AfterEach
    void quiet() throws Exception {
        load.close();
        for (AutoCloseable c : closing) {
            c.close();
        }
        sim().reset();
    }

    @Test
    void threeNodesWithJdbcRateLimiterSendAtNinetyFivePercentOfTheKeysRate() throws Exception {
        DataSource db = PG.pooledDataSource(PG.newDatabase("ratelimit"), 6);

        Outcome outcome = sendFromThreeNodes(name -> new JdbcRateLimiter(db));

        assertThat(outcome.failed()).isZero();
        assertThat(outcome.accepted()).isEqualTo(NODES * (SMS_PER_NODE + MMS_PER_NODE));
        assertThat(outcome.smsPerSecond()).isGreaterThanOrEqualTo(4.75);
        assertThat(outcome.mmsPerSecond()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void threeNodesWithDefaultLimitersLoseNoSendAndSendAtSeventyPercentOfTheKeysRate() throws Exception {
        Outcome outcome = sendFromThreeNodes(name -> null);

        assertThat(outcome.failed()).isZero();
        assertThat(outcome.accepted()).isEqualTo(NODES * (SMS_PER_NODE + MMS_PER_NODE));
        assertThat(outcome.smsPerSecond()).isGreaterThanOrEqualTo(3.5);
        assertThat(outcome.mmsPerSecond()).isGreaterThanOrEqualTo(0.7);
    }

    private Outcome sendFromThreeNodes(Function<String, SendRateLimiter> limiter) throws Exception {
        int before = sim().state().messageCount();
        String from = sim().state().accountNumbers().get(0).number();
        // a bulk sender lets a send wait as long as its queue takes to drain
        String sms = "flowroute:sendMessage?from=" + from + "&to=12065550199&rateLimitMaxWait=180s";
        String mms = sms + "&mediaUrls=https://example.com/a.png";
        List<SendingNode> nodes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            SendRateLimiter shared = limiter.apply("node" + i);
            if (shared != null) {
                closing.add(shared);
            }
            SendingNode node = new SendingNode("node" + i, sim(), shared);
            closing.add(0, node);
            nodes.add(node);
        }
        long start = System.nanoTime();
        List<CompletableFuture<Double>> smsDone = new ArrayList<>();
        List<CompletableFuture<Double>> mmsDone = new ArrayList<>();
        List<CompletableFuture<List<Exchange>>> all = new ArrayList<>();
        for (SendingNode node : nodes) {
            CompletableFuture<List<Exchange>> s = node.send(sms, SMS_PER_NODE);
            CompletableFuture<List<Exchange>> m = node.send(mms, MMS_PER_NODE);
            smsDone.add(s.thenApply(x -> (System.nanoTime() - start) / 1e9));
            mmsDone.add(m.thenApply(x -> (System.nanoTime() - start) / 1e9));
            all.add(s);
            all.add(m);
        }
        long failed = all.stream().map(CompletableFuture::join).flatMap(List::stream)
                .filter(e -> e.getException() != null).count();
        double smsSeconds = smsDone.stream().mapToDouble(CompletableFuture::join).max().orElseThrow();
        double mmsSeconds = mmsDone.stream().mapToDouble(CompletableFuture::join).max().orElseThrow();
        Outcome outcome = new Outcome(failed, sim().state().messageCount() - before,
                NODES * SMS_PER_NODE / smsSeconds, NODES * MMS_PER_NODE / mmsSeconds);
        LOG.info("{} nodes: {} SMS in {} s ({} per second), {} MMS in {} s ({} per second), {} failed; the simulator"
                + " answered 429 {} times; refused per node {}", NODES, NODES * SMS_PER_NODE,
                String.format("%.1f", smsSeconds), String.format("%.3f", outcome.smsPerSecond()), NODES * MMS_PER_NODE,
                String.format("%.1f", mmsSeconds), String.format("%.3f", outcome.mmsPerSecond()), failed,
                sim().rateLimitedCount(), nodes.stream().map(n -> n.limiter().getRefusedCount()).toList());
        return outcome;
    }

    private static FlowrouteSimulator sim() {
        return SIM.simulator();
    }

    private record Outcome(long failed, int accepted, double smsPerSecond, double mmsPerSecond) {
    }
}
