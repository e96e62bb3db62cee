package io.github.camelflowroute.simulator;

import com.fasterxml.jackson.databind.JsonNode;

import static io.github.camelflowroute.simulator.ApiRequest.text;

/**
 * Callback URLs, from the later spec revision ({@code flowroute-openapi-callbacks-e911.json}): per account
 * {@code PUT|GET|DELETE /v2.1/messages/{callback_type}}, per number
 * {@code POST|GET|DELETE /v2/numbers/{id}/relationships/{callback_type}}. The type is the path's last
 * segment; the router only sends the three known ones here.
 */
record CallbacksHandler(SimulatorState state, JsonRenderer json) {

    /** PUT /v2.1/messages/{callback_type} with {@code {"callback_url":"..."}}: 204. */
    ApiResponse setAccount(ApiRequest request) {
        JsonNode body = request.json();
        String url = body == null ? null : text(body, "callback_url");
        state.callbacks().setAccount(type(request), checkUrl(url, "{\"callback_url\":\"https://...\"}"));
        return ApiResponse.noContent();
    }

    /** GET /v2.1/messages/{callback_type}: the registration, or 404. */
    ApiResponse getAccount(ApiRequest request) {
        CallbackType type = type(request);
        String url = state.callbacks().account(type).orElseThrow(() -> ApiException.notFound(
                "No " + type.pathSegment() + " URL is set for this account."));
        return ApiResponse.json(200, json.bytes(json.callbackDocument(type, url)));
    }

    /** DELETE /v2.1/messages/{callback_type}: 204, or 404 when none was set. */
    ApiResponse removeAccount(ApiRequest request) {
        CallbackType type = type(request);
        if (!state.callbacks().removeAccount(type)) {
            throw ApiException.notFound("No " + type.pathSegment() + " URL is set for this account.");
        }
        return ApiResponse.noContent();
    }

    /** POST /v2/numbers/{id}/relationships/{callback_type} with {@code {"data":{"attributes":{"callback_url"}}}}. */
    ApiResponse setNumber(ApiRequest request) {
        String number = request.accountNumber("id", state);
        JsonNode body = request.json();
        JsonNode attributes = body == null ? null : body.path("data").path("attributes");
        String url = attributes == null || !attributes.isObject() ? null : text(attributes, "callback_url");
        state.callbacks().setNumber(number, type(request),
                checkUrl(url, "{\"data\":{\"attributes\":{\"callback_url\":\"https://...\"}}}"));
        return ApiResponse.noContent();
    }

    /** GET /v2/numbers/{id}/relationships/{callback_type}: the number's own registration, or 404. */
    ApiResponse getNumber(ApiRequest request) {
        String number = request.accountNumber("id", state);
        CallbackType type = type(request);
        String url = state.callbacks().number(number, type).orElseThrow(() -> ApiException.notFound(
                "No " + type.pathSegment() + " URL is set for number " + number + "."));
        return ApiResponse.json(200, json.bytes(json.callbackDocument(type, url)));
    }

    /** DELETE /v2/numbers/{id}/relationships/{callback_type}: 204, or 404 when none was set. */
    ApiResponse removeNumber(ApiRequest request) {
        String number = request.accountNumber("id", state);
        CallbackType type = type(request);
        if (!state.callbacks().removeNumber(number, type)) {
            throw ApiException.notFound("No " + type.pathSegment() + " URL is set for number " + number + ".");
        }
        return ApiResponse.noContent();
    }

    private static CallbackType type(ApiRequest request) {
        String path = request.path();
        String segment = path.substring(path.lastIndexOf('/') + 1);
        return CallbackType.fromPathSegment(segment)
                .orElseThrow(() -> ApiException.notFound("No API resource at " + path + "."));
    }

    /** Flowroute posts to absolute https URLs; the simulator also takes http, for loopback receivers. */
    private static String checkUrl(String url, String expectedBody) {
        if (url == null || url.isBlank()) {
            throw ApiException.unprocessable("callback_url is required: send " + expectedBody + ".");
        }
        if (!PhoneNumbers.isHttpUrl(url)) {
            throw ApiException.unprocessable("callback_url must be an absolute https URL (got '" + url + "').");
        }
        return url;
    }

}
