package io.github.camelflowroute.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code limit}/{@code offset} paging as the notes' "Paging" section describes it: default limit 10, a
 * per-endpoint maximum (above it: 422), {@code links.self} always, and {@code links.next} when more
 * records exist. Links are absolute URLs on {@code https://api.flowroute.com} with the query rewritten the
 * way the live API rewrites it ({@link LiveLinks}); a client pointed elsewhere must re-base them.
 *
 * @param limit  records per page
 * @param offset records skipped
 */
record Paging(int limit, int offset) {

    static final int DEFAULT_LIMIT = 10;
    /** Maximum for numbers, available numbers, exchanges and routes. */
    static final int MAX_200 = 200;
    /** Maximum for available area codes. */
    static final int MAX_AREA_CODES = 400;
    /** MDR search states no maximum. */
    static final int NO_MAX = Integer.MAX_VALUE;

    /**
     * Reads limit and offset.
     *
     * @throws ApiException 422 for a limit below 1 or above {@code maxLimit}, or a negative offset
     */
    static Paging of(ApiRequest request, int maxLimit) {
        long limit = parse(request.queryParam("limit"), "limit", DEFAULT_LIMIT);
        long offset = parse(request.queryParam("offset"), "offset", 0);
        if (limit < 1) {
            throw ApiException.unprocessable("limit must be greater than 0 (got " + limit + ").");
        }
        if (limit > maxLimit) {
            throw ApiException.unprocessable("limit must not exceed " + maxLimit + " (got " + limit + ").");
        }
        if (offset < 0) {
            throw ApiException.unprocessable("offset must be 0 or greater (got " + offset + ").");
        }
        return new Paging((int) limit, (int) Math.min(offset, Integer.MAX_VALUE));
    }

    private static long parse(String value, String name, long fallback) {
        if (value == null || value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            // reached only with request validation off; the validator reports it first otherwise
            throw ApiException.unprocessable(name + " must be an integer (got '" + value + "').");
        }
    }

    <T> List<T> slice(List<T> all) {
        if (offset >= all.size()) {
            return List.of();
        }
        return all.subList(offset, (int) Math.min(all.size(), (long) offset + limit));
    }

    /**
     * {@code self}, plus {@code next} when records remain after this page, as the live API writes them
     * ({@link LiveLinks}); the MDR search has no {@code self}, like the live sample and the spec's
     * {@code MDRSet}.
     */
    Map<String, String> links(ApiRequest request, int total) {
        Map<String, String> links = new LinkedHashMap<>();
        String base = JsonRenderer.PUBLIC_BASE + request.path();
        if ((long) offset + limit < total) {
            links.put("next", base + "?" + LiveLinks.query(request.path(), request.query(), limit, offset + limit));
        }
        if (LiveLinks.hasSelf(request.path())) {
            links.put("self", base + "?" + LiveLinks.query(request.path(), request.query(), limit, offset));
        }
        return links;
    }
}
