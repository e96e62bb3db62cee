package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

class E911AddressesTest extends SimulatorApiTestSupport {

    @RegisterExtension
    static final FlowrouteSimulatorExtension SIM = new FlowrouteSimulatorExtension();

    private static final String ADDRESS = "{\"data\":{\"type\":\"e911\",\"attributes\":{\"label\":\"E911 Test\","
            + "\"first_name\":\"Chris\",\"last_name\":\"Smith\",\"street_name\":\"3rd Ave\",\"street_number\":\"1218\","
            + "\"city\":\"Seattle\",\"state\":\"WA\",\"country\":\"US\",\"zip\":\"98101\"}}}";

    private static String address(String field, String value) {
        return ADDRESS.replaceFirst("\"" + field + "\":\"[^\"]*\"", "\"" + field + "\":" + value);
    }

    private String created() {
        SimClient.Reply reply = client.post("/v2/e911s", ADDRESS);
        assertThat(reply.status()).isEqualTo(201);
        return reply.json().path("data").path("id").asText();
    }

    private String accountNumber() {
        return sim.state().accountNumbers().get(0).number();
    }

    @Test
    void createAnswers201WithTheAddressAsTheLiveSample() {
        SimClient.Reply reply = client.post("/v2/e911s", ADDRESS);

        assertThat(reply.status()).isEqualTo(201);
        JsonNode data = reply.json().path("data");
        String id = data.path("id").asText();
        assertThat(id).matches("\\d+");
        assertThat(data.path("type").asText()).isEqualTo("e911");
        assertThat(data.path("links").path("self").asText()).isEqualTo("https://api.flowroute.com/v2/e911s/" + id);
        List<String> keys = new ArrayList<>();
        data.path("attributes").fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("city", "country", "first_name", "label", "last_name", "state",
                "street_name", "street_number", "zip");
        assertThat(data.path("attributes").path("zip").isTextual()).isTrue();
    }

    @Test
    void createdAddressCanBeRead() {
        String id = created();

        SimClient.Reply reply = client.get("/v2/e911s/" + id);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("data").path("attributes").path("last_name").asText()).isEqualTo("Smith");
    }

    @Test
    void unknownAddressIs404() {
        assertThat(client.get("/v2/e911s/999999").status()).isEqualTo(404);
    }

    @Test
    void duplicateCreateIs403WithTheDetailTheNodeSdkReads() {
        created();

        SimClient.Reply again = client.post("/v2/e911s", ADDRESS);

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.errorDetails()).containsExactly("Duplicate address.");
    }

    @Test
    void missingRequiredFieldIs422NamingIt() {
        SimClient.Reply reply = client.post("/v2/e911s", ADDRESS.replace("\"zip\":\"98101\"", "\"label2\":\"x\""));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(String.join(" ", reply.errorDetails())).contains("zip");
    }

    @Test
    void stateOfThreeLettersIs422() {
        SimClient.Reply reply = client.post("/v2/e911s", address("state", "\"WAS\""));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).anySatisfy(d -> assertThat(d).contains("state"));
    }

    @Test
    void zipCodeOfFourDigitsIs422() {
        SimClient.Reply reply = client.post("/v2/e911s", address("zip", "\"9810\""));

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.errorDetails()).anySatisfy(d -> assertThat(d).contains("zip"));
    }

    @Test
    void validateAnswers204ForAPlaceableAddress() {
        SimClient.Reply reply = client.post("/v2/e911s/validate", ADDRESS);

        assertThat(reply.status()).isEqualTo(204);
        assertThat(sim.state().e911().list()).hasSize(2);
    }

    @Test
    void validateAnswers400WithTheLiveDetailForAnAddressItCannotPlace() {
        SimClient.Reply reply = client.post("/v2/e911s/validate", address("state", "\"ZZ\""));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorDetails()).containsExactly(E911Handler.GEOCODE_FAILURE);
    }

    @Test
    void zipAsIntegerAndNoContentTypeAreAcceptedAsThePhpAndPythonSdksSendThem() {
        SimClient.Reply reply = client.send("POST", "/v2/e911s", address("zip", "98101"), null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().path("data").path("attributes").path("zip").asText()).isEqualTo("98101");
    }

    @Test
    void jsonLabelledFormEncodedIsReadAsJson() {
        SimClient.Reply reply = client.send("POST", "/v2/e911s/validate", ADDRESS,
                "application/x-www-form-urlencoded");

        assertThat(reply.status()).isEqualTo(204);
    }

    @Test
    void addressTypeCodeIsStoredAsItsWord() {
        SimClient.Reply reply = client.post("/v2/e911s", ADDRESS.replace("\"zip\":\"98101\"",
                "\"zip\":\"98101\",\"address_type\":\"SU\",\"address_type_number\":\"600\""));

        JsonNode attributes = reply.json().path("data").path("attributes");
        assertThat(attributes.path("address_type").asText()).isEqualTo("Suite");
        assertThat(attributes.path("address_type_number").asText()).isEqualTo("600");
    }

    @Test
    void listPagesWithExplicitLimitAndOffsetInTheLinks() {
        created();

        JsonNode page = client.get("/v2/e911s?limit=2").json();

        assertThat(page.path("data")).hasSize(2);
        assertThat(page.path("links").path("self").asText())
                .isEqualTo("https://api.flowroute.com/v2/e911s?limit=2&offset=0");
        assertThat(page.path("links").path("next").asText())
                .isEqualTo("https://api.flowroute.com/v2/e911s?limit=2&offset=2");
        JsonNode last = client.get("/v2/e911s?limit=2&offset=2").json();
        assertThat(last.path("data")).hasSize(1);
        assertThat(last.path("links").has("next")).isFalse();
    }

    @Test
    void listFiltersByStateInAnyCase() {
        client.post("/v2/e911s", address("state", "\"OR\"").replace("98101", "97201"));

        JsonNode page = client.get("/v2/e911s?state=or").json();

        assertThat(page.path("data")).hasSize(1);
        assertThat(page.path("data").get(0).path("attributes").path("state").asText()).isEqualTo("OR");
    }

    @Test
    void limitAbove200Is422() {
        assertThat(client.get("/v2/e911s?limit=201").status()).isEqualTo(422);
    }

    @Test
    void updateIsPartialAndTakesZipCodeForZip() {
        String id = created();

        SimClient.Reply reply = client.send("PATCH", "/v2/e911s/" + id, "{\"data\":{\"type\":\"e911\",\"id\":\"" + id
                + "\",\"attributes\":{\"last_name\":\"Wiley\",\"zip_code\":\"98104\",\"address_type\":null,"
                + "\"address_type_number\":null},\"links\":{\"self\":\"https://api.flowroute.com/v2/e911s/" + id
                + "\"}}}", null);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode attributes = reply.json().path("data").path("attributes");
        assertThat(attributes.path("last_name").asText()).isEqualTo("Wiley");
        assertThat(attributes.path("zip").asText()).isEqualTo("98104");
        assertThat(attributes.path("first_name").asText()).isEqualTo("Chris");
        assertThat(attributes.has("address_type")).isFalse();
    }

    @Test
    void updateOfUnknownAddressIs404() {
        SimClient.Reply reply = client.patch("/v2/e911s/999999", "{\"data\":{\"attributes\":{\"label\":\"x\"}}}");

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void assignedAddressListsItsNumbersAndRepeatingTheAssignmentDoesNotFail() {
        String id = created();
        String number = accountNumber();

        assertThat(client.send("PATCH", "/v2/numbers/" + number + "/relationships/e911s/" + id, null, null).status())
                .isEqualTo(204);
        assertThat(client.send("PATCH", "/v2/numbers/" + number + "/relationships/e911s/" + id, null, null).status())
                .isEqualTo(204);

        JsonNode page = client.get("/v2/e911s/" + id + "/relationships/numbers").json();
        assertThat(page.path("data")).hasSize(1);
        JsonNode item = page.path("data").get(0);
        assertThat(item.path("id").asText()).isEqualTo(number);
        assertThat(item.path("attributes").path("value").asText()).isEqualTo(number);
        assertThat(item.path("attributes").has("alias")).isTrue();
        assertThat(page.path("links").path("self").asText()).isEqualTo(
                "https://api.flowroute.com/v2/e911s/" + id + "/relationships/numbers?limit=10&offset=0");
    }

    @Test
    void assigningToANumberNotOnTheAccountIs404() {
        String id = created();

        assertThat(client.send("PATCH", "/v2/numbers/12065550000/relationships/e911s/" + id, null, null).status())
                .isEqualTo(404);
    }

    @Test
    void assigningAnUnknownAddressIs404() {
        assertThat(client.send("PATCH", "/v2/numbers/" + accountNumber() + "/relationships/e911s/999999", null, null)
                .status()).isEqualTo(404);
    }

    @Test
    void addressInUseCannotBeDeletedUntilUnassigned() {
        String id = created();
        String number = accountNumber();
        client.send("PATCH", "/v2/numbers/" + number + "/relationships/e911s/" + id, null, null);

        assertThat(client.delete("/v2/e911s/" + id).status()).isEqualTo(409);
        assertThat(client.delete("/v2/numbers/" + number + "/relationships/e911s").status()).isEqualTo(204);
        assertThat(client.delete("/v2/e911s/" + id).status()).isEqualTo(204);
        assertThat(client.get("/v2/e911s/" + id).status()).isEqualTo(404);
    }

    @Test
    void trailingSlashOnUnassignIsAcceptedAsThePhpSdkSendsIt() {
        assertThat(client.delete("/v2/numbers/" + accountNumber() + "/relationships/e911s/").status()).isEqualTo(204);
    }

    @Test
    void deletingAnUnknownAddressIs404() {
        assertThat(client.delete("/v2/e911s/999999").status()).isEqualTo(404);
    }

    @Test
    void releasingANumberDropsItsAddressAssignment() {
        String id = created();
        String number = accountNumber();
        client.send("PATCH", "/v2/numbers/" + number + "/relationships/e911s/" + id, null, null);

        client.delete("/v2/numbers/" + number);

        assertThat(sim.state().e911().numbersOf(id)).isEmpty();
    }

    @Test
    void assignedAddressShowsInTheNumbersE911Relationship() {
        String id = created();
        String number = accountNumber();
        client.send("PATCH", "/v2/numbers/" + number + "/relationships/e911s/" + id, null, null);

        JsonNode relationship = client.get("/v2/numbers/" + number).json()
                .path("data").path("relationships").path("e911_address").path("data");

        assertThat(relationship.path("id").asText()).isEqualTo(id);
        assertThat(relationship.path("type").asText()).isEqualTo("e911");
    }
}
