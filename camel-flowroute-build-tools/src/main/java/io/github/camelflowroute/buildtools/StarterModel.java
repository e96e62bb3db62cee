package io.github.camelflowroute.buildtools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * What a Spring Boot starter needs from a component JSON: the component's names and its component-level options
 * ({@code componentProperties}), each with the Spring property name and the Java type the starter binds it to.
 *
 * @param scheme         the URI scheme, for example {@code flowroute}
 * @param title          the component's title, for example {@code Flowroute}
 * @param description    the component's description
 * @param componentClass the component's class, fully qualified
 * @param options        the component-level options, in the file's order
 */
public record StarterModel(String scheme, String title, String description, String componentClass,
                           List<StarterOption> options) {

    public StarterModel {
        options = List.copyOf(options);
    }

    /** The Spring Boot property prefix, for example {@code camel.component.flowroute}. */
    public String prefix() {
        return "camel.component." + scheme;
    }

    /** The package of the starter's classes: the component's package plus {@code .springboot}, as Camel does. */
    public String starterPackage() {
        int dot = componentClass.lastIndexOf('.');
        return (dot < 0 ? "" : componentClass.substring(0, dot) + ".") + "springboot";
    }

    /** The simple name the starter's classes start with: the component class's, less {@code Component}. */
    public String baseName() {
        String simple = componentClass.substring(componentClass.lastIndexOf('.') + 1);
        return simple.endsWith("Component") && simple.length() > "Component".length()
                ? simple.substring(0, simple.length() - "Component".length()) : simple;
    }

    public String configurationClass() {
        return baseName() + "ComponentConfiguration";
    }

    public String converterClass() {
        return baseName() + "ComponentConverter";
    }

    /** The options marked {@code secret}. */
    public List<StarterOption> secrets() {
        return options.stream().filter(StarterOption::secret).toList();
    }

    /** The distinct types of the options set by bean reference, in the options' order. */
    public List<String> beanReferenceTypes() {
        return options.stream().filter(StarterOption::beanReference).map(StarterOption::rawType).distinct().toList();
    }

    /**
     * One component-level option, as the starter binds it.
     *
     * @param name            the Camel option name, for example {@code secretKey}
     * @param type            the generator's type name: {@code string}, {@code boolean}, {@code integer},
     *                        {@code number}, {@code duration}, {@code enum}, {@code object}, ...
     * @param javaType        the component's Java type, as the JSON names it
     * @param group           the option's group, for example {@code security}
     * @param required        whether the component requires it (here or on each endpoint)
     * @param secret          whether it holds a secret
     * @param deprecated      whether it is deprecated
     * @param deprecationNote why, or an empty text
     * @param autowired       whether Camel fills it from the registry
     * @param defaultValue    the default as the JSON has it: a String, Boolean or Number, or {@code null}
     * @param enumValues      the allowed values of an enum
     * @param description     the description
     */
    public record StarterOption(String name, String type, String javaType, String group, boolean required,
                                boolean secret, boolean deprecated, String deprecationNote, boolean autowired,
                                Object defaultValue, List<String> enumValues, String description) {

        private static final Set<String> SIMPLE_JAVA_TYPES = Set.of(
                "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
                "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Object",
                "boolean", "int", "long", "double", "float", "short", "byte", "char", "String");

        public StarterOption {
            enumValues = List.copyOf(enumValues);
        }

        /** The Spring Boot name of the option: {@code secretKey} becomes {@code secret-key}, as Spring dashes names. */
        public String springName() {
            return dashed(name);
        }

        /**
         * The Java type of the starter's field. Durations are text, so that everything Camel reads as a duration
         * ({@code 30000}, {@code 30s}, {@code 1m30s}, {@code PT30S}) works in properties too; Camel converts it.
         */
        public String fieldType() {
            String jt = sourceType(javaType);
            switch (type) {
                case "boolean":
                    return "java.lang.Boolean";
                case "integer":
                    return switch (jt) {
                        case "long", "java.lang.Long" -> "java.lang.Long";
                        case "short", "java.lang.Short" -> "java.lang.Short";
                        case "byte", "java.lang.Byte" -> "java.lang.Byte";
                        default -> "java.lang.Integer";
                    };
                case "number":
                    return switch (jt) {
                        case "float", "java.lang.Float" -> "java.lang.Float";
                        case "double", "java.lang.Double" -> "java.lang.Double";
                        default -> jt.isEmpty() ? "java.lang.Double" : box(jt);
                    };
                case "duration":
                case "string":
                    return "char".equals(jt) || "java.lang.Character".equals(jt) ? "java.lang.Character" : "java.lang.String";
                case "enum":
                    return jt.isEmpty() || "java.lang.String".equals(jt) || "String".equals(jt) ? "java.lang.String" : jt;
                default:
                    return jt.isEmpty() ? "java.lang.Object" : box(jt);
            }
        }

        /** The field type without type arguments. */
        public String rawType() {
            String t = fieldType();
            int lt = t.indexOf('<');
            return lt < 0 ? t : t.substring(0, lt);
        }

        /** Whether the option takes a bean, given in properties as {@code #bean:name} or {@code #name}. */
        public boolean beanReference() {
            return "object".equals(type) && !SIMPLE_JAVA_TYPES.contains(rawType()) && !rawType().endsWith("[]");
        }

        /** The default in the form the Spring metadata shows, or {@code null}. */
        public Object springDefault() {
            if (defaultValue == null || "".equals(defaultValue)) {
                return null;
            }
            if ("duration".equals(type)) {
                return durationText(String.valueOf(defaultValue));
            }
            if ("boolean".equals(type)) {
                return defaultValue instanceof Boolean ? defaultValue : Boolean.valueOf(String.valueOf(defaultValue));
            }
            if (("integer".equals(type) || "number".equals(type)) && !(defaultValue instanceof Number)) {
                try {
                    return "integer".equals(type) ? (Object) Long.valueOf(String.valueOf(defaultValue))
                            : (Object) Double.valueOf(String.valueOf(defaultValue));
                } catch (NumberFormatException e) {
                    return String.valueOf(defaultValue);
                }
            }
            return defaultValue;
        }
    }

    /** Reads a component JSON. */
    public static StarterModel parse(String json) {
        JsonObject root;
        try {
            root = (JsonObject) Jsoner.deserialize(json);
        } catch (DeserializationException | ClassCastException e) {
            throw new IllegalArgumentException("Not a component JSON object: " + e.getMessage(), e);
        }
        if (!(root.get("component") instanceof JsonObject component)) {
            throw new IllegalArgumentException("The JSON has no \"component\" object; is it a Camel component JSON?");
        }
        String componentClass = text(component, "javaType");
        if (componentClass.isEmpty() || text(component, "scheme").isEmpty()) {
            throw new IllegalArgumentException("The component JSON names no scheme or no javaType");
        }
        List<StarterOption> options = new ArrayList<>();
        if (root.get("componentProperties") instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getValue() instanceof JsonObject o)) {
                    throw new IllegalArgumentException("componentProperties." + e.getKey() + " is not an object");
                }
                List<String> values = new ArrayList<>();
                if (o.get("enum") instanceof JsonArray array) {
                    array.forEach(v -> values.add(String.valueOf(v)));
                }
                options.add(new StarterOption(String.valueOf(e.getKey()), text(o, "type"), text(o, "javaType"),
                        text(o, "group"), flag(o, "required"), flag(o, "secret"), flag(o, "deprecated"),
                        text(o, "deprecationNote"), flag(o, "autowired"), o.get("defaultValue"), values,
                        text(o, "description")));
            }
        }
        return new StarterModel(text(component, "scheme"), text(component, "title"), text(component, "description"),
                componentClass, options);
    }

    /** Spring's dashed form of a camel-case name: every upper-case letter becomes {@code -} and its lower case. */
    public static String dashed(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** A millisecond count as the shortest exact duration text ({@code 30000} is {@code 30s}); other text as is. */
    static String durationText(String millis) {
        long ms;
        try {
            ms = Long.parseLong(millis.strip());
        } catch (NumberFormatException e) {
            return millis;
        }
        if (ms != 0 && ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms != 0 && ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        if (ms != 0 && ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }

    /** A Java type as source code names it: nested classes with dots. */
    static String sourceType(String javaType) {
        return javaType == null ? "" : javaType.replace('$', '.').strip();
    }

    private static String box(String type) {
        return switch (type) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "double" -> "java.lang.Double";
            case "float" -> "java.lang.Float";
            case "short" -> "java.lang.Short";
            case "byte" -> "java.lang.Byte";
            case "char" -> "java.lang.Character";
            default -> type;
        };
    }

    private static String text(JsonObject o, String key) {
        Object v = o.get(key);
        return v == null ? "" : String.valueOf(v);
    }

    private static boolean flag(JsonObject o, String key) {
        Object v = o.get(key);
        return v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v).toLowerCase(Locale.ROOT));
    }
}
