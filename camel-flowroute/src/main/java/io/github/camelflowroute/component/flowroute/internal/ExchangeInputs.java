package io.github.camelflowroute.component.flowroute.internal;

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

import io.github.camelflowroute.component.flowroute.FlowrouteConstants;
import io.github.camelflowroute.component.flowroute.client.FlowrouteValidationException;
import io.github.camelflowroute.component.flowroute.model.FlexibleInstantDeserializer;
import io.github.camelflowroute.component.flowroute.model.RouteType;
import org.apache.camel.Exchange;
import org.apache.camel.TypeConversionException;

/** Reads one input: the header when the message has it, the endpoint option otherwise. */
final class ExchangeInputs {

    private ExchangeInputs() {
    }

    static String text(Exchange exchange, String header, String option) {
        Object value = exchange.getMessage().getHeader(header);
        return value != null ? value.toString() : option;
    }

    static Integer integer(Exchange exchange, String header, String field, Integer option) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return option;
        }
        try {
            return exchange.getContext().getTypeConverter().mandatoryConvertTo(Integer.class, exchange, value);
        } catch (TypeConversionException | org.apache.camel.NoTypeConversionAvailableException e) {
            throw new FlowrouteValidationException(field, "not a whole number");
        }
    }

    /** An amount from a header holding a number or its text, or from the option. */
    static BigDecimal decimal(Exchange exchange, String header, String field, Double option) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return option == null ? null : BigDecimal.valueOf(option);
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new FlowrouteValidationException(field, "not a number");
        }
    }

    /** A route type from a header holding a {@link RouteType} or its name, or from the option. */
    static RouteType routeType(Exchange exchange, RouteType option) {
        Object value = exchange.getMessage().getHeader(FlowrouteConstants.ROUTE_TYPE);
        if (value == null || value instanceof RouteType) {
            return value == null ? option : (RouteType) value;
        }
        try {
            return RouteType.fromText(value.toString());
        } catch (IllegalArgumentException e) {
            throw new FlowrouteValidationException("routeType", "expected one of host, sip-reg, uri, number");
        }
    }

    static Boolean bool(Exchange exchange, String header, String field, Boolean option) {
        Object value = exchange.getMessage().getHeader(header);
        if (value == null) {
            return option;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return Boolean.valueOf(text);
        }
        throw new FlowrouteValidationException(field, "expected true or false");
    }

    /** A list from a header holding a collection, an array or comma-separated text; else the option's text. */
    static List<String> list(Exchange exchange, String header, String option) {
        Object value = exchange.getMessage().getHeader(header);
        List<String> result = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> addSplit(result, String.valueOf(v)));
        } else if (value instanceof Object[] a) {
            for (Object v : a) {
                addSplit(result, String.valueOf(v));
            }
        } else if (value != null) {
            addSplit(result, value.toString());
        } else if (option != null) {
            addSplit(result, option);
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

    /**
     * A point in time from a header (Instant, Date, OffsetDateTime, ZonedDateTime, LocalDate, LocalDateTime, epoch
     * milliseconds or ISO 8601 text) or from the option's text; date-times without zone are UTC.
     */
    static Instant instant(Exchange exchange, String header, String field, String option) {
        Object value = exchange.getMessage().getHeader(header);
        Object source = value != null ? value : option;
        if (source == null) {
            return null;
        }
        if (source instanceof Instant i) {
            return i;
        } else if (source instanceof Date d) {
            return d.toInstant();
        } else if (source instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (source instanceof ZonedDateTime z) {
            return z.toInstant();
        } else if (source instanceof LocalDate ld) {
            return ld.atStartOfDay(ZoneOffset.UTC).toInstant();
        } else if (source instanceof LocalDateTime ldt) {
            return ldt.toInstant(ZoneOffset.UTC);
        } else if (source instanceof Number n) {
            return Instant.ofEpochMilli(n.longValue());
        }
        String text = source.toString().trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return FlexibleInstantDeserializer.parse(text);
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new FlowrouteValidationException(field, "not an ISO 8601 date or date-time: " + text);
        }
    }
}
