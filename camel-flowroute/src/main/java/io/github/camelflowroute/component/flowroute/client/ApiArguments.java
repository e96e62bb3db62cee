package io.github.camelflowroute.component.flowroute.client;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inputs of one call, by the names its {@link ApiOperation} declares ({@code number}, {@code limit}, ...), plus
 * the body model when one was given. Values are raw (text, numbers, enums, dates) until the client checks them; the
 * checked copy holds each input in the form the API takes.
 */
public final class ApiArguments {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private Object body;

    /** No inputs. */
    public static ApiArguments none() {
        return new ApiArguments();
    }

    /** One input. */
    public static ApiArguments of(String name, Object value) {
        return new ApiArguments().with(name, value);
    }

    /** Sets an input; {@code null} leaves it absent. */
    public ApiArguments with(String name, Object value) {
        if (value == null) {
            values.remove(name);
        } else {
            values.put(name, value);
        }
        return this;
    }

    /** Sets the body model (a model record of the operation, or a value it documents). */
    public ApiArguments withBody(Object model) {
        this.body = model;
        return this;
    }

    /** The value of an input, or {@code null}. */
    public Object get(String name) {
        return values.get(name);
    }

    /** The value of an input as the given type (the checked form), or {@code null}. */
    public <T> T get(String name, Class<T> type) {
        return type.cast(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The body model, or {@code null}. */
    public Object body() {
        return body;
    }

    /** The body model when it is of the given type, else {@code null}. */
    public <T> T body(Class<T> type) {
        return type.isInstance(body) ? type.cast(body) : null;
    }

    @Override
    public String toString() {
        // values can be phone numbers or message text: names only
        return "ApiArguments" + values.keySet() + (body == null ? "" : "+body");
    }
}
