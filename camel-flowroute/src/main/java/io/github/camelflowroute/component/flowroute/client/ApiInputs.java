package io.github.camelflowroute.component.flowroute.client;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and normalises every input of the API before it is sent. Each method returns the value in the form the
 * API wants, or throws {@link FlowrouteValidationException} naming the input.
 */
public final class ApiInputs {

    private static final Pattern MESSAGE_ID = Pattern.compile("mdr[12]-[0-9a-fA-F]{32}");
    private static final Pattern ROUTE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern DIGIT_FILTER = Pattern.compile("[0-9]{1,11}");
    private static final Pattern AREA_CODE = Pattern.compile("[2-9][0-9]{2}");
    private static final Pattern STATE = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern RATE_CENTER = Pattern.compile("[A-Za-z][A-Za-z .'-]{0,63}");
    private static final DateTimeFormatter API_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ApiInputs() {
    }

    /**
     * A North American number as the API wants it: 11 digits starting with 1. Accepts the common written forms
     * ({@code +1 (206) 555-0100}, {@code 1-206-555-0100}, {@code 206.555.0100}, {@code 2065550100}).
     */
    public static String phoneNumber(String field, String raw) {
        String text = required(field, raw);
        if (isNormalised(text)) {
            return text;
        }
        StringBuilder digits = new StringBuilder(11);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty() && i == text.indexOf('+')) {
                continue;
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')') {
                throw new FlowrouteValidationException(field, "not a phone number (unexpected '" + c + "')");
            }
        }
        if (digits.length() == 10) {
            digits.insert(0, '1');
        }
        if (digits.length() != 11 || digits.charAt(0) != '1') {
            throw new FlowrouteValidationException(field, "not a North American number of 10 or 11 digits");
        }
        if (digits.charAt(1) < '2') {
            throw new FlowrouteValidationException(field, "area code cannot start with 0 or 1");
        }
        return digits.toString();
    }

    /** Already in the API's form, 1 and ten digits with an area code from 2: the common case, with no copy. */
    private static boolean isNormalised(String text) {
        if (text.length() != 11 || text.charAt(0) != '1' || text.charAt(1) < '2') {
            return false;
        }
        for (int i = 1; i < 11; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A message detail record id: {@code mdr2-} (or the older {@code mdr1-}) and 32 hex digits. */
    public static String messageId(String raw) {
        return matching("messageId", required("messageId", raw), MESSAGE_ID,
                "expected mdr2- followed by 32 hex digits");
    }

    /** A route id as Flowroute issues them. */
    public static String routeId(String raw) {
        return matching("routeId", required("routeId", raw), ROUTE_ID, "expected letters, digits, '-' or '_' only");
    }

    /** An optional digit filter ({@code startsWith}, {@code endsWith}, {@code contains}) of 1 to 11 digits. */
    public static String digitFilter(String field, String raw) {
        return matching(field, emptyAsNull(raw), DIGIT_FILTER, "expected 1 to 11 digits");
    }

    /** An optional page size between 1 and the API's maximum for the call. */
    public static Integer limit(Integer limit, int max) {
        if (limit != null && (limit < 1 || limit > max)) {
            throw new FlowrouteValidationException("limit", "must be between 1 and " + max + " for this call");
        }
        return limit;
    }

    /** An optional offset, 0 or more. */
    public static Integer offset(Integer offset) {
        if (offset != null && offset < 0) {
            throw new FlowrouteValidationException("offset", "must not be negative");
        }
        return offset;
    }

    /** An optional three-digit area code. */
    public static String areaCode(String raw) {
        return matching("areaCode", emptyAsNull(raw), AREA_CODE, "expected three digits, the first 2 to 9");
    }

    /** An optional two-letter state or province, upper-cased. */
    public static String state(String raw) {
        return upperCase(matching("state", emptyAsNull(raw), STATE, "expected a two-letter code such as WA"));
    }

    /** An optional rate center name, upper-cased as the API lists them. */
    public static String rateCenter(String raw) {
        return upperCase(
                matching("rateCenter", emptyAsNull(raw), RATE_CENTER, "expected a rate center name such as SEATTLE"));
    }

    /** {@code text} when it is {@code null} or matches {@code pattern}; else refused, naming {@code field}. */
    private static String matching(String field, String text, Pattern pattern, String expected) {
        if (text != null && !pattern.matcher(text).matches()) {
            throw new FlowrouteValidationException(field, expected);
        }
        return text;
    }

    private static String emptyAsNull(String raw) {
        return raw == null || raw.isEmpty() ? null : raw;
    }

    private static String upperCase(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** An optional amount of dollars, 0 or more. */
    public static BigDecimal cost(String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new FlowrouteValidationException(field, "must not be negative");
        }
        return value;
    }

    /** An absolute {@code http} or {@code https} URL. */
    public static String httpUrl(String field, String raw) {
        String text = required(field, raw);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null
                    || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                throw new FlowrouteValidationException(field, "expected an absolute http or https URL");
            }
            return text;
        } catch (URISyntaxException e) {
            throw new FlowrouteValidationException(field, "not a URL (" + e.getReason() + ")");
        }
    }

    /** A value that must be present and not blank, trimmed. */
    public static String required(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new FlowrouteValidationException(field, "is required");
        }
        return raw.trim();
    }

    /** Free text of a route (value, alias): present, at most 255 characters, no control characters. */
    public static String routeText(String field, String raw) {
        String text = required(field, raw);
        if (text.length() > 255) {
            throw new FlowrouteValidationException(field, "longer than 255 characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new FlowrouteValidationException(field, "contains control characters");
        }
        return text;
    }

    /** A timestamp in the form the message search takes: UTC, millisecond precision. */
    public static String apiDate(Instant instant) {
        return API_DATE.format(instant);
    }
}
