package io.github.camelflowroute.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100,000 MDRs drained by pages of 200, in process and over HTTP, following links.next. No timing
 * assertions: a search page costs a binary search and a copy of the page, so the drain stays quick.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkPagingTest {

    private static final int COUNT = 100_000;
    private static final Instant FROM = Instant.parse("2024-06-01T00:00:00Z");

    private FlowrouteSimulator sim;
    private List<String> ids;

    @BeforeAll
    void fill() {
        sim = FlowrouteSimulator.builder().build();
        ids = sim.state().addMessages(COUNT, FROM, Duration.ofSeconds(1));
    }

    @Test
    void inProcessDrainByPagesOf200SeesEveryRecordOnceInOrder() {
        List<String> seen = new ArrayList<>(COUNT);
        MessagePage page;
        int offset = 0;
        do {
            page = sim.state().searchMessages(FROM, FROM.plusSeconds(COUNT), offset, 200);
            page.items().forEach(m -> seen.add(m.id()));
            offset += page.items().size();
        } while (page.hasMore());

        assertThat(seen).isEqualTo(ids);
    }

    @Test
    void httpDrainByPagesOf200FollowsNextLinksToTheEnd() {
        try (FlowrouteSimulator running = sim.start()) {
            SimClient client = new SimClient(running);
            Set<String> seen = new HashSet<>();
            String next = "/v2.1/messages?start_date=2024-06-01&end_date=2024-07-01&limit=200";
            int pages = 0;
            String lastId = null;
            while (next != null) {
                SimClient.Reply reply = client.get(next);
                assertThat(reply.status()).isEqualTo(200);
                JsonNode doc = reply.json();
                for (JsonNode item : doc.path("data")) {
                    lastId = item.path("id").asText();
                    seen.add(lastId);
                }
                pages++;
                JsonNode link = doc.path("links").path("next");
                next = link.isMissingNode() ? null : SimClient.rebase(link.asText());
            }

            assertThat(pages).isEqualTo(COUNT / 200);
            assertThat(seen).hasSize(COUNT);
            assertThat(lastId).isEqualTo(ids.get(COUNT - 1));
            assertThat(running.responseViolations()).isEmpty();
        }
    }
}
