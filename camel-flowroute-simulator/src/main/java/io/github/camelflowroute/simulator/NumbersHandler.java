package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/** The account's numbers: list, details, purchase. */
record NumbersHandler(SimulatorState state, JsonRenderer json) {

    /** GET /v2/numbers. */
    ApiResponse list(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        List<SimNumber> matching = state.accountNumbers().stream().filter(digitFilters(request)).toList();
        return ApiResponse.json(200, json.bytes(json.page(request, paging, matching, json::numberListItem)));
    }

    /** GET /v2/numbers/{id}: 404 unless the account has the number. */
    ApiResponse get(ApiRequest request) {
        String id = request.pathParam("id");
        SimNumber number = state.findAccountNumber(id)
                .orElseThrow(() -> ApiException.numberNotOnAccount(id));
        return ApiResponse.json(200, json.bytes(json.numberDocument(number, routesOf(number))));
    }

    /**
     * POST /v2/numbers/{id}: moves a purchasable number onto the account, 201, with its primary route
     * (the built-in route "0") in {@code included}, as {@code number-purchase.json} shows.
     */
    ApiResponse purchase(ApiRequest request) {
        String id = request.pathParam("id");
        SimNumber bought = state.purchase(id)
                .orElseThrow(() -> ApiException.notFound("Number " + id + " is not available for purchase."));
        return ApiResponse.json(201, json.bytes(json.numberDocument(bought, routesOf(bought))))
                .withHeader("Location", JsonRenderer.PUBLIC_BASE + "/v2/numbers/" + id);
    }

    /**
     * DELETE /v2/numbers/{id} (release): the number leaves the account with its callback URLs, E911 address
     * and CNAM record; 204, or 404 unless the account has it.
     */
    ApiResponse release(ApiRequest request) {
        String id = request.pathParam("id");
        if (!state.removeAccountNumber(id)) {
            throw ApiException.numberNotOnAccount(id);
        }
        return ApiResponse.noContent();
    }

    /**
     * PATCH /v2/numbers/{id} (alias): the SDKs' flat body {@code {"type":"number","alias":"..."}}, or the
     * same in JSON:API form; a null alias clears it. Answers the number document, as GET does.
     */
    ApiResponse updateAlias(ApiRequest request) {
        String id = request.pathParam("id");
        JsonNode body = request.json();
        JsonNode holder = body != null && body.has("data") ? body.path("data").path("attributes") : body;
        if (holder == null || !holder.isObject() || !holder.has("alias")) {
            throw ApiException.unprocessable("The body must be {\"type\":\"number\",\"alias\":\"...\"}.");
        }
        JsonNode alias = holder.get("alias");
        if (!alias.isNull() && !alias.isTextual()) {
            throw ApiException.unprocessable("alias must be a string or null.");
        }
        if (state.findAccountNumber(id).isEmpty()) {
            throw ApiException.numberNotOnAccount(id);
        }
        state.updateAccountNumber(id, n -> n.withAlias(alias.isNull() ? null : alias.asText()));
        return get(request);
    }

    private List<SimRoute> routesOf(SimNumber number) {
        List<SimRoute> routes = new ArrayList<>();
        Optional.ofNullable(number.primaryRouteId()).flatMap(state::findRoute).ifPresent(routes::add);
        Optional.ofNullable(number.failoverRouteId()).flatMap(state::findRoute)
                .filter(r -> !routes.contains(r)).ifPresent(routes::add);
        return routes;
    }

    /**
     * starts_with / ends_with / contains, shared with the purchasable search. starts_with matches the
     * 11-digit number or its 10-digit national part (users search "206" as often as "1206"); ends_with and
     * contains read the same either way.
     */
    static Predicate<SimNumber> digitFilters(ApiRequest request) {
        String startsWith = request.queryParam("starts_with");
        String endsWith = request.queryParam("ends_with");
        String contains = request.queryParam("contains");
        return n -> (startsWith == null || PhoneNumbers.startsWith(n.number(), startsWith))
                && (endsWith == null || n.number().endsWith(endsWith))
                && (contains == null || n.number().contains(contains));
    }
}
