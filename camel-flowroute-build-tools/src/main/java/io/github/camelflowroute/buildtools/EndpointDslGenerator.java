package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.function.Predicate;

import io.github.camelflowroute.buildtools.ToolRun.GeneratedFile;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointHeaderModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;

import static io.github.camelflowroute.buildtools.ComponentJson.hasLabel;
import static io.github.camelflowroute.buildtools.ComponentJson.text;

/**
 * Generates a component's Endpoint DSL from its component JSON, in the shape camel-endpointdsl's own factories have
 * (Camel's generator only runs inside Camel's source tree): {@code <Name>EndpointBuilderFactory} with the consumer,
 * producer and combined builders (each option once per builder that takes it, with an {@code advanced()} side for
 * the advanced options), the {@code <Name>Builders} mixin for {@code EndpointRouteBuilder} routes, and the
 * {@code <Name>HeaderNameBuilder} with a method per header. Every option and header comes from the JSON: none is
 * listed here.
 * <p>
 * Usage: {@code EndpointDslGenerator <component.json> <java-output-dir>}. The file is written only when its text
 * changes. Like the other tools, {@link #main} never calls {@code System.exit}.
 */
public final class EndpointDslGenerator {

    private static final String BUILDER_PKG = "org.apache.camel.builder.";

    private EndpointDslGenerator() {
    }

    public static void main(String[] args) throws IOException {
        ToolRun.failUnlessZero(run(args, System.out), "The Endpoint DSL could not be generated");
    }

    /** Runs the tool: 0 on success, 1 when the input is wrong, 2 on a usage error. */
    public static int run(String[] args, PrintStream out) throws IOException {
        return ToolRun.generate("[endpoint-dsl]", "EndpointDslGenerator <component.json> <java-output-dir>", args, out,
                (model, dirs) -> List.of(new GeneratedFile(dirs.get(0).resolve(dslPackage(model).replace('.', '/'))
                        .resolve(ComponentJson.baseName(model) + "EndpointBuilderFactory.java"),
                        factorySource(model))));
    }

    /** The package of the generated classes: the component's package plus {@code .dsl}. */
    static String dslPackage(ComponentModel model) {
        return ComponentJson.siblingPackage(model, "dsl");
    }

    /** The source of {@code <Name>EndpointBuilderFactory}. */
    public static String factorySource(ComponentModel m) {
        String n = ComponentJson.baseName(m);
        String consumer = n + "EndpointConsumerBuilder";
        String producer = n + "EndpointProducerBuilder";
        String both = n + "EndpointBuilder";
        StringBuilder s = new StringBuilder(65_536);
        s.append("package ").append(dslPackage(m)).append(";\n\n");
        s.append("/**\n");
        javadoc(s, "",
                "The Endpoint DSL of the " + m.getTitle() + " component (" + m.getSyntax() + "): type-safe builders "
                        + "of its endpoints for EndpointRouteBuilder routes. " + text(m.getDescription()));
        s.append(" * <p>\n");
        javadoc(s, "", ToolRun.generatedNote(EndpointDslGenerator.class, m));
        s.append(" */\n");
        s.append("@javax.annotation.processing.Generated(\"").append(EndpointDslGenerator.class.getName())
                .append("\")\n");
        s.append("public interface ").append(n).append("EndpointBuilderFactory {\n");

        // an option goes to the builders of its role, on their advanced side if it is advanced
        builderPair(s, m, consumer, BUILDER_PKG + "EndpointConsumerBuilder", BUILDER_PKG + "EndpointConsumerBuilder",
                "endpoint consumers", o -> !producer(o));
        builderPair(s, m, producer, BUILDER_PKG + "EndpointProducerBuilder", BUILDER_PKG + "EndpointProducerBuilder",
                "endpoint producers", o -> !consumer(o));
        builderPair(s, m, both, consumer + ", " + producer, "Advanced" + consumer + ", Advanced" + producer,
                "endpoints",
                EndpointDslGenerator::common);

        builders(s, m);
        headerNames(s, m);

        s.append('\n');
        s.append("    /** A builder of a {@code ").append(m.getScheme()).append("} endpoint. */\n");
        s.append("    static ").append(both).append(" endpointBuilder(String componentName, String path) {\n");
        s.append("        class ").append(both).append("Impl extends ").append(BUILDER_PKG)
                .append("endpoint.AbstractEndpointBuilder implements ").append(both).append(", Advanced").append(both)
                .append(" {\n");
        s.append("            public ").append(both).append("Impl(String path) {\n");
        s.append("                super(componentName, path);\n");
        s.append("            }\n");
        s.append("        }\n");
        s.append("        return new ").append(both).append("Impl(path);\n");
        s.append("    }\n");
        s.append("}\n");
        return s.toString();
    }

    /** A builder and its advanced side, with the options of a role. */
    private static void builderPair(StringBuilder s, ComponentModel m, String name, String parents,
            String advancedParents, String what, Predicate<EndpointOptionModel> role) {
        String advanced = "Advanced" + name;
        builder(s, m, name, parents, advanced, "advanced",
                "Builder for " + what + " for the " + m.getTitle() + " component.", o -> !advanced(o) && role.test(o));
        builder(s, m, advanced, advancedParents, name, "basic",
                "Advanced builder for " + what + " for the " + m.getTitle() + " component.",
                o -> advanced(o) && role.test(o));
    }

    private static void builder(StringBuilder s, ComponentModel m, String name, String parents, String other,
            String switchMethod, String doc, Predicate<EndpointOptionModel> takes) {
        s.append('\n');
        s.append("    /** ").append(escape(doc)).append(" */\n");
        s.append("    public interface ").append(name).append(" extends ").append(parents).append(" {\n");
        s.append('\n');
        s.append("        default ").append(other).append(' ').append(switchMethod).append("() {\n");
        s.append("            return (").append(other).append(") this;\n");
        s.append("        }\n");
        for (EndpointOptionModel o : m.getEndpointParameterOptions()) {
            if (takes.test(o)) {
                option(s, name, o);
            }
        }
        s.append("    }\n");
    }

    private static void option(StringBuilder s, String builder, EndpointOptionModel o) {
        if (o.isMultiValue()) {
            s.append('\n');
            optionDoc(s, o, "java.util.Map<java.lang.String, java.lang.Object>",
                    List.of("key the key, without the prefix " + text(o.getPrefix()), "value the value"));
            deprecated(s, o);
            s.append("        default ").append(builder).append(' ').append(o.getName())
                    .append("(String key, Object value) {\n");
            s.append("            doSetMultiValueProperty(\"").append(o.getName()).append("\", \"")
                    .append(javaString(text(o.getPrefix()))).append("\" + key, value);\n");
            s.append("            return this;\n        }\n\n");
            optionDoc(s, o, "java.util.Map<java.lang.String, java.lang.Object>",
                    List.of("values the keys (without the prefix) and their values"));
            deprecated(s, o);
            s.append("        default ").append(builder).append(' ').append(o.getName())
                    .append("(java.util.Map values) {\n");
            s.append("            doSetMultiValueProperties(\"").append(o.getName()).append("\", \"")
                    .append(javaString(text(o.getPrefix()))).append("\", values);\n");
            s.append("            return this;\n        }\n");
            return;
        }
        s.append('\n');
        optionDoc(s, o, o.getJavaType(), List.of(o.getName() + " the value to set"));
        deprecated(s, o);
        s.append("        default ").append(builder).append(' ').append(o.getName()).append('(')
                .append(isText(o) ? "String" : o.getJavaType()).append(' ').append(o.getName()).append(") {\n");
        s.append("            doSetProperty(\"").append(o.getName()).append("\", ").append(o.getName()).append(");\n");
        s.append("            return this;\n        }\n");
        if (!isText(o)) {
            s.append('\n');
            optionDoc(s, o, o.getJavaType() + "</code> type, given as <code>java.lang.String",
                    List.of(o.getName() + " the value to set, as text (converted, or a #bean reference)"));
            deprecated(s, o);
            s.append("        default ").append(builder).append(' ').append(o.getName()).append("(String ")
                    .append(o.getName()).append(") {\n");
            s.append("            doSetProperty(\"").append(o.getName()).append("\", ").append(o.getName())
                    .append(");\n");
            s.append("            return this;\n        }\n");
        }
    }

    private static void optionDoc(StringBuilder s, EndpointOptionModel o, String type, List<String> params) {
        s.append("        /**\n");
        javadoc(s, "        ",
                text(o.getDescription()).isBlank() ? "The " + o.getName() + " option." : text(o.getDescription()));
        s.append("         * <p>\n");
        s.append("         * The option is a: <code>").append(escape(type)).append("</code> type.\n");
        if (o.getDefaultValue() != null && !String.valueOf(o.getDefaultValue()).isEmpty()) {
            s.append("         * <p>\n");
            s.append("         * Default: ").append(escape(String.valueOf(o.getDefaultValue()))).append('\n');
        }
        if (o.isRequired()) {
            s.append("         * <p>\n");
            s.append("         * Required: true\n");
        }
        s.append("         * <p>\n");
        s.append("         * Group: ").append(escape(text(o.getLabel()).isBlank() ? "common" : text(o.getLabel())))
                .append(o.isSecret() ? " (secret)" : "").append('\n');
        s.append("         *\n");
        for (String p : params) {
            s.append("         * @param ").append(escape(p)).append('\n');
        }
        s.append("         * @return the dsl builder\n");
        s.append("         */\n");
    }

    private static void deprecated(StringBuilder s, EndpointOptionModel o) {
        if (o.isDeprecated()) {
            s.append("        @Deprecated\n");
        }
    }

    private static void builders(StringBuilder s, ComponentModel m) {
        String n = ComponentJson.baseName(m);
        String method = schemeMethod(m);
        s.append('\n');
        s.append("    /**\n");
        javadoc(s, "    ",
                "The " + m.getTitle() + " endpoints and header names in EndpointRouteBuilder routes: a route "
                        + "builder that implements this mixin writes " + method + "(\"operation\") for an "
                        + "endpoint and " + method + "() for the header names.");
        s.append("     */\n");
        s.append("    public interface ").append(n).append("Builders {\n\n");
        s.append("        /**\n");
        javadoc(s, "        ", "The names of the headers of the " + m.getTitle() + " component.");
        s.append("         *\n         * @return the dsl builder for the headers' name.\n         */\n");
        s.append("        default ").append(n).append("HeaderNameBuilder ").append(method).append("() {\n");
        s.append("            return ").append(n).append("HeaderNameBuilder.INSTANCE;\n        }\n\n");
        StringBuilder paths = new StringBuilder();
        for (EndpointOptionModel p : m.getEndpointPathOptions()) {
            paths.append(" Path parameter: ").append(p.getName()).append(p.isRequired() ? " (required)" : "")
                    .append(". ")
                    .append(text(p.getDescription()));
        }
        s.append("        /**\n");
        javadoc(s, "        ", m.getTitle() + " (" + text(m.getArtifactId()) + "): " + text(m.getDescription()));
        s.append("         * <p>\n");
        javadoc(s, "        ", "Syntax: <code>" + m.getSyntax() + "</code>." + paths);
        s.append("         *\n         * @param path " + escape(m.getSyntax().substring(m.getSyntax().indexOf(':') + 1))
                + "\n");
        s.append("         * @return the dsl builder\n         */\n");
        s.append("        default ").append(n).append("EndpointBuilderFactory.").append(n).append("EndpointBuilder ")
                .append(method).append("(String path) {\n");
        s.append("            return ").append(n).append("EndpointBuilderFactory.endpointBuilder(\"")
                .append(m.getScheme()).append("\", path);\n        }\n\n");
        s.append("        /**\n");
        javadoc(s, "        ",
                m.getTitle() + " (" + text(m.getArtifactId()) + ") under another component name: for a component "
                        + "added to the context as componentName.");
        s.append("         *\n         * @param componentName the name of the component on the context\n");
        s.append("         * @param path " + escape(m.getSyntax().substring(m.getSyntax().indexOf(':') + 1)) + "\n");
        s.append("         * @return the dsl builder\n         */\n");
        s.append("        default ").append(n).append("EndpointBuilderFactory.").append(n).append("EndpointBuilder ")
                .append(method).append("(String componentName, String path) {\n");
        s.append("            return ").append(n)
                .append("EndpointBuilderFactory.endpointBuilder(componentName, path);\n");
        s.append("        }\n    }\n");
    }

    private static void headerNames(StringBuilder s, ComponentModel m) {
        String cls = ComponentJson.baseName(m) + "HeaderNameBuilder";
        s.append('\n');
        s.append("    /** The names of the headers of the ").append(escape(m.getTitle())).append(" component. */\n");
        s.append("    public static class ").append(cls).append(" {\n\n");
        s.append("        /** The instance the builders mixin hands out. */\n");
        s.append("        private static final ").append(cls).append(" INSTANCE = new ").append(cls).append("();\n");
        List<EndpointHeaderModel> headers = m.getEndpointHeaders();
        for (EndpointHeaderModel h : headers) {
            s.append('\n');
            s.append("        /**\n");
            javadoc(s, "        ",
                    text(h.getDescription()).isBlank() ? "The " + h.getName() + " header." : text(h.getDescription()));
            s.append("         * <p>\n");
            s.append("         * The option is a: <code>").append(escape(headerType(h))).append("</code> type.\n");
            s.append("         * <p>\n");
            s.append("         * Group: ").append(escape(text(h.getLabel()).isBlank() ? "common" : text(h.getLabel())))
                    .append('\n');
            s.append("         *\n");
            s.append("         * @return the name of the header {@code ").append(h.getName()).append("}.\n");
            s.append("         */\n");
            s.append("        public String ").append(headerMethod(h)).append("() {\n");
            s.append("            return \"").append(javaString(h.getName())).append("\";\n        }\n");
        }
        s.append("    }\n");
    }

    // ---- the options' roles -----------------------------------------------------------------------------------

    private static boolean consumer(EndpointOptionModel o) {
        return hasLabel(o, "consumer") && !hasLabel(o, "producer");
    }

    private static boolean producer(EndpointOptionModel o) {
        return hasLabel(o, "producer") && !hasLabel(o, "consumer");
    }

    private static boolean common(EndpointOptionModel o) {
        return !consumer(o) && !producer(o);
    }

    private static boolean advanced(EndpointOptionModel o) {
        return hasLabel(o, "advanced");
    }

    /** Whether the Java type is text: then the typed builder method is the only one. */
    private static boolean isText(EndpointOptionModel o) {
        return "java.lang.String".equals(o.getJavaType()) || "String".equals(o.getJavaType());
    }

    private static String headerType(EndpointHeaderModel h) {
        return h.getJavaType() == null || h.getJavaType().isBlank() ? "Object" : h.getJavaType();
    }

    /** The method of the builders mixin: the scheme as a Java identifier. */
    static String schemeMethod(ComponentModel m) {
        return identifier(m.getScheme(), false);
    }

    /** The method of the header-name builder: the name less a leading {@code Camel}, first letter lower case. */
    static String headerMethod(EndpointHeaderModel h) {
        String n = h.getName();
        return identifier(n.startsWith("Camel") && n.length() > 5 ? n.substring(5) : n, true);
    }

    /** Text as a camel-case Java identifier: separators dropped, the letter after one upper case. */
    private static String identifier(String text, boolean lowerFirst) {
        StringBuilder s = new StringBuilder();
        boolean upper = false;
        for (char c : text.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                s.append(s.isEmpty() && lowerFirst ? Character.toLowerCase(c) : upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = !s.isEmpty();
            }
        }
        return s.toString();
    }

    // ---- text ----------------------------------------------------------------------------------------------------

    /** Javadoc lines of at most about 110 characters of text, escaped for HTML and for the comment. */
    private static void javadoc(StringBuilder s, String indent, String text) {
        ToolRun.javadoc(s, indent, escape(text), 110);
    }

    /** HTML and javadoc escapes; {@code <code>} tags this generator writes itself are kept. */
    static String escape(String text) {
        String t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;").replace("{", "&#123;").replace("}", "&#125;");
        return t.replace("&lt;code&gt;", "<code>").replace("&lt;/code&gt;", "</code>");
    }

    private static String javaString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
