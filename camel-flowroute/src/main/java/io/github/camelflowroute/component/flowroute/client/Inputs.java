package io.github.camelflowroute.component.flowroute.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import io.github.camelflowroute.component.flowroute.model.CallbackType;
import io.github.camelflowroute.component.flowroute.model.FlexibleInstantDeserializer;
import io.github.camelflowroute.component.flowroute.model.RouteType;

/**
 * The kinds of input the declarations use. Each takes the raw forms users give (text from a URI or header, numbers,
 * enums, dates) and yields the checked value, or a {@link FlowrouteValidationException} naming the input.
 */
final class Inputs {

    private Inputs() {
    }

    /** Free text, as given. */
    static ApiInput text(String name) {
        return ApiInput.of(name, "String", Inputs::textOf);
    }

    /** Text checked by {@code check(name, text)} when present. */
    static ApiInput text(String name, CheckedText check) {
        return ApiInput.of(name, "String", raw -> {
            String text = textOf(raw);
            return text == null ? null : check.apply(name, text);
        });
    }

    /** Text checked (and normalised) by {@code check}, which also decides whether it is required. */
    static ApiInput checked(String name, java.util.function.UnaryOperator<String> check) {
        return ApiInput.of(name, "String", raw -> check.apply(textOf(raw)));
    }

    /** An optional filter of 1 to 11 digits. */
    static ApiInput digits(String name) {
        return ApiInput.of(name, "String", raw -> ApiInputs.digitFilter(name, textOf(raw)));
    }

    /** A North American phone number, sent as 11 digits. */
    static ApiInput phoneNumber(String name) {
        return ApiInput.of(name, "String", raw -> ApiInputs.phoneNumber(name, textOf(raw)));
    }

    /** An optional phone number. */
    static ApiInput optionalPhoneNumber(String name) {
        return ApiInput.of(name, "String", raw -> raw == null ? null : ApiInputs.phoneNumber(name, textOf(raw)));
    }

    /** A decimal id the API issues (E911, CNAM, CDR export). */
    static ApiInput decimalId(String name) {
        return ApiInput.of(name, "String", raw -> {
            String text = ApiInputs.required(name, textOf(raw));
            if (text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new FlowrouteValidationException(name, "expected the decimal id the API gave");
            }
            return text;
        });
    }

    static ApiInput integer(String name) {
        return ApiInput.of(name, "Integer", raw -> integerOf(name, raw));
    }

    /** The page size, between 1 and {@code max}. */
    static ApiInput limit(int max) {
        return ApiInput.of("limit", "Integer", raw -> ApiInputs.limit(integerOf("limit", raw), max)).inQuery("limit");
    }

    static ApiInput offset() {
        return ApiInput.of("offset", "Integer", raw -> ApiInputs.offset(integerOf("offset", raw))).inQuery("offset");
    }

    /** An amount of dollars, 0 or more. */
    static ApiInput cost(String name) {
        return ApiInput.of(name, "java.math.BigDecimal", raw -> ApiInputs.cost(name, decimalOf(name, raw)))
                .wire(v -> ((BigDecimal) v).toPlainString());
    }

    static ApiInput bool(String name) {
        return ApiInput.of(name, "Boolean", raw -> boolOf(name, raw));
    }

    /** A point in time: Instant, Date, OffsetDateTime, ZonedDateTime, LocalDate(Time), epoch millis or ISO 8601. */
    static ApiInput instant(String name) {
        return ApiInput.of(name, "java.time.Instant", raw -> instantOf(name, raw));
    }

    /** A list of text: a collection, an array or comma-separated text. */
    static ApiInput list(String name) {
        return ApiInput.of(name, "java.util.List<String>", Inputs::listOf);
    }

    static ApiInput routeType(String name) {
        return ApiInput.of(name, "io.github.camelflowroute.component.flowroute.model.RouteType", raw -> {
            if (raw == null || raw instanceof RouteType) {
                return raw;
            }
            try {
                return RouteType.fromText(raw.toString());
            } catch (IllegalArgumentException e) {
                throw new FlowrouteValidationException(name, "expected one of host, sip-reg, uri, number");
            }
        }).wire(v -> ((RouteType) v).wireName());
    }

    static ApiInput callbackType(String name) {
        return ApiInput.of(name, "io.github.camelflowroute.component.flowroute.model.CallbackType", raw -> {
            if (raw == null) {
                throw new FlowrouteValidationException(name, "is required (sms, mms or dlr)");
            }
            if (raw instanceof CallbackType t) {
                return t;
            }
            try {
                return CallbackType.fromText(raw.toString());
            } catch (IllegalArgumentException e) {
                throw new FlowrouteValidationException(name, "expected sms, mms or dlr");
            }
        }).wire(v -> ((CallbackType) v).wireName());
    }

    /** One of the given words, case-insensitively, sent in lower case. */
    static ApiInput oneOf(String name, String... words) {
        return ApiInput.of(name, "String", raw -> {
            String text = textOf(raw);
            if (text == null || text.isBlank()) {
                return null;
            }
            for (String w : words) {
                if (w.equalsIgnoreCase(text.trim())) {
                    return w;
                }
            }
            throw new FlowrouteValidationException(name, "expected one of " + String.join(", ", words));
        });
    }

    @FunctionalInterface
    interface CheckedText {
        Object apply(String name, String text);
    }

    // ---- conversions of raw values ---------------------------------------------------------------------------

    static String textOf(Object raw) {
        return raw == null ? null : raw.toString();
    }

    static Integer integerOf(String name, Object raw) {
        if (raw == null || raw instanceof Integer) {
            return (Integer) raw;
        }
        if (raw instanceof Number n) {
            if (n.doubleValue() != n.intValue()) {
                throw new FlowrouteValidationException(name, "not a whole number");
            }
            return n.intValue();
        }
        try {
            return Integer.valueOf(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new FlowrouteValidationException(name, "not a whole number");
        }
    }

    static BigDecimal decimalOf(String name, Object raw) {
        if (raw == null || raw instanceof BigDecimal) {
            return (BigDecimal) raw;
        }
        if (raw instanceof Double || raw instanceof Float) {
            return BigDecimal.valueOf(((Number) raw).doubleValue());
        }
        try {
            return new BigDecimal(raw.toString().trim());
        } catch (NumberFormatException e) {
            throw new FlowrouteValidationException(name, "not a number");
        }
    }

    static Boolean boolOf(String name, Object raw) {
        if (raw == null || raw instanceof Boolean) {
            return (Boolean) raw;
        }
        String text = raw.toString().trim();
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.valueOf(text);
        }
        throw new FlowrouteValidationException(name, "expected true or false");
    }

    static Instant instantOf(String name, Object raw) {
        if (raw == null || raw instanceof Instant) {
            return (Instant) raw;
        } else if (raw instanceof Date d) {
            return d.toInstant();
        } else if (raw instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (raw instanceof ZonedDateTime z) {
            return z.toInstant();
        } else if (raw instanceof LocalDate ld) {
            return ld.atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (raw instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        } else if (raw instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        String text = raw.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return FlexibleInstantDeserializer.parse(text);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new FlowrouteValidationException(name, "not an ISO 8601 date or date-time: " + text);
        }
    }

    static List<String> listOf(Object raw) {
        if (raw == null) {
            // the common case (an SMS has no media): one shared empty list, which the message keeps without a copy
            return List.of();
        }
        List<String> result = new ArrayList<>();
        if (raw instanceof Collection<?> c) {
            c.forEach(v -> addSplit(result, String.valueOf(v)));
        } else if (raw instanceof Object[] a) {
            for (Object v : a) {
                addSplit(result, String.valueOf(v));
            }
        } else if (raw != null) {
            addSplit(result, raw.toString());
        }
        return result;
    }

    private static void addSplit(List<String> into, String text) {
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                into.add(part.trim());
            }
        }
    }
}
