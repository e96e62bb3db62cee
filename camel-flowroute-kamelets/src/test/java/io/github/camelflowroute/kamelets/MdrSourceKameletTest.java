package io.github.camelflowroute.kamelets;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.github.camelflowroute.simulator.SimMessage;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MdrSourceKameletTest extends KameletTestSupport {

    /** A day ago: the simulator lists records up to now. */
    private static final Instant BASE = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    /** The user's route; added in each test, after the simulator's reset. */
    private void startSource(String options) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Kamelets: flowroute-mdr-source
                from("kamelet:flowroute-mdr-source?startDate=" + BASE + "&delay=100" + options)
                        .to("mock:records");
            }
        });
    }

    @Test
    void everyRecordArrivesOnceOldestFirstAsJson() throws Exception {
        List<String> ids = addMessages(0, 12);
        startSource("");
        MockEndpoint out = getMockEndpoint("mock:records");
        out.expectedMessageCount(12);

        out.assertIsSatisfied(10_000);
        Thread.sleep(300); // a few more polls: nothing further may come
        assertThat(out.getExchanges()).hasSize(12);
        for (int i = 0; i < 12; i++) {
            String json = out.getExchanges().get(i).getMessage().getBody(String.class);
            assertThat(json).contains("\"id\":\"" + ids.get(i) + "\"").contains("\"body\":\"m" + i + "\"");
            assertThat(out.getExchanges().get(i).getMessage().getHeader("CamelFlowrouteMessageId"))
                    .isEqualTo(ids.get(i));
        }
    }

    @Test
    void maxMessagesPerPollBoundsAPollAndTheNextContinues() throws Exception {
        addMessages(0, 7);
        startSource("&maxMessagesPerPoll=3");
        MockEndpoint out = getMockEndpoint("mock:records");
        out.expectedMessageCount(7);

        out.assertIsSatisfied(10_000);
        assertThat(out.getExchanges().get(2).getProperty("CamelBatchSize", Integer.class)).isEqualTo(3);
    }

    private static List<String> addMessages(int from, int count) {
        return java.util.stream.IntStream.range(from, from + count).mapToObj(i -> simulator().state().addMessage(
                SimMessage.inbound("12065550199", accountNumber(), "m" + i, BASE.plus(i, ChronoUnit.SECONDS))))
                .toList();
    }
}
