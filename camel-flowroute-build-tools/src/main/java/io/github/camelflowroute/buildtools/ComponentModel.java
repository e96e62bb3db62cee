package io.github.camelflowroute.buildtools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * What the docs need from a component JSON as {@code camel-package-maven-plugin} writes it: the component's names
 * and the three option lists, each in the file's order (which is the generator's order: by group, then name).
 *
 * @param scheme              the URI scheme, for example {@code flowroute}
 * @param title               the component's title, for example {@code Flowroute}
 * @param syntax              the endpoint syntax, for example {@code flowroute:operation}
 * @param componentProperties the options of the component itself
 * @param headers             the message headers
 * @param endpointProperties  the endpoint's path and query parameters
 */
public record ComponentModel(String scheme, String title, String syntax, List<Option> componentProperties,
                             List<Option> headers, List<Option> endpointProperties) {

    public ComponentModel {
        componentProperties = List.copyOf(componentProperties);
        headers = List.copyOf(headers);
        endpointProperties = List.copyOf(endpointProperties);
    }

    /**
     * One option or header.
     *
     * @param name         the option's name, or the header's name
     * @param kind         {@code property} (component), {@code path} or {@code parameter} (endpoint), {@code header}
     * @param group        the group the generator put it in, for example {@code producer (advanced)}
     * @param required     whether it must be set
     * @param type         the generator's type name ({@code string}, {@code duration}, {@code enum}, ...), may be
     *                     empty (headers have none)
     * @param javaType     the Java type, fully qualified
     * @param enumValues   the allowed values of an enum, else empty
     * @param deprecated   whether it is deprecated
     * @param secret       whether it holds a secret
     * @param autowired    whether Camel fills it from the registry
     * @param defaultValue the default as text, or {@code null}
     * @param description  the description
     * @param constantName for a header, the Java constant ({@code a.b.Constants#NAME}), else {@code null}
     */
    public record Option(String name, String kind, String group, boolean required, String type, String javaType,
                         List<String> enumValues, boolean deprecated, boolean secret, boolean autowired,
                         String defaultValue, String description, String constantName) {

        public Option {
            enumValues = List.copyOf(enumValues);
        }

        /** Whether this is a path parameter of the endpoint. */
        public boolean isPath() {
            return "path".equals(kind);
        }
    }

    /** Reads a component JSON. */
    public static ComponentModel parse(String json) {
        JsonObject root;
        try {
            root = (JsonObject) Jsoner.deserialize(json);
        } catch (DeserializationException | ClassCastException e) {
            throw new IllegalArgumentException("Not a component JSON object: " + e.getMessage(), e);
        }
        JsonObject component = root.get("component") instanceof JsonObject c ? c : null;
        if (component == null) {
            throw new IllegalArgumentException("The JSON has no \"component\" object; is it a Camel component JSON?");
        }
        return new ComponentModel(
                component.getString("scheme"),
                component.getString("title"),
                component.getString("syntax"),
                options(root, "componentProperties"),
                options(root, "headers"),
                options(root, "properties"));
    }

    private static List<Option> options(JsonObject root, String key) {
        List<Option> result = new ArrayList<>();
        Object section = root.get(key);
        if (!(section instanceof Map<?, ?> map)) {
            return result;
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getValue() instanceof JsonObject o)) {
                throw new IllegalArgumentException(key + "." + e.getKey() + " is not an object");
            }
            result.add(new Option(
                    String.valueOf(e.getKey()),
                    text(o, "kind"),
                    text(o, "group"),
                    flag(o, "required"),
                    text(o, "type"),
                    text(o, "javaType"),
                    enumValues(o),
                    flag(o, "deprecated"),
                    flag(o, "secret"),
                    flag(o, "autowired"),
                    o.containsKey("defaultValue") && o.get("defaultValue") != null ? String.valueOf(o.get("defaultValue")) : null,
                    text(o, "description"),
                    o.get("constantName") == null ? null : String.valueOf(o.get("constantName"))));
        }
        return result;
    }

    private static List<String> enumValues(JsonObject o) {
        List<String> values = new ArrayList<>();
        if (o.get("enum") instanceof JsonArray array) {
            for (Object v : array) {
                values.add(String.valueOf(v));
            }
        }
        return values;
    }

    private static String text(JsonObject o, String key) {
        Object v = o.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private static boolean flag(JsonObject o, String key) {
        Object v = o.get(key);
        return v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v));
    }
}
