package io.github.camelflowroute.simulator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The whitelist explains documented variants only, and only in the styles they belong to. */
class LiveVariantWhitelistTest {

    private static final SpecValidator.Problem VALUE_AS_STRING = new SpecValidator.Problem(
            "validation.response.body.schema.type",
            "[Path '/data/attributes/value'] Instance type (string) does not match any allowed primitive type",
            "/data/attributes/value");

    @Test
    void numberValueAsStringIsADocumentedLiveVariant() {
        assertThat(LiveVariantWhitelist.explain(ResponseStyle.LIVE, "GET", "/v2/numbers/12065551234", 200,
                VALUE_AS_STRING)).isPresent();
    }

    @Test
    void numberValueAsStringIsAViolationInSpecStyle() {
        assertThat(LiveVariantWhitelist.explain(ResponseStyle.SPEC, "GET", "/v2/numbers/12065551234", 200,
                VALUE_AS_STRING)).isEmpty();
    }

    @Test
    void typeProblemElsewhereIsNotExplained() {
        SpecValidator.Problem aliasAsNumber = new SpecValidator.Problem("validation.response.body.schema.type",
                "[Path '/data/attributes/alias'] Instance type (integer) ...", "/data/attributes/alias");

        assertThat(LiveVariantWhitelist.explain(ResponseStyle.LIVE, "GET", "/v2/numbers/12065551234", 200,
                aliasAsNumber)).isEmpty();
    }

    @Test
    void unknownPropertyInMdrSetItemIsNotExplained() {
        SpecValidator.Problem extra = new SpecValidator.Problem("validation.response.body.schema.additionalProperties",
                "[Path '/data/0'] Object instance has properties which are not allowed by the schema: [\"attributes\",\"bogus\"]",
                "/data/0");

        assertThat(LiveVariantWhitelist.explain(ResponseStyle.LIVE, "GET", "/v2.1/messages", 200, extra)).isEmpty();
    }

    @Test
    void undeclaredErrorStatusIsExplainedInBothStyles() {
        SpecValidator.Problem unknownStatus = new SpecValidator.Problem("validation.response.status.unknown",
                "Response status 422 not defined for path '/v2/numbers'.", "");

        assertThat(LiveVariantWhitelist.explain(ResponseStyle.SPEC, "GET", "/v2/numbers", 422, unknownStatus))
                .isPresent();
        assertThat(LiveVariantWhitelist.explain(ResponseStyle.LIVE, "GET", "/v2/numbers", 422, unknownStatus))
                .isPresent();
    }

    @Test
    void undeclaredSuccessStatusIsNotExplained() {
        SpecValidator.Problem unknownStatus = new SpecValidator.Problem("validation.response.status.unknown",
                "Response status 200 not defined for path '/v2/routes'.", "");

        assertThat(LiveVariantWhitelist.explain(ResponseStyle.LIVE, "POST", "/v2/routes", 200, unknownStatus))
                .isEmpty();
    }

    @Test
    void everyVariantNamesItsNote() {
        assertThat(LiveVariantWhitelist.VARIANTS).allSatisfy(v -> assertThat(v.note()).isNotBlank());
    }

    @Test
    void specValidatorReportsAnUndocumentedResponseProblem() {
        ApiResponse bogus = ApiResponse.json(200,
                "{\"data\":{\"attributes\":{\"value\":12065551234,\"colour\":\"red\"},\"id\":\"12065551234\"}}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(SpecValidator.load().validateResponse("GET", "/v2/numbers/12065551234", bogus))
                .extracting(SpecValidator.Problem::key)
                .containsExactly("validation.response.body.schema.additionalProperties");
    }
}
