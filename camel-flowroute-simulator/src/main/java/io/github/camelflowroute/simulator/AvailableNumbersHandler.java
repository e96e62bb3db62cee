package io.github.camelflowroute.simulator;

import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/** The purchasable inventory: numbers, area codes, exchanges. */
record AvailableNumbersHandler(SimulatorState state, JsonRenderer json) {

    /** GET /v2/numbers/available: digit filters plus case-insensitive rate_center and state. */
    ApiResponse numbers(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        String rateCenter = request.queryParam("rate_center");
        String stateCode = request.queryParam("state");
        List<SimNumber> matching = state.availableNumbers().stream()
                .filter(NumbersHandler.digitFilters(request))
                .filter(n -> rateCenter == null || n.rateCenter().equalsIgnoreCase(rateCenter.trim()))
                .filter(n -> stateCode == null || n.state().equalsIgnoreCase(stateCode.trim()))
                .toList();
        return ApiResponse.json(200, json.bytes(json.page(request, paging, matching, json::availableNumber)));
    }

    /** GET /v2/numbers/available/areacodes: NPAs with at least one number within max_setup_cost. */
    ApiResponse areaCodes(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_AREA_CODES);
        List<String> codes = distinct(withinCost(request), SimNumber::areaCode);
        return ApiResponse.json(200, json.bytes(json.page(request, paging, codes,
                npa -> json.code(npa, "areacode", "/v2/numbers/available/exchanges?areacode=" + npa))));
    }

    /** GET /v2/numbers/available/exchanges: 6-digit NPA-NXX codes, optionally of one area code. */
    ApiResponse exchanges(ApiRequest request) {
        Paging paging = Paging.of(request, Paging.MAX_200);
        String areaCode = request.queryParam("areacode");
        if (areaCode != null && !areaCode.trim().matches("\\d{3}")) {
            throw ApiException.unprocessable("areacode must be a 3-digit area code (got '" + areaCode + "').");
        }
        Stream<SimNumber> numbers = withinCost(request)
                .filter(n -> areaCode == null || n.areaCode().equals(areaCode.trim()));
        List<String> codes = distinct(numbers, SimNumber::exchange);
        return ApiResponse.json(200, json.bytes(json.page(request, paging, codes,
                nxx -> json.code(nxx, "exchange", "/v2/numbers/available?starts_with=1" + nxx))));
    }

    private Stream<SimNumber> withinCost(ApiRequest request) {
        String max = request.queryParam("max_setup_cost");
        if (max == null) {
            return state.availableNumbers().stream();
        }
        double limit;
        try {
            limit = Double.parseDouble(max.trim());
        } catch (NumberFormatException e) {
            throw ApiException.unprocessable("max_setup_cost must be a number (got '" + max + "').");
        }
        return state.availableNumbers().stream().filter(n -> n.setupCost() <= limit + 1e-9);
    }

    private static List<String> distinct(Stream<SimNumber> numbers, Function<SimNumber, String> key) {
        return List.copyOf(numbers.map(key).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
