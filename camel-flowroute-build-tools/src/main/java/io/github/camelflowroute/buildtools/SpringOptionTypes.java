package io.github.camelflowroute.buildtools;

import java.util.Set;

import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;

import static io.github.camelflowroute.buildtools.ComponentJson.text;

/**
 * How the Spring Boot starter binds a component option: its Spring property name, the Java type of its field, whether
 * it takes a bean reference, and its default as Spring's metadata shows it.
 */
final class SpringOptionTypes {

    private static final Set<String> SIMPLE_JAVA_TYPES = Set.of(
            "java.lang.String", "java.lang.Boolean", "java.lang.Integer", "java.lang.Long", "java.lang.Double",
            "java.lang.Float", "java.lang.Short", "java.lang.Byte", "java.lang.Character", "java.lang.Object",
            "boolean", "int", "long", "double", "float", "short", "byte", "char", "String");

    private SpringOptionTypes() {
    }

    /** The Spring Boot name of the option: {@code secretKey} becomes {@code secret-key}, as Spring dashes names. */
    static String springName(ComponentOptionModel o) {
        return dashed(o.getName());
    }

    /**
     * The Java type of the starter's field. Durations are text, so that everything Camel reads as a duration
     * ({@code 30000}, {@code 30s}, {@code 1m30s}, {@code PT30S}) works in properties too; Camel converts it.
     */
    static String fieldType(ComponentOptionModel o) {
        String jt = sourceType(o.getJavaType());
        switch (text(o.getType())) {
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
                return "char".equals(jt) || "java.lang.Character".equals(jt) ? "java.lang.Character"
                        : "java.lang.String";
            case "enum":
                return jt.isEmpty() || "java.lang.String".equals(jt) || "String".equals(jt) ? "java.lang.String" : jt;
            default:
                return jt.isEmpty() ? "java.lang.Object" : box(jt);
        }
    }

    /** The field type without type arguments. */
    static String rawType(ComponentOptionModel o) {
        String t = fieldType(o);
        int lt = t.indexOf('<');
        return lt < 0 ? t : t.substring(0, lt);
    }

    /** Whether the option takes a bean, given in properties as {@code #bean:name} or {@code #name}. */
    static boolean beanReference(ComponentOptionModel o) {
        return "object".equals(o.getType()) && !SIMPLE_JAVA_TYPES.contains(rawType(o)) && !rawType(o).endsWith("[]");
    }

    /** The default in the form the Spring metadata shows, or {@code null}. */
    static Object springDefault(ComponentOptionModel o) {
        Object value = o.getDefaultValue();
        String type = text(o.getType());
        if (value == null || "".equals(value)) {
            return null;
        }
        if ("duration".equals(type)) {
            return durationText(String.valueOf(value));
        }
        if ("boolean".equals(type)) {
            return value instanceof Boolean ? value : Boolean.valueOf(String.valueOf(value));
        }
        if (("integer".equals(type) || "number".equals(type)) && !(value instanceof Number)) {
            try {
                return "integer".equals(type) ? (Object) Long.valueOf(String.valueOf(value))
                        : (Object) Double.valueOf(String.valueOf(value));
            } catch (NumberFormatException e) {
                return String.valueOf(value);
            }
        }
        return value;
    }

    /** Spring's dashed form of a camel-case name: every upper-case letter becomes {@code -} and its lower case. */
    static String dashed(String name) {
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
}
