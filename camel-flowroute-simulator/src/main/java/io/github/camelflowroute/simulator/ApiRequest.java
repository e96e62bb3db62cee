package io.github.camelflowroute.simulator;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request as the operations see it: query decoded, body parsed, and (after {@link RequestNormalizer})
 * documented live variants rewritten into the spec's form.
 *
 * @param method      HTTP method, upper case
 * @param path        path without trailing slash
 * @param rawQuery    query as received (still encoded), or {@code null}; paging links are built from it
 * @param query       decoded query parameters in the order received
 * @param contentType request Content-Type, or {@code null}
 * @param body        body text, empty when none
 * @param json        parsed body, or {@code null} when absent or not JSON
 * @param pathParams  values of the path template's {@code {placeholders}}
 */
record ApiRequest(String method, String path, String rawQuery, Map<String, List<String>> query,
        String contentType, String body, JsonNode json, Map<String, String> pathParams) {

    /** First value of a query parameter, or {@code null}. */
    String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    String pathParam(String name) {
        return pathParams.get(name);
    }

    /** The path parameter {@code name}, a number of the account; a 404 when the account has no such number. */
    String accountNumber(String name, SimulatorState state) {
        String number = pathParam(name);
        if (state.findAccountNumber(number).isEmpty()) {
            throw ApiException.numberNotOnAccount(number);
        }
        return number;
    }

    boolean hasBody() {
        return !body.isEmpty();
    }

    /** A field of a JSON object as text, or {@code null} when absent or JSON null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    ApiRequest withPathParams(Map<String, String> params) {
        return new ApiRequest(method, path, rawQuery, query, contentType, body, json, Map.copyOf(params));
    }

    ApiRequest withQuery(Map<String, List<String>> newQuery) {
        return new ApiRequest(method, path, rawQuery, newQuery, contentType, body, json, pathParams);
    }

    ApiRequest withBody(String newContentType, String newBody, JsonNode newJson) {
        return new ApiRequest(method, path, rawQuery, query, newContentType, newBody, newJson, pathParams);
    }
}
