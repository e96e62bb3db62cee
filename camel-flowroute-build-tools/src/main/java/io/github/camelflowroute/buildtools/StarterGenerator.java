package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelflowroute.buildtools.ToolRun.GeneratedFile;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.ComponentOptionModel;
import org.apache.camel.tooling.model.JsonMapper;

import static io.github.camelflowroute.buildtools.ComponentJson.enums;
import static io.github.camelflowroute.buildtools.ComponentJson.text;
import static io.github.camelflowroute.buildtools.SpringOptionTypes.beanReference;
import static io.github.camelflowroute.buildtools.SpringOptionTypes.fieldType;
import static io.github.camelflowroute.buildtools.SpringOptionTypes.sourceType;
import static io.github.camelflowroute.buildtools.SpringOptionTypes.springDefault;
import static io.github.camelflowroute.buildtools.SpringOptionTypes.springName;

/**
 * Generates the option-dependent parts of a component's Spring Boot starter from its component JSON, so that the
 * starter follows the component's options without a second, hand-kept list:
 * <ul>
 * <li>{@code <Name>ComponentConfiguration}: the {@code camel.component.<scheme>.*} properties, one field per
 * component option, extending camel-spring-boot's {@code ComponentConfigurationPropertiesCommon}</li>
 * <li>{@code <Name>ComponentConverter}: turns {@code #bean:name} / {@code #name} into the bean for the options that
 * take one</li>
 * <li>{@code META-INF/spring-configuration-metadata.json}: what IDEs complete and document</li>
 * </ul>
 * Usage: {@code StarterGenerator <component.json> <java-output-dir> <resources-output-dir>}. A file is written only
 * when its text changes. Like {@link ComponentDocRenderer}, {@link #main} never calls {@code System.exit}.
 */
public final class StarterGenerator {

    private static final String COMMON = "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon";

    private StarterGenerator() {
    }

    public static void main(String[] args) throws IOException {
        ToolRun.failUnlessZero(run(args, System.out), "The starter sources could not be generated");
    }

    /** Runs the tool: 0 on success, 1 when the input is wrong, 2 on a usage error. */
    public static int run(String[] args, PrintStream out) throws IOException {
        return ToolRun.generate("[starter]",
                "StarterGenerator <component.json> <java-output-dir> <resources-output-dir>", args, out,
                (model, dirs) -> {
                    Path javaDir = dirs.get(0).resolve(starterPackage(model).replace('.', '/'));
                    return List.of(
                            new GeneratedFile(javaDir.resolve(configurationClass(model) + ".java"),
                                    configurationSource(model)),
                            new GeneratedFile(javaDir.resolve(converterClass(model) + ".java"), converterSource(model)),
                            new GeneratedFile(dirs.get(1).resolve("META-INF/spring-configuration-metadata.json"),
                                    metadata(model)));
                });
    }

    // ---- names -----------------------------------------------------------------------------------------------------

    /** The Spring Boot property prefix, for example {@code camel.component.flowroute}. */
    static String prefix(ComponentModel model) {
        return "camel.component." + model.getScheme();
    }

    /** The package of the starter's classes: the component's package plus {@code .springboot}, as Camel does. */
    static String starterPackage(ComponentModel model) {
        return ComponentJson.siblingPackage(model, "springboot");
    }

    static String configurationClass(ComponentModel model) {
        return ComponentJson.baseName(model) + "ComponentConfiguration";
    }

    static String converterClass(ComponentModel model) {
        return ComponentJson.baseName(model) + "ComponentConverter";
    }

    /** The distinct types of the options set by bean reference, in the options' order. */
    static List<String> beanReferenceTypes(ComponentModel model) {
        return model.getComponentOptions().stream().filter(SpringOptionTypes::beanReference)
                .map(SpringOptionTypes::rawType).distinct().toList();
    }

    // ---- the configuration class -------------------------------------------------------------------------------

    /** The source of the {@code @ConfigurationProperties} class. */
    public static String configurationSource(ComponentModel model) {
        StringBuilder s = new StringBuilder(16_384);
        s.append("package ").append(starterPackage(model)).append(";\n\n");
        s.append("/**\n");
        javadoc(s, "", "Spring Boot properties of the " + model.getTitle() + " component: {@code " + prefix(model)
                + ".*}. " + text(model.getDescription()));
        s.append(" * <p>\n");
        javadoc(s, "", "Each field is one option of the component. An option left unset keeps the component's own "
                + "default: only the options set in the properties reach the component. Options that take a "
                + "bean are given as a reference, {@code #bean:name} or {@code #name}. Durations take "
                + "milliseconds or a text such as {@code 30s}, {@code 1m30s} or {@code PT30S}.");
        s.append(" * <p>\n");
        javadoc(s, "", ToolRun.generatedNote(StarterGenerator.class, model));
        s.append(" */\n");
        s.append("@org.springframework.boot.context.properties.ConfigurationProperties(prefix = \"")
                .append(prefix(model)).append("\")\n");
        s.append("public class ").append(configurationClass(model)).append(" extends ").append(COMMON).append(" {\n\n");

        s.append("    /** The prefix of these properties. */\n");
        s.append("    public static final String PREFIX = \"").append(prefix(model)).append("\";\n\n");
        s.append("    /** The component's options, by their Camel names, in the order of the component JSON. */\n");
        s.append("    public static final java.util.List<String> OPTIONS = java.util.List.of(")
                .append(quotedList(model.getComponentOptions().stream().map(ComponentOptionModel::getName).toList(), 8))
                .append(");\n\n");
        s.append("    /** The options that hold secrets: masked in {@link #toString()} and in actuator output. */\n");
        s.append("    public static final java.util.List<String> SECRET_OPTIONS = java.util.List.of(")
                .append(quotedList(model.getComponentOptions().stream().filter(ComponentOptionModel::isSecret)
                        .map(ComponentOptionModel::getName).toList(), 8))
                .append(");\n");

        for (ComponentOptionModel o : model.getComponentOptions()) {
            s.append('\n');
            s.append("    /**\n");
            javadoc(s, "    ", fieldDoc(o));
            if (o.isDeprecated()) {
                s.append("     *\n");
                javadoc(s, "    ",
                        "@deprecated " + (text(o.getDeprecationNote()).isBlank() ? "deprecated by the component"
                                : text(o.getDeprecationNote())));
            }
            s.append("     */\n");
            if (o.isDeprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    private ").append(fieldType(o)).append(' ').append(field(o)).append(";\n");
        }

        for (ComponentOptionModel o : model.getComponentOptions()) {
            String cap = capitalized(o.getName());
            s.append('\n');
            if (o.isDeprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    public ").append(fieldType(o)).append(" get").append(cap).append("() {\n");
            s.append("        return ").append(field(o)).append(";\n    }\n\n");
            if (o.isDeprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    public void set").append(cap).append('(').append(fieldType(o)).append(' ')
                    .append(field(o)).append(") {\n");
            s.append("        this.").append(field(o)).append(" = ").append(field(o)).append(";\n    }\n");
        }

        s.append('\n');
        s.append("    /** The options that are set; secrets show as {@code ******}. */\n");
        s.append("    @Override\n");
        s.append("    public String toString() {\n");
        s.append("        StringBuilder text = new StringBuilder(\"").append(configurationClass(model))
                .append("[\");\n");
        s.append("        String separator = \"\";\n");
        for (ComponentOptionModel o : model.getComponentOptions()) {
            s.append("        if (").append(field(o)).append(" != null) {\n");
            s.append("            text.append(separator).append(\"").append(o.getName()).append("=\").append(")
                    .append(o.isSecret() ? "\"******\"" : field(o)).append(");\n");
            s.append("            separator = \", \";\n");
            s.append("        }\n");
        }
        s.append("        return text.append(']').toString();\n");
        s.append("    }\n");
        s.append("}\n");
        return s.toString();
    }

    private static String fieldDoc(ComponentOptionModel o) {
        StringBuilder d = new StringBuilder(text(o.getDescription()).strip());
        if (!d.isEmpty() && !d.toString().endsWith(".")) {
            d.append('.');
        }
        if (o.isRequired()) {
            d.append(" Required, here or on each endpoint.");
        }
        if (!enums(o).isEmpty()) {
            d.append(" Values: ").append(String.join(", ", enums(o))).append('.');
        }
        if ("duration".equals(o.getType())) {
            d.append(" Milliseconds, or a duration such as 30s, 1m30s or PT30S.");
        }
        if (beanReference(o)) {
            d.append(" A bean reference: #bean:name or #name, of type ").append(sourceType(o.getJavaType()))
                    .append('.');
        }
        if (o.isAutowired()) {
            d.append(" Autowired from the registry when there is exactly one bean of its type.");
        }
        if (o.isSecret()) {
            d.append(" A secret: keep it out of files under version control (use an environment variable); Spring"
                    + " Boot's actuator shows it masked.");
        }
        Object def = springDefault(o);
        if (def != null) {
            d.append(" Default: ").append(def).append('.');
        }
        return d.toString();
    }

    // ---- the converter ---------------------------------------------------------------------------------------

    // the part of the converter that needs nothing of the component: its one method and the class's end
    private static final String CONVERT_METHOD = """
                /** The bean a reference names, or {@code null} for a text that is no reference. */
                @Override
                public Object convert(Object source, org.springframework.core.convert.TypeDescriptor sourceType,
                                      org.springframework.core.convert.TypeDescriptor targetType) {
                    if (source == null) {
                        return null;
                    }
                    String ref = source.toString().strip();
                    if (!ref.startsWith("#")) {
                        return null;
                    }
                    String name = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
                    return beanFactory.getBean(name, targetType.getObjectType());
                }
            }
            """;

    /** The source of the converter of bean references. */
    public static String converterSource(ComponentModel model) {
        List<String> types = beanReferenceTypes(model);
        StringBuilder s = new StringBuilder(4096);
        s.append("package ").append(starterPackage(model)).append(";\n\n");
        s.append("/**\n");
        javadoc(s, "", "Binds the " + model.getTitle() + " options that take a bean: a value {@code #bean:name} or "
                + "{@code #name} in the {@code " + prefix(model) + ".*} properties becomes the bean of "
                + "that name. Types: " + (types.isEmpty() ? "none" : String.join(", ", types)) + ".");
        s.append(" * <p>\n");
        javadoc(s, "", ToolRun.generatedNote(StarterGenerator.class, model));
        s.append(" */\n");
        s.append("public class ").append(converterClass(model))
                .append(" implements org.springframework.core.convert.converter.GenericConverter {\n\n");
        s.append("    private final org.springframework.beans.factory.BeanFactory beanFactory;\n\n");
        s.append("    public ").append(converterClass(model))
                .append("(org.springframework.beans.factory.BeanFactory beanFactory) {\n");
        s.append("        this.beanFactory = beanFactory;\n    }\n\n");
        s.append("    @Override\n");
        s.append("    public java.util.Set<ConvertiblePair> getConvertibleTypes() {\n");
        s.append("        return java.util.Set.of(");
        for (int i = 0; i < types.size(); i++) {
            s.append(i == 0 ? "\n" : ",\n").append("                new ConvertiblePair(String.class, ")
                    .append(types.get(i)).append(".class)");
        }
        s.append(");\n    }\n\n");
        s.append(CONVERT_METHOD);
        return s.toString();
    }

    // ---- the metadata ------------------------------------------------------------------------------------------

    /** {@code META-INF/spring-configuration-metadata.json}. */
    public static String metadata(ComponentModel model) {
        String source = starterPackage(model) + "." + configurationClass(model);
        Map<String, Object> root = new LinkedHashMap<>();

        List<Object> groups = new ArrayList<>();
        groups.add(map("name", prefix(model), "type", source, "sourceType", source,
                "description", text(model.getDescription())));
        groups.add(map("name", prefix(model) + ".customizer", "type", COMMON + "$CustomizerProperties",
                "sourceType", source, "sourceMethod", "getCustomizer()"));
        root.put("groups", groups);

        List<Map<String, Object>> properties = new ArrayList<>();
        List<Object> hints = new ArrayList<>();
        properties.add(map("name", prefix(model) + ".enabled", "type", "java.lang.Boolean",
                "description", "Whether to configure the " + model.getScheme() + " component from these properties.",
                "sourceType", source, "defaultValue", true));
        properties.add(map("name", prefix(model) + ".customizer.enabled", "type", "java.lang.Boolean",
                "description", "Whether the component customizer that applies these properties is enabled.",
                "sourceType", COMMON + "$CustomizerProperties", "defaultValue", true));
        for (ComponentOptionModel o : model.getComponentOptions()) {
            Map<String, Object> p = map("name", prefix(model) + "." + springName(o), "type", fieldType(o),
                    "description", fieldDoc(o), "sourceType", source);
            Object def = springDefault(o);
            if (def != null) {
                p.put("defaultValue", def);
            }
            if (o.isDeprecated()) {
                Map<String, Object> deprecation = map("level", "warning");
                if (!text(o.getDeprecationNote()).isBlank()) {
                    deprecation.put("reason", text(o.getDeprecationNote()));
                }
                p.put("deprecated", true);
                p.put("deprecation", deprecation);
            }
            properties.add(p);
            if (!enums(o).isEmpty()) {
                hints.add(map("name", prefix(model) + "." + springName(o),
                        "values", enums(o).stream().map(v -> (Object) map("value", v)).toList()));
            }
        }
        properties.sort(Comparator.comparing(p -> String.valueOf(p.get("name"))));
        root.put("properties", properties);
        root.put("hints", hints);
        return JsonMapper.serialize(root) + "\n";
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return m;
    }

    /** The field name: the option name, with a trailing {@code _} if it is a Java keyword. */
    static String field(ComponentOptionModel o) {
        return switch (o.getName()) {
            case "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
                 "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
                 "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
                 "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
                 "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
                 "while", "true", "false", "null", "var", "record", "yield" -> o.getName() + "_";
            default -> o.getName();
        };
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String quotedList(List<String> names, int indent) {
        if (names.isEmpty()) {
            return "";
        }
        String pad = " ".repeat(indent);
        return "\n" + pad + names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(",\n" + pad));
    }

    /** Text as javadoc lines of at most about 110 characters, HTML-escaped; javadoc tags written here stay tags. */
    static void javadoc(StringBuilder s, String indent, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;");
        ToolRun.javadoc(s, indent, escaped, 106 - indent.length());
    }
}
