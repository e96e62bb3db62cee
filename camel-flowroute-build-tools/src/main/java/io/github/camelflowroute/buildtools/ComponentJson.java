package io.github.camelflowroute.buildtools;

import java.util.List;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.JsonMapper;
import org.apache.camel.util.json.JsonObject;

/**
 * Reads a component JSON, as {@code camel-package-maven-plugin} writes it, into Camel's own {@link ComponentModel}
 * (its options in the file's order), and derives from it what the generated code is named after.
 */
final class ComponentJson {

    private ComponentJson() {
    }

    /**
     * Reads the text of a component JSON.
     *
     * @throws IllegalArgumentException when the text is no component JSON
     */
    static ComponentModel parse(String json) {
        JsonObject root;
        try {
            root = JsonMapper.deserialize(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
        if (root == null || !(root.get("component") instanceof JsonObject component)) {
            throw new IllegalArgumentException("the JSON has no \"component\" object; is it a Camel component JSON?");
        }
        if (text(component.getString("scheme")).isBlank()) {
            throw new IllegalArgumentException("the component names no scheme");
        }
        return JsonMapper.generateComponentModel(root);
    }

    /** The simple name generated types start with: the component class's, less {@code Component}. */
    static String baseName(ComponentModel model) {
        String type = componentClass(model);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return simple.endsWith("Component") && simple.length() > "Component".length()
                ? simple.substring(0, simple.length() - "Component".length()) : simple;
    }

    /** A package next to the component's: {@code a.b.X} and {@code dsl} give {@code a.b.dsl}. */
    static String siblingPackage(ComponentModel model, String name) {
        String type = componentClass(model);
        int dot = type.lastIndexOf('.');
        return (dot < 0 ? "" : type.substring(0, dot) + ".") + name;
    }

    private static String componentClass(ComponentModel model) {
        if (text(model.getJavaType()).isBlank()) {
            throw new IllegalArgumentException("the component names no javaType");
        }
        return model.getJavaType();
    }

    /** The text, or an empty text for none: Camel's model leaves what the JSON lacks {@code null}. */
    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The allowed values of an enum option, else an empty list. */
    static List<String> enums(BaseOptionModel option) {
        return option.getEnums() == null ? List.of() : option.getEnums();
    }

    /** Whether the option's comma-separated labels include the one wanted. */
    static boolean hasLabel(BaseOptionModel option, String wanted) {
        for (String label : text(option.getLabel()).split(",")) {
            if (label.strip().equals(wanted)) {
                return true;
            }
        }
        return false;
    }
}
