package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays what Flowroute's official SDKs send (fixture {@value #REPLAYS}: each body form, Content-Type and
 * Accept of the calls the simulator serves) and expects the simulator to accept each, answering without
 * breaking its own response checks. The few replays marked {@code refused} are SDK bugs no JSON API can
 * read; they document the refusal.
 */
class SdkReplayTest {

    static final String REPLAYS = "sdk-replay/requests.json";

    @TestFactory
    Stream<DynamicTest> simulatorAcceptsWhatTheSdksSend() {
        JsonNode fixture = WireSteps.fixture(REPLAYS);
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode replay : fixture.path("replays")) {
            tests.add(DynamicTest.dynamicTest(replay.path("name").asText(), () -> {
                try (FlowrouteSimulator sim = FlowrouteSimulator.builder().build().start()) {
                    WireSteps wire = new WireSteps(sim);
                    if (replay.hasNonNull("setup")) {
                        wire.runAll(fixture.path("setups").path(replay.get("setup").asText()));
                    }
                    WireSteps.Answer answer = wire.run(replay.path("request"));

                    int expected = replay.path("request").path("status").asInt();
                    assertThat(answer.status()).as(answer.body()).isEqualTo(expected);
                    assertThat(expected < 400 || replay.hasNonNull("refused"))
                            .as("a refusal is marked 'refused' with its reason").isTrue();
                    assertThat(sim.responseViolations()).isEmpty();
                }
            }));
        }
        return tests.stream();
    }
}
