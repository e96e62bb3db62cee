package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelflowroute.buildtools.StarterModel.StarterOption;

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

    private static final String GENERATED_NOTE
            = "Generated from %s.json by camel-flowroute-build-tools (StarterGenerator) during the build: do not edit.";
    private static final String COMMON = "org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon";

    private StarterGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int status = run(args, System.out);
        if (status != 0) {
            throw new IllegalStateException("The starter sources could not be generated; see the message above");
        }
    }

    /** Runs the tool: 0 on success, 1 when the input is wrong, 2 on a usage error. */
    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length != 3) {
            out.println("[starter] ERROR: expected 3 arguments, got " + args.length);
            out.println("Usage: StarterGenerator <component.json> <java-output-dir> <resources-output-dir>");
            return 2;
        }
        Path json = Path.of(args[0]);
        if (!Files.isRegularFile(json)) {
            out.println("[starter] ERROR: no component JSON at " + json
                        + " (camel-package-maven-plugin generates it in the component's build)");
            return 1;
        }
        StarterModel model;
        try {
            model = StarterModel.parse(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            out.println("[starter] ERROR: " + json + ": " + e.getMessage());
            return 1;
        }
        Path javaDir = Path.of(args[1]).resolve(model.starterPackage().replace('.', '/'));
        Path resourcesDir = Path.of(args[2]).resolve("META-INF");
        int written = 0;
        written += write(javaDir.resolve(model.configurationClass() + ".java"), configurationSource(model));
        written += write(javaDir.resolve(model.converterClass() + ".java"), converterSource(model));
        written += write(resourcesDir.resolve("spring-configuration-metadata.json"), metadata(model));
        if (written > 0) {
            out.println("[starter] generated " + written + " file(s) for " + model.options().size() + " options of "
                        + json.getFileName());
        }
        return 0;
    }

    private static int write(Path file, String text) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return 0;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return 1;
    }

    // ---- the configuration class -------------------------------------------------------------------------------

    /** The source of the {@code @ConfigurationProperties} class. */
    public static String configurationSource(StarterModel model) {
        StringBuilder s = new StringBuilder(16_384);
        s.append("package ").append(model.starterPackage()).append(";\n\n");
        s.append("/**\n");
        javadoc(s, "", "Spring Boot properties of the " + model.title() + " component: {@code " + model.prefix()
                       + ".*}. " + model.description());
        s.append(" * <p>\n");
        javadoc(s, "", "Each field is one option of the component. An option left unset keeps the component's own "
                       + "default: only the options set in the properties reach the component. Options that take a "
                       + "bean are given as a reference, {@code #bean:name} or {@code #name}. Durations take "
                       + "milliseconds or a text such as {@code 30s}, {@code 1m30s} or {@code PT30S}.");
        s.append(" * <p>\n");
        javadoc(s, "", String.format(GENERATED_NOTE, model.scheme()));
        s.append(" */\n");
        s.append("@org.springframework.boot.context.properties.ConfigurationProperties(prefix = \"")
                .append(model.prefix()).append("\")\n");
        s.append("public class ").append(model.configurationClass()).append(" extends ").append(COMMON).append(" {\n\n");

        s.append("    /** The prefix of these properties. */\n");
        s.append("    public static final String PREFIX = \"").append(model.prefix()).append("\";\n\n");
        s.append("    /** The component's options, by their Camel names, in the order of the component JSON. */\n");
        s.append("    public static final java.util.List<String> OPTIONS = java.util.List.of(")
                .append(quotedList(model.options().stream().map(StarterOption::name).toList(), 8)).append(");\n\n");
        s.append("    /** The options that hold secrets: masked in {@link #toString()} and in actuator output. */\n");
        s.append("    public static final java.util.List<String> SECRET_OPTIONS = java.util.List.of(")
                .append(quotedList(model.secrets().stream().map(StarterOption::name).toList(), 8)).append(");\n");

        for (StarterOption o : model.options()) {
            s.append('\n');
            s.append("    /**\n");
            javadoc(s, "    ", fieldDoc(o));
            if (o.deprecated()) {
                s.append("     *\n");
                javadoc(s, "    ", "@deprecated " + (o.deprecationNote().isBlank() ? "deprecated by the component"
                        : o.deprecationNote()));
            }
            s.append("     */\n");
            if (o.deprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    private ").append(o.fieldType()).append(' ').append(field(o)).append(";\n");
        }

        for (StarterOption o : model.options()) {
            String cap = capitalized(o.name());
            s.append('\n');
            if (o.deprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    public ").append(o.fieldType()).append(" get").append(cap).append("() {\n");
            s.append("        return ").append(field(o)).append(";\n    }\n\n");
            if (o.deprecated()) {
                s.append("    @Deprecated\n");
            }
            s.append("    public void set").append(cap).append('(').append(o.fieldType()).append(' ')
                    .append(field(o)).append(") {\n");
            s.append("        this.").append(field(o)).append(" = ").append(field(o)).append(";\n    }\n");
        }

        s.append('\n');
        s.append("    /** The options that are set; secrets show as {@code ******}. */\n");
        s.append("    @Override\n");
        s.append("    public String toString() {\n");
        s.append("        StringBuilder text = new StringBuilder(\"").append(model.configurationClass())
                .append("[\");\n");
        s.append("        String separator = \"\";\n");
        for (StarterOption o : model.options()) {
            s.append("        if (").append(field(o)).append(" != null) {\n");
            s.append("            text.append(separator).append(\"").append(o.name()).append("=\").append(")
                    .append(o.secret() ? "\"******\"" : field(o)).append(");\n");
            s.append("            separator = \", \";\n");
            s.append("        }\n");
        }
        s.append("        return text.append(']').toString();\n");
        s.append("    }\n");
        s.append("}\n");
        return s.toString();
    }

    private static String fieldDoc(StarterOption o) {
        StringBuilder d = new StringBuilder(o.description().strip());
        if (!d.isEmpty() && !d.toString().endsWith(".")) {
            d.append('.');
        }
        if (o.required()) {
            d.append(" Required, here or on each endpoint.");
        }
        if (!o.enumValues().isEmpty()) {
            d.append(" Values: ").append(String.join(", ", o.enumValues())).append('.');
        }
        if ("duration".equals(o.type())) {
            d.append(" Milliseconds, or a duration such as 30s, 1m30s or PT30S.");
        }
        if (o.beanReference()) {
            d.append(" A bean reference: #bean:name or #name, of type ").append(StarterModel.sourceType(o.javaType()))
                    .append('.');
        }
        if (o.autowired()) {
            d.append(" Autowired from the registry when there is exactly one bean of its type.");
        }
        if (o.secret()) {
            d.append(" A secret: keep it out of files under version control (use an environment variable); Spring"
                     + " Boot's actuator shows it masked.");
        }
        Object def = o.springDefault();
        if (def != null) {
            d.append(" Default: ").append(def).append('.');
        }
        return d.toString();
    }

    // ---- the converter ---------------------------------------------------------------------------------------

    /** The source of the converter of bean references. */
    public static String converterSource(StarterModel model) {
        List<String> types = model.beanReferenceTypes();
        StringBuilder s = new StringBuilder(4096);
        s.append("package ").append(model.starterPackage()).append(";\n\n");
        s.append("/**\n");
        javadoc(s, "", "Binds the " + model.title() + " options that take a bean: a value {@code #bean:name} or "
                       + "{@code #name} in the {@code " + model.prefix() + ".*} properties becomes the bean of "
                       + "that name. Types: " + (types.isEmpty() ? "none" : String.join(", ", types)) + ".");
        s.append(" * <p>\n");
        javadoc(s, "", String.format(GENERATED_NOTE, model.scheme()));
        s.append(" */\n");
        s.append("public class ").append(model.converterClass())
                .append(" implements org.springframework.core.convert.converter.GenericConverter {\n\n");
        s.append("    private final org.springframework.beans.factory.BeanFactory beanFactory;\n\n");
        s.append("    public ").append(model.converterClass())
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
        s.append("    /** The bean a reference names, or {@code null} for a text that is no reference. */\n");
        s.append("    @Override\n");
        s.append("    public Object convert(Object source, org.springframework.core.convert.TypeDescriptor sourceType,\n");
        s.append("                          org.springframework.core.convert.TypeDescriptor targetType) {\n");
        s.append("        if (source == null) {\n            return null;\n        }\n");
        s.append("        String ref = source.toString().strip();\n");
        s.append("        if (!ref.startsWith(\"#\")) {\n            return null;\n        }\n");
        s.append("        String name = ref.startsWith(\"#bean:\") ? ref.substring(\"#bean:\".length()) : ref.substring(1);\n");
        s.append("        return beanFactory.getBean(name, targetType.getObjectType());\n");
        s.append("    }\n");
        s.append("}\n");
        return s.toString();
    }

    // ---- the metadata ------------------------------------------------------------------------------------------

    /** {@code META-INF/spring-configuration-metadata.json}. */
    public static String metadata(StarterModel model) {
        String source = model.starterPackage() + "." + model.configurationClass();
        Map<String, Object> root = new LinkedHashMap<>();

        List<Object> groups = new ArrayList<>();
        groups.add(map("name", model.prefix(), "type", source, "sourceType", source,
                "description", model.description()));
        groups.add(map("name", model.prefix() + ".customizer", "type", COMMON + "$CustomizerProperties",
                "sourceType", source, "sourceMethod", "getCustomizer()"));
        root.put("groups", groups);

        List<Map<String, Object>> properties = new ArrayList<>();
        List<Object> hints = new ArrayList<>();
        properties.add(map("name", model.prefix() + ".enabled", "type", "java.lang.Boolean",
                "description", "Whether to configure the " + model.scheme() + " component from these properties.",
                "sourceType", source, "defaultValue", true));
        properties.add(map("name", model.prefix() + ".customizer.enabled", "type", "java.lang.Boolean",
                "description", "Whether the component customizer that applies these properties is enabled.",
                "sourceType", COMMON + "$CustomizerProperties", "defaultValue", true));
        for (StarterOption o : model.options()) {
            Map<String, Object> p = map("name", model.prefix() + "." + o.springName(), "type", o.fieldType(),
                    "description", fieldDoc(o), "sourceType", source);
            Object def = o.springDefault();
            if (def != null) {
                p.put("defaultValue", def);
            }
            if (o.deprecated()) {
                Map<String, Object> deprecation = map("level", "warning");
                if (!o.deprecationNote().isBlank()) {
                    deprecation.put("reason", o.deprecationNote());
                }
                p.put("deprecated", true);
                p.put("deprecation", deprecation);
            }
            properties.add(p);
            if (!o.enumValues().isEmpty()) {
                hints.add(map("name", model.prefix() + "." + o.springName(),
                        "values", o.enumValues().stream().map(v -> (Object) map("value", v)).toList()));
            }
        }
        properties.sort(Comparator.comparing(p -> String.valueOf(p.get("name"))));
        root.put("properties", properties);
        root.put("hints", hints);
        return JsonText.write(root);
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
    static String field(StarterOption o) {
        return switch (o.name()) {
            case "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
                 "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for",
                 "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native", "new",
                 "package", "private", "protected", "public", "return", "short", "static", "strictfp", "super",
                 "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
                 "while", "true", "false", "null", "var", "record", "yield" -> o.name() + "_";
            default -> o.name();
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

    /** Text as javadoc lines of at most about 110 characters, HTML-escaped. */
    static void javadoc(StringBuilder s, String indent, String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*/", "*&#47;").replace("\r", "").replace('\n', ' ');
        // javadoc tags written above keep their braces; escaping stopped them from being HTML only
        StringBuilder line = new StringBuilder();
        for (String word : escaped.split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && indent.length() + 3 + line.length() + 1 + word.length() > 110) {
                s.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            } else if (word.startsWith("@") && !word.equals("@deprecated")) {
                word = "&#64;" + word.substring(1);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            s.append(indent).append(" * ").append(line).append('\n');
        }
    }
}
