package io.github.camelflowroute.buildtools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * What the Endpoint DSL needs from a component JSON: the component's names, its endpoint options ({@code properties})
 * and its headers, in the file's order.
 *
 * @param scheme         the URI scheme, for example {@code flowroute}
 * @param title          the component's title, for example {@code Flowroute}
 * @param description    the component's description
 * @param syntax         the URI syntax, for example {@code flowroute:operation}
 * @param componentClass the component's class, fully qualified
 * @param artifactId     the Maven artifactId of the component
 * @param pathOptions    the path parameters (set through the path text, not by builder methods)
 * @param options        the query parameters, each one builder method (or two: typed and text)
 * @param headers        the headers the component reads or writes
 */
public record EndpointDslModel(String scheme, String title, String description, String syntax, String componentClass,
                               String artifactId, List<Option> pathOptions, List<Option> options,
                               List<Header> headers) {

    public EndpointDslModel {
        pathOptions = List.copyOf(pathOptions);
        options = List.copyOf(options);
        headers = List.copyOf(headers);
    }

    /** The package of the generated classes: the component's package plus {@code .dsl}. */
    public String dslPackage() {
        int dot = componentClass.lastIndexOf('.');
        return (dot < 0 ? "" : componentClass.substring(0, dot) + ".") + "dsl";
    }

    /** The simple name the generated types start with: the component class's, less {@code Component}. */
    public String baseName() {
        String simple = componentClass.substring(componentClass.lastIndexOf('.') + 1);
        return simple.endsWith("Component") && simple.length() > "Component".length()
                ? simple.substring(0, simple.length() - "Component".length()) : simple;
    }

    /** The method name of the scheme in the builders mixin: the scheme as a Java identifier. */
    public String schemeMethod() {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : scheme.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                s.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return s.toString();
    }

    /**
     * One endpoint option.
     *
     * @param name         the option name, for example {@code secretKey}
     * @param type         the JSON schema type: {@code string}, {@code boolean}, {@code integer}, {@code duration}, ...
     * @param javaType     the Java type, as the JSON names it
     * @param label        the option's labels, for example {@code consumer,advanced}
     * @param description  the description
     * @param defaultValue the default, or {@code null}
     * @param required     whether it is required
     * @param secret       whether it holds a secret
     * @param deprecated   whether it is deprecated
     * @param multiValue   whether it takes several prefixed keys ({@code prefix}) instead of one value
     * @param prefix       the prefix of a multi-value option's keys, or an empty text
     */
    public record Option(String name, String type, String javaType, String label, String description,
                         Object defaultValue, boolean required, boolean secret, boolean deprecated, boolean multiValue,
                         String prefix) {

        private boolean hasLabel(String wanted) {
            for (String l : label.split(",")) {
                if (l.strip().equals(wanted)) {
                    return true;
                }
            }
            return false;
        }

        public boolean consumer() {
            return hasLabel("consumer") && !hasLabel("producer");
        }

        public boolean producer() {
            return hasLabel("producer") && !hasLabel("consumer");
        }

        public boolean common() {
            return !consumer() && !producer();
        }

        public boolean advanced() {
            return hasLabel("advanced");
        }

        /** Whether the Java type is text: then the typed method is the only one. */
        public boolean text() {
            return "java.lang.String".equals(javaType) || "String".equals(javaType);
        }
    }

    /**
     * One header.
     *
     * @param name        the header name, for example {@code CamelFlowrouteMessageId}
     * @param javaType    its Java type
     * @param label       where it applies ({@code producer}, {@code consumer} or empty)
     * @param description the description
     */
    public record Header(String name, String javaType, String label, String description) {

        /** The method of the header-name builder: the name less a leading {@code Camel}, first letter lower case. */
        public String method() {
            String n = name.startsWith("Camel") && name.length() > 5 ? name.substring(5) : name;
            StringBuilder s = new StringBuilder();
            boolean upper = false;
            for (char c : n.toCharArray()) {
                if (Character.isLetterOrDigit(c)) {
                    s.append(s.isEmpty() ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                    upper = false;
                } else {
                    upper = !s.isEmpty();
                }
            }
            return s.toString();
        }
    }

    /** Reads the model from the text of a component JSON. */
    public static EndpointDslModel parse(String json) {
        JsonObject root;
        try {
            root = (JsonObject) Jsoner.deserialize(json);
        } catch (DeserializationException | ClassCastException e) {
            throw new IllegalArgumentException("not a component JSON object: " + e.getMessage(), e);
        }
        JsonObject component = object(root, "component");
        List<Option> path = new ArrayList<>();
        List<Option> query = new ArrayList<>();
        for (Map.Entry<String, Object> e : object(root, "properties").entrySet()) {
            JsonObject p = (JsonObject) e.getValue();
            Option o = new Option(e.getKey(), p.getStringOrDefault("type", "object"),
                    required(p, "javaType", e.getKey()), p.getStringOrDefault("label", ""),
                    p.getStringOrDefault("description", ""), p.get("defaultValue"),
                    Boolean.TRUE.equals(p.getBoolean("required")), Boolean.TRUE.equals(p.getBoolean("secret")),
                    Boolean.TRUE.equals(p.getBoolean("deprecated")), Boolean.TRUE.equals(p.getBoolean("multiValue")),
                    p.getStringOrDefault("prefix", ""));
            ("path".equals(p.getString("kind")) ? path : query).add(o);
        }
        List<Header> headers = new ArrayList<>();
        JsonObject h = root.getMap("headers") == null ? new JsonObject() : object(root, "headers");
        for (Map.Entry<String, Object> e : h.entrySet()) {
            JsonObject p = (JsonObject) e.getValue();
            headers.add(new Header(e.getKey(), p.getStringOrDefault("javaType", "Object"),
                    p.getStringOrDefault("label", ""), p.getStringOrDefault("description", "")));
        }
        return new EndpointDslModel(required(component, "scheme", "component"),
                required(component, "title", "component"), component.getStringOrDefault("description", ""),
                required(component, "syntax", "component"), required(component, "javaType", "component"),
                component.getStringOrDefault("artifactId", ""), path, query, headers);
    }

    private static JsonObject object(JsonObject parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof JsonObject o)) {
            throw new IllegalArgumentException("no \"" + key + "\" object");
        }
        return o;
    }

    private static String required(JsonObject o, String key, String where) {
        String value = o.getString(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " has no \"" + key + "\"");
        }
        return value;
    }
}
