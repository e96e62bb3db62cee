package io.github.camelflowroute.simulator;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The query of a paging link as the live API writes it, not as the client sent it (live samples
 * {@code numbers-list.json}, {@code available-*.json}, {@code routes-list.json}, {@code mdr-list.json}):
 * filters first, sorted by name, then an explicit {@code limit} and {@code offset}; {@code starts_with}
 * with the country code ({@code 201} becomes {@code 1201}); MDR search dates as UTC date-times with
 * {@code +00:00}, and on that path the order {@code limit, start_date, end_date, ..., offset}. Used by
 * every paged list, so new list operations get the same links.
 */
final class LiveLinks {

    /** The MDR search: the one list without {@code links.self} and with its own parameter order. */
    static final String MDR_SEARCH = "/v2.1/messages";
    private static final List<String> MDR_LEADING = List.of("limit", "start_date", "end_date");
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT);

    private LiveLinks() {
    }

    /** Whether the list at {@code path} carries {@code links.self}: all but the MDR search. */
    static boolean hasSelf(String path) {
        return !MDR_SEARCH.equals(path);
    }

    /**
     * The encoded query of a link to the page at {@code offset}.
     *
     * @param query the request's decoded query (after {@link RequestNormalizer})
     */
    static String query(String path, Map<String, List<String>> query, int limit, int offset) {
        TreeMap<String, List<String>> filters = new TreeMap<>(query);
        filters.remove("limit");
        filters.remove("offset");
        List<String> pairs = new ArrayList<>();
        if (MDR_SEARCH.equals(path)) {
            pairs.add(pair("limit", Integer.toString(limit)));
            for (String name : MDR_LEADING.subList(1, MDR_LEADING.size())) {
                List<String> values = filters.remove(name);
                if (values != null) {
                    values.forEach(v -> pairs.add(pair(name, utcDateTime(v))));
                }
            }
            filters.forEach((name, values) -> values.forEach(v -> pairs.add(pair(name, v))));
        } else {
            filters.forEach((name, values) -> values.forEach(v -> pairs.add(pair(name, value(name, v)))));
            pairs.add(pair("limit", Integer.toString(limit)));
        }
        pairs.add(pair("offset", Integer.toString(offset)));
        return String.join("&", pairs);
    }

    private static String value(String name, String value) {
        // the live API echoes a starts_with without country code with it: 201 -> 1201
        if (name.equals("starts_with") && !value.isEmpty() && !value.startsWith("1")) {
            return "1" + value;
        }
        return value;
    }

    /** {@code 2017-12-01T00:00:00+00:00}; a value that is not a date-time is echoed. */
    static String utcDateTime(String value) {
        try {
            OffsetDateTime t = OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
            return (t.getNano() == 0 ? SECONDS : MICROS).format(t);
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String pair(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
