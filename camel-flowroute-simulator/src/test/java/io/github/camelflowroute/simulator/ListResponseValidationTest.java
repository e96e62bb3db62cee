package io.github.camelflowroute.simulator;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** List answers are validated one item per distinct shape: cheaper, and an odd item is still caught. */
class ListResponseValidationTest {

    private static final String ROUTE = "{\"attributes\":{\"alias\":\"a\",\"route_type\":\"host\",\"value\":\"v\"},"
            + "\"id\":\"1\",\"links\":{\"self\":\"https://api.flowroute.com/v2/routes/1\"},\"type\":\"route\"}";

    private static ApiResponse routes(String... items) {
        String body = "{\"data\":[" + String.join(",", items)
                + "],\"links\":{\"self\":\"https://api.flowroute.com/v2/routes\"}}";
        return ApiResponse.json(200, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void itemsOfOneShapeAreCheckedOnce() {
        String reduced = SpecValidator.oneItemPerShape(routes(ROUTE, ROUTE, ROUTE).bodyText());

        assertThat(reduced).containsOnlyOnce("\"route_type\"");
    }

    @Test
    void oneMalformedItemAmongManyIsStillReported() {
        String odd = ROUTE.replace("\"alias\":\"a\"", "\"alias\":7");

        assertThat(SpecValidator.load().validateResponse("GET", "/v2/routes", routes(ROUTE, ROUTE, odd, ROUTE)))
                .extracting(SpecValidator.Problem::key).contains("validation.response.body.schema.type");
    }
}
