package io.github.camelflowroute.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paging links of the families the live samples show with explicit paging (E911, CNAM, the numbers of an
 * address): absolute on {@code https://api.flowroute.com}, the filters that were applied, then
 * {@code limit} and {@code offset} always written out ({@code ?limit=10&offset=0} when the request sent
 * none), {@code next} only while records remain.
 */
final class LiveLinks {

    private LiveLinks() {
    }

    /**
     * @param path    the list's path, e.g. {@code /v2/e911s}
     * @param filters filter parameters applied (name to value, in order), not encoded
     * @param paging  the page served
     * @param total   records matching the filters
     */
    static Map<String, String> of(String path, Map<String, String> filters, Paging paging, int total) {
        Map<String, String> links = new LinkedHashMap<>();
        String base = JsonRenderer.PUBLIC_BASE + path + "?" + query(filters);
        if ((long) paging.offset() + paging.limit() < total) {
            links.put("next", base + "limit=" + paging.limit() + "&offset=" + (paging.offset() + paging.limit()));
        }
        links.put("self", base + "limit=" + paging.limit() + "&offset=" + paging.offset());
        return links;
    }

    private static String query(Map<String, String> filters) {
        StringBuilder q = new StringBuilder();
        filters.forEach((name, value) -> {
            if (value != null) {
                q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8)).append('&');
            }
        });
        return q.toString();
    }
}
