package io.github.camelflowroute.component.flowroute.client;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * One flat JSON object written straight into bytes, for the body every send has. Text values are escaped by Jackson's
 * own encoder, so the bytes are those Jackson's generator writes; but there is no generator, no buffer taken from
 * Jackson's recycler and given back, only the array that grows and one copy at the end.
 */
final class CompactJson {

    private static final JsonStringEncoder ENCODER = JsonStringEncoder.getInstance();

    private byte[] bytes;
    private int size;
    private boolean members;

    CompactJson(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
        bytes[size++] = '{';
    }

    /** A member with a text value. */
    CompactJson string(String name, String value) {
        name(name);
        quoted(value);
        return this;
    }

    /** A member with an array of texts. */
    CompactJson strings(String name, List<String> values) {
        name(name);
        put('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                put(',');
            }
            quoted(values.get(i));
        }
        put(']');
        return this;
    }

    /** A member with a boolean value. */
    CompactJson bool(String name, boolean value) {
        name(name);
        ascii(value ? "true" : "false");
        return this;
    }

    /** The object, closed. */
    byte[] end() {
        put('}');
        return Arrays.copyOf(bytes, size);
    }

    // member names are the API's field names, constants in plain ASCII: they need no escaping
    private void name(String name) {
        if (members) {
            put(',');
        }
        members = true;
        put('"');
        ascii(name);
        put('"');
        put(':');
    }

    private void quoted(String value) {
        byte[] escaped = ENCODER.quoteAsUTF8(value);
        put('"');
        room(escaped.length);
        System.arraycopy(escaped, 0, bytes, size, escaped.length);
        size += escaped.length;
        put('"');
    }

    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            bytes[size++] = (byte) text.charAt(i);
        }
    }

    private void put(char c) {
        room(1);
        bytes[size++] = (byte) c;
    }

    private void room(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
