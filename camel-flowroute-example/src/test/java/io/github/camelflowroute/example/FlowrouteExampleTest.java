package io.github.camelflowroute.example;

import java.util.List;

import io.github.camelflowroute.simulator.FlowrouteSimulator;
import io.github.camelflowroute.simulator.SimMessage;
import io.github.camelflowroute.simulator.SimNumber;
import io.github.camelflowroute.simulator.SimRoute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the example's Camel Main application against a simulator and checks what it left in the account. */
class FlowrouteExampleTest {

    private FlowrouteSimulator sim;

    @BeforeEach
    void startSimulator() {
        sim = FlowrouteSimulator.builder().port(0).build().start();
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    @Test
    void theFlowBuysANumberRoutesItAndSendsTwoMessagesFromIt() {
        FlowReport report = FlowrouteExample.run(
                ExampleSettings.simulator(sim.baseUrl(), sim.accessKey(), sim.secretKey()), "the test simulator");

        assertThat(report.succeeded()).as("flow completed; printed: %s", report.lines()).isTrue();
        assertThat(report.exitCode()).isZero();
        assertThat(report.purchased()).isTrue();

        SimNumber bought = sim.state().findAccountNumber(report.number()).orElseThrow();
        assertThat(bought.state()).isEqualTo("WA");
        assertThat(sim.state().findAvailableNumber(report.number())).isEmpty();

        SimRoute host = sim.state().findRoute(report.hostRouteId()).orElseThrow();
        assertThat(host.routeType()).isEqualTo("host");
        assertThat(host.value()).isEqualTo(ExampleRoutes.HOST_ROUTE_TARGET);
        SimRoute uri = sim.state().findRoute(report.uriRouteId()).orElseThrow();
        assertThat(uri.routeType()).isEqualTo("uri");
        assertThat(uri.value()).isEqualTo(ExampleRoutes.URI_ROUTE_TARGET);
        assertThat(bought.primaryRouteId()).isEqualTo(host.id());
        assertThat(bought.failoverRouteId()).isEqualTo(uri.id());

        SimMessage sms = sim.state().findMessage(report.smsId()).orElseThrow();
        assertThat(sms.isMms()).isFalse();
        assertThat(sms.from()).isEqualTo(report.number());
        assertThat(sms.to()).isEqualTo("12065550100");
        SimMessage mms = sim.state().findMessage(report.mmsId()).orElseThrow();
        assertThat(mms.isMms()).isTrue();
        assertThat(mms.mediaUrls()).containsExactly(ExampleSettings.DEFAULT_MEDIA_URL);

        // step 10, the YAML route, read the SMS back
        assertThat(report.lookedUpStatus()).isEqualTo(sms.status());
        assertThat(sim.journal().count("GET", "/v2.1/messages/" + report.smsId())).isEqualTo(1);
        assertThat(sim.responseViolations()).isEmpty();
    }

    @Test
    void printsOneNumberedLinePerStepWithTheMessageIds() {
        FlowReport report = FlowrouteExample.run(
                ExampleSettings.simulator(sim.baseUrl(), sim.accessKey(), sim.secretKey()), "the test simulator");

        List<String> steps = report.lines().stream().filter(l -> l.startsWith("[")).toList();
        assertThat(steps).hasSize(13); // the tenth is logged by the YAML route
        for (int i = 0; i < steps.size(); i++) {
            assertThat(steps.get(i)).startsWith("[" + (i < 9 ? i + 1 : i + 2) + "/14] ");
        }
        assertThat(steps.get(1)).isEqualTo("[2/14] purchased " + report.number() + " (seattle, wa)");
        assertThat(steps.get(7)).endsWith(report.smsId());
        assertThat(steps.get(8)).endsWith(report.mmsId());
        assertThat(steps.get(9)).startsWith("[11/14] the listMessages consumer archived");
        assertThat(report.lines()).anyMatch(l -> l.trim().startsWith("archived " + report.smsId() + ": outbound SMS"))
                .anyMatch(l -> l.trim().startsWith("archived " + report.mmsId() + ": outbound MMS"));
        assertThat(steps.get(10)).startsWith("[12/14] the listNumbers consumer synced").contains(report.number());
        assertThat(steps.get(11)).startsWith("[13/14] E911 address ").endsWith("validated, created and assigned to "
                + report.number());
        assertThat(steps.get(12)).startsWith("[14/14] caller-ID record ").endsWith("approved and assigned to "
                + report.number());
        assertThat(sim.state().e911().addressOf(report.number())).isPresent();
        assertThat(sim.state().cnams().recordOf(report.number())).isPresent();
        assertThat(report.lines().get(report.lines().size() - 1)).startsWith("done: all 14 steps completed");
    }

    @Test
    void withoutSpendingItBuysNothingSendsNothingAndLeavesTheNumbersRoutesAlone() {
        List<SimNumber> accountBefore = sim.state().accountNumbers();
        int inventoryBefore = sim.state().availableNumbers().size();
        int messagesBefore = sim.state().messages().size();
        int routesBefore = sim.state().routes().size();
        ExampleSettings noSpending = new ExampleSettings(sim.accessKey(), sim.secretKey(), sim.baseUrl(), false, null,
                ExampleSettings.DEFAULT_MEDIA_URL);

        FlowReport report = FlowrouteExample.run(noSpending, "the test simulator");

        assertThat(report.succeeded()).as("flow completed; printed: %s", report.lines()).isTrue();
        assertThat(report.purchased()).isFalse();
        assertThat(report.number()).isEqualTo(accountBefore.get(0).number());
        assertThat(sim.state().accountNumbers()).isEqualTo(accountBefore);
        assertThat(sim.state().availableNumbers()).hasSize(inventoryBefore);
        assertThat(sim.state().messages()).hasSize(messagesBefore);
        assertThat(sim.state().routes()).hasSize(routesBefore + 2);
        assertThat(report.smsId()).isNull();
        assertThat(report.mmsId()).isNull();
        assertThat(report.lines()).anyMatch(l -> l.startsWith("[2/14] purchase skipped"))
                .anyMatch(l -> l.startsWith("[5/14] primary route not set"))
                .anyMatch(l -> l.startsWith("[8/14] SMS not sent"));
        assertThat(sim.journal().count("POST", "/v2.1/messages")).isZero();
    }

    @Test
    void aFailedStepStopsTheFlowAndGivesANonZeroExitCode() {
        ExampleSettings wrongKeys = new ExampleSettings(sim.accessKey(), "not-the-secret", sim.baseUrl(), true,
                ExampleSettings.SIMULATOR_TO, ExampleSettings.DEFAULT_MEDIA_URL);

        FlowReport report = FlowrouteExample.run(wrongKeys, "the test simulator");

        assertThat(report.succeeded()).isFalse();
        assertThat(report.exitCode()).isEqualTo(1);
        assertThat(report.failedStep()).isEqualTo(1);
        assertThat(report.error()).contains("401");
        assertThat(report.lines()).last().asString().startsWith("[1/14] FAILED: ");
        assertThat(sim.journal().count()).isEqualTo(1);
    }

    @Test
    void withoutCredentialsItRunsAgainstAnEmbeddedSimulator() {
        ExampleSettings settings = ExampleSettings.from(java.util.Map.of(), new java.util.Properties());

        FlowReport report = FlowrouteExample.runWithEmbeddedSimulator(settings);

        assertThat(report.succeeded()).as("flow completed; printed: %s", report.lines()).isTrue();
        assertThat(report.lines().get(0)).contains("embedded Flowroute simulator at http://127.0.0.1:");
        assertThat(report.smsId()).matches("mdr2-[0-9a-f]{32}");
        assertThat(report.mmsId()).matches("mdr2-[0-9a-f]{32}");
    }
}
