package io.github.camelflowroute.component.flowroute.model;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads the timestamp forms Flowroute uses: ISO 8601 with {@code Z} or an offset and any number of fraction
 * digits, a date-time without zone (taken as UTC), a plain date, or epoch milliseconds. Works without Jackson's
 * JSR-310 module, so the model types map with any {@code ObjectMapper}.
 */
public final class FlexibleInstantDeserializer extends StdScalarDeserializer<Instant> {

    public FlexibleInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return Instant.ofEpochMilli(p.getLongValue());
        }
        String text = p.getValueAsString();
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text.trim());
        } catch (DateTimeParseException e) {
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO 8601 timestamp");
        }
    }

    /** Parses one of the accepted timestamp forms; throws {@link DateTimeParseException} otherwise. */
    public static Instant parse(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        char last = text.charAt(text.length() - 1);
        if (last == 'Z' || last == 'z' || hasOffset(text)) {
            return OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
        }
        return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    private static boolean hasOffset(String text) {
        int t = text.indexOf('T') >= 0 ? text.indexOf('T') : text.indexOf(' ');
        return t > 0 && (text.indexOf('+', t) > 0 || text.indexOf('-', t) > 0);
    }
}
