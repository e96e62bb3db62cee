package io.github.camelflowroute.component.flowroute.client;

import java.util.Objects;
import java.util.function.Function;

/**
 * One input of an {@link ApiOperation}: its name (which is also the endpoint option {@code name} and the header
 * {@code CamelFlowrouteName} on the Camel side), where it goes on the wire, and how a raw value is checked and put
 * in the API's form. A check throws {@link FlowrouteValidationException} naming the input; it gets {@code null} for
 * an absent input and returns {@code null} to leave it out.
 */
public final class ApiInput {

    /** Where the checked value goes. */
    public enum Place {
        /** A {@code {name}} segment of the path template. */
        PATH,
        /** A query parameter. */
        QUERY,
        /** Read by the operation's request writer (a body field, or a choice of variant). */
        BODY
    }

    private final String name;
    private final Place place;
    private final String wireName;
    private final boolean filter;
    private final boolean bound;
    private final String type;
    private final Function<Object, Object> check;
    private final Function<Object, String> wire;

    private ApiInput(String name, Place place, String wireName, boolean filter, boolean bound, String type,
            Function<Object, Object> check, Function<Object, String> wire) {
        this.name = Objects.requireNonNull(name);
        this.place = place;
        this.wireName = wireName;
        this.filter = filter;
        this.bound = bound;
        this.type = type;
        this.check = check;
        this.wire = wire;
    }

    /** An input of the given name checked by {@code check}, read by the request writer until placed elsewhere. */
    static ApiInput of(String name, String type, Function<Object, Object> check) {
        return new ApiInput(name, Place.BODY, name, false, true, type, check, String::valueOf);
    }

    /** This input as a path segment {@code {name}}. */
    ApiInput inPath() {
        return new ApiInput(name, Place.PATH, name, filter, bound, type, check, wire);
    }

    /** This input as the query parameter {@code parameter}. */
    ApiInput inQuery(String parameter) {
        return new ApiInput(name, Place.QUERY, parameter, filter, bound, type, check, wire);
    }

    /** This input shapes what a polling consumer reads, so it belongs in the consumer's default state key. */
    ApiInput filter() {
        return new ApiInput(name, place, wireName, true, bound, type, check, wire);
    }

    /** This input comes only from the body (no header or endpoint option of its own). */
    ApiInput bodyOnly() {
        return new ApiInput(name, place, wireName, filter, false, type, check, wire);
    }

    /** This input, required. */
    ApiInput required() {
        Function<Object, Object> inner = check;
        return new ApiInput(name, place, wireName, filter, bound, type, raw -> {
            Object value = inner.apply(raw);
            if (value == null) {
                throw new FlowrouteValidationException(name, "is required");
            }
            return value;
        }, wire);
    }

    /** This input written on the wire by {@code toWire} rather than its text. */
    ApiInput wire(Function<Object, String> toWire) {
        return new ApiInput(name, place, wireName, filter, bound, type, check, toWire);
    }

    /** The checked value's text on the wire. */
    String toWire(Object checked) {
        return wire.apply(checked);
    }

    /** Checks and normalises a raw value. */
    Object check(Object raw) {
        return check.apply(raw);
    }

    public String name() {
        return name;
    }

    public Place place() {
        return place;
    }

    /** The query parameter or path segment name. */
    public String wireName() {
        return wireName;
    }

    /** Whether the input narrows what a list reads (a polling consumer's state key names it). */
    public boolean isFilter() {
        return filter;
    }

    /** Whether the input has a header and an endpoint option of its own; otherwise only the body gives it. */
    public boolean isBound() {
        return bound;
    }

    /** The Java type users give (for documentation): {@code String}, {@code Integer}, ... */
    public String type() {
        return type;
    }

    @Override
    public String toString() {
        return name;
    }
}
