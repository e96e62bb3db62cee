package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class AvailableNumbersTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    @Test
    void availableNumbersCarryCostsTypeAndRelatedLink() {
        SimNumber first = sim.state().availableNumbers().get(0);

        SimClient.Reply reply = client.get("/v2/numbers/available?limit=1");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode item = reply.json().path("data").get(0);
        assertThat(item.path("id").asText()).isEqualTo(first.number());
        assertThat(item.path("type").asText()).isEqualTo("number");
        assertThat(item.path("attributes").path("monthly_cost").asDouble()).isEqualTo(1.25);
        assertThat(item.path("attributes").path("setup_cost").asDouble()).isEqualTo(first.setupCost());
        assertThat(item.path("attributes").path("number_type").asText()).isEqualTo(first.numberType());
        assertThat(item.path("links").path("related").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers/" + first.number());
    }

    @Test
    void rateCenterFilterIsCaseInsensitive() {
        SimClient.Reply reply = client.get("/v2/numbers/available?rate_center=seattle&limit=200");

        assertThat(ids(reply)).isNotEmpty().allMatch(id -> id.startsWith("1206"));
        reply.json().path("data")
                .forEach(item -> assertThat(item.path("attributes").path("rate_center").asText()).isEqualTo("seattle"));
    }

    @Test
    void stateFilterSelectsOneState() {
        SimClient.Reply reply = client.get("/v2/numbers/available?state=wa&limit=200");

        assertThat(ids(reply)).isNotEmpty().allMatch(id -> id.startsWith("1206") || id.startsWith("1425"));
    }

    @Test
    void startsWithFiltersInventoryByAreaCode() {
        SimClient.Reply reply = client.get("/v2/numbers/available?starts_with=503&limit=200");

        assertThat(ids(reply)).isNotEmpty().allMatch(id -> id.startsWith("1503"));
    }

    @Test
    void areaCodesListEverySeededAreaWithExchangesLink() {
        SimClient.Reply reply = client.get("/v2/numbers/available/areacodes?limit=50");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply)).containsExactly("206", "312", "425", "503", "646", "833", "844");
        JsonNode first = reply.json().path("data").get(0);
        assertThat(first.path("type").asText()).isEqualTo("areacode");
        assertThat(first.path("links").path("related").asText())
                .isEqualTo("https://api.flowroute.com/v2/numbers/available/exchanges?areacode=206");
    }

    @Test
    void maxSetupCostLeavesOnlyAreasWithACheapEnoughNumber() {
        SimClient.Reply reply = client.get("/v2/numbers/available/areacodes?max_setup_cost=0.8&limit=50");

        assertThat(ids(reply)).containsExactly("425", "833", "844");
    }

    @Test
    void exchangesOfAnAreaCodeAreItsSixDigitCodes() {
        SimClient.Reply reply = client.get("/v2/numbers/available/exchanges?areacode=206");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ids(reply)).hasSize(3).allMatch(id -> id.matches("206\\d{3}"));
        JsonNode first = reply.json().path("data").get(0);
        assertThat(first.path("type").asText()).isEqualTo("exchange");
        assertThat(first.path("links").path("related").asText())
                .startsWith("https://api.flowroute.com/v2/numbers/available?starts_with=1206");
    }

    @Test
    void maxSetupCostFiltersExchanges() {
        // 206's exchanges cost 1.00, 1.25 and 1.50 to set up
        SimClient.Reply reply = client.get("/v2/numbers/available/exchanges?areacode=206&max_setup_cost=1.25");

        assertThat(ids(reply)).hasSize(2);
    }

    @Test
    void areaCodeLimitAllowsFourHundred() {
        assertThat(client.get("/v2/numbers/available/areacodes?limit=400").status()).isEqualTo(200);
    }

    @Test
    void areaCodeLimitAboveFourHundredIsUnprocessable() {
        assertThat(client.get("/v2/numbers/available/areacodes?limit=401").status()).isEqualTo(422);
    }

    @Test
    void exchangeLimitAboveTwoHundredIsUnprocessable() {
        assertThat(client.get("/v2/numbers/available/exchanges?limit=201").status()).isEqualTo(422);
    }

    @Test
    void availableLimitAboveTwoHundredIsUnprocessable() {
        assertThat(client.get("/v2/numbers/available?limit=201").status()).isEqualTo(422);
    }
}
