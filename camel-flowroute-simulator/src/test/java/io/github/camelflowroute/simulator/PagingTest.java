package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class PagingTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static List<String> ids(JsonNode doc) {
        List<String> ids = new ArrayList<>();
        doc.path("data").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void defaultLimitIsTen() {
        assertThat(client.get("/v2/numbers/available").json().path("data")).hasSize(10);
    }

    @Test
    void nextLinkIsAbsoluteOnApiFlowrouteComWithSameQueryAndNextOffset() {
        JsonNode doc = client.get("/v2/numbers/available?state=WA&limit=20&offset=20").json();

        assertThat(doc.path("links").path("next").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers/available?state=WA&limit=20&offset=40");
    }

    @Test
    void selfLinkSpellsOutLimitAndOffsetAfterTheSortedFilters() {
        JsonNode doc = client.get("/v2/numbers/available?state=WA&limit=20&contains=2").json();

        assertThat(doc.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers/available?contains=2&state=WA&limit=20&offset=0");
    }

    @Test
    void selfLinkCarriesTheDefaultLimit() {
        JsonNode doc = client.get("/v2/routes").json();

        assertThat(doc.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/routes?limit=10&offset=0");
    }

    @Test
    void startsWithIsEchoedWithTheCountryCode() {
        JsonNode doc = client.get("/v2/numbers?starts_with=206&limit=3").json();

        assertThat(doc.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers?starts_with=1206&limit=3&offset=0");
    }

    @Test
    void followingRebasedNextLinksWalksAllRecordsWithoutOverlap() {
        int inventory = sim.state().availableNumbers().size();
        Set<String> seen = new LinkedHashSet<>();
        String next = "/v2/numbers/available?limit=45";
        int pages = 0;
        while (next != null) {
            JsonNode doc = client.get(next).json();
            List<String> page = ids(doc);
            assertThat(seen).doesNotContainAnyElementsOf(page);
            seen.addAll(page);
            pages++;
            JsonNode link = doc.path("links").path("next");
            next = link.isMissingNode() ? null : SimClient.rebase(link.asText());
        }

        assertThat(seen).hasSize(inventory);
        assertThat(pages).isEqualTo((inventory + 44) / 45);
        assertThat(List.copyOf(seen)).isEqualTo(
                sim.state().availableNumbers().stream().map(SimNumber::number).toList());
    }

    @Test
    void lastPageHasNoNextLink() {
        int routes = sim.state().routes().size();

        JsonNode doc = client.get("/v2/routes?limit=" + routes).json();

        assertThat(doc.path("links").has("next")).isFalse();
        assertThat(doc.path("links").path("self").asText()).startsWith("https://api.flowroute.com/v2/routes");
    }

    @Test
    void mdrSearchPagesWithNextLinkWrittenAsLiveDoes() {
        String first = "/v2.1/messages?start_date=2025-01-01&end_date=2025-02-01T00%3A00%3A00Z&limit=2";

        JsonNode page1 = client.get(first).json();
        JsonNode page2 = client.get(SimClient.rebase(page1.path("links").path("next").asText())).json();

        assertThat(page1.path("links").path("next").asText()).isEqualTo("https://api.flowroute.com/v2.1/messages"
                + "?limit=2&start_date=2025-01-01T00%3A00%3A00%2B00%3A00&end_date=2025-02-01T00%3A00%3A00%2B00%3A00"
                + "&offset=2");
        assertThat(page1.path("links").has("self")).as("mdr-list.json has no links.self").isFalse();
        assertThat(ids(page2)).hasSize(2).doesNotContainAnyElementsOf(ids(page1));
    }

    @Test
    void mdrSearchHasNoLimitMaximum() {
        assertThat(client.get("/v2.1/messages?start_date=2025-01-01&limit=100000").status()).isEqualTo(200);
    }

    @Test
    void offsetPastTheEndGivesAnEmptyPage() {
        JsonNode doc = client.get("/v2/routes?offset=1000").json();

        assertThat(doc.path("data")).isEmpty();
        assertThat(doc.path("links").has("next")).isFalse();
    }

    @Test
    void zeroLimitIsUnprocessable() {
        assertThat(client.get("/v2/routes?limit=0").status()).isEqualTo(422);
    }

    @Test
    void negativeOffsetIsUnprocessable() {
        assertThat(client.get("/v2/routes?offset=-1").status()).isEqualTo(422);
    }

    @Test
    void accountNumbersPageWithNextLink() {
        JsonNode doc = client.get("/v2/numbers?limit=2").json();

        assertThat(doc.path("data")).hasSize(2);
        assertThat(doc.path("links").path("next").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers?limit=2&offset=2");
    }
}
