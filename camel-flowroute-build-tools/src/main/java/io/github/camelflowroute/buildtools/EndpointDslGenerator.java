package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import io.github.camelflowroute.buildtools.EndpointDslModel.Header;
import io.github.camelflowroute.buildtools.EndpointDslModel.Option;

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

    private static final String GENERATED_NOTE
            = "Generated from %s.json by camel-flowroute-build-tools (EndpointDslGenerator) during the build: do not edit.";
    private static final String BUILDER_PKG = "org.apache.camel.builder.";

    private EndpointDslGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (run(args, System.out) != 0) {
            throw new IllegalStateException("The Endpoint DSL could not be generated; see the message above");
        }
    }

    /** Runs the tool: 0 on success, 1 when the input is wrong, 2 on a usage error. */
    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length != 2) {
            out.println("[endpoint-dsl] ERROR: expected 2 arguments, got " + args.length);
            out.println("Usage: EndpointDslGenerator <component.json> <java-output-dir>");
            return 2;
        }
        Path json = Path.of(args[0]);
        if (!Files.isRegularFile(json)) {
            out.println("[endpoint-dsl] ERROR: no component JSON at " + json
                        + " (camel-package-maven-plugin generates it in the component's build)");
            return 1;
        }
        EndpointDslModel model;
        try {
            model = EndpointDslModel.parse(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            out.println("[endpoint-dsl] ERROR: " + json + ": " + e.getMessage());
            return 1;
        }
        Path file = Path.of(args[1]).resolve(model.dslPackage().replace('.', '/'))
                .resolve(model.baseName() + "EndpointBuilderFactory.java");
        String text = factorySource(model);
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            out.println("[endpoint-dsl] generated " + file.getFileName() + " for " + model.options().size()
                        + " options and " + model.headers().size() + " headers of " + json.getFileName());
        }
        return 0;
    }

    /** The source of {@code <Name>EndpointBuilderFactory}. */
    public static String factorySource(EndpointDslModel m) {
        String n = m.baseName();
        String consumer = n + "EndpointConsumerBuilder";
        String producer = n + "EndpointProducerBuilder";
        String both = n + "EndpointBuilder";
        StringBuilder s = new StringBuilder(65_536);
        s.append("package ").append(m.dslPackage()).append(";\n\n");
        s.append("/**\n");
        javadoc(s, "", "The Endpoint DSL of the " + m.title() + " component (" + m.syntax() + "): type-safe builders "
                       + "of its endpoints for EndpointRouteBuilder routes. " + m.description());
        s.append(" * <p>\n");
        javadoc(s, "", String.format(GENERATED_NOTE, m.scheme()));
        s.append(" */\n");
        s.append("@javax.annotation.processing.Generated(\"").append(EndpointDslGenerator.class.getName()).append("\")\n");
        s.append("public interface ").append(n).append("EndpointBuilderFactory {\n");

        builder(s, m, consumer, BUILDER_PKG + "EndpointConsumerBuilder", "Advanced" + consumer, "advanced",
                "Builder for endpoint consumers for the " + m.title() + " component.",
                o -> !o.advanced() && !o.producer());
        builder(s, m, "Advanced" + consumer, BUILDER_PKG + "EndpointConsumerBuilder", consumer, "basic",
                "Advanced builder for endpoint consumers for the " + m.title() + " component.",
                o -> o.advanced() && !o.producer());
        builder(s, m, producer, BUILDER_PKG + "EndpointProducerBuilder", "Advanced" + producer, "advanced",
                "Builder for endpoint producers for the " + m.title() + " component.",
                o -> !o.advanced() && !o.consumer());
        builder(s, m, "Advanced" + producer, BUILDER_PKG + "EndpointProducerBuilder", producer, "basic",
                "Advanced builder for endpoint producers for the " + m.title() + " component.",
                o -> o.advanced() && !o.consumer());
        builder(s, m, both, consumer + ", " + producer, "Advanced" + both, "advanced",
                "Builder for endpoints for the " + m.title() + " component.", o -> !o.advanced() && o.common());
        builder(s, m, "Advanced" + both, "Advanced" + consumer + ", Advanced" + producer, both, "basic",
                "Advanced builder for endpoints for the " + m.title() + " component.", o -> o.advanced() && o.common());

        builders(s, m);
        headerNames(s, m);

        s.append('\n');
        s.append("    /** A builder of a {@code ").append(m.scheme()).append("} endpoint. */\n");
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

    private static void builder(StringBuilder s, EndpointDslModel m, String name, String parents, String other,
                                String switchMethod, String doc, Predicate<Option> takes) {
        s.append('\n');
        s.append("    /** ").append(escape(doc)).append(" */\n");
        s.append("    public interface ").append(name).append(" extends ").append(parents).append(" {\n");
        s.append('\n');
        s.append("        default ").append(other).append(' ').append(switchMethod).append("() {\n");
        s.append("            return (").append(other).append(") this;\n");
        s.append("        }\n");
        for (Option o : m.options()) {
            if (takes.test(o)) {
                option(s, name, o);
            }
        }
        s.append("    }\n");
    }

    private static void option(StringBuilder s, String builder, Option o) {
        if (o.multiValue()) {
            s.append('\n');
            optionDoc(s, o, "java.util.Map<java.lang.String, java.lang.Object>",
                      List.of("key the key, without the prefix " + o.prefix(), "value the value"));
            deprecated(s, o);
            s.append("        default ").append(builder).append(' ').append(o.name())
                    .append("(String key, Object value) {\n");
            s.append("            doSetMultiValueProperty(\"").append(o.name()).append("\", \"")
                    .append(javaString(o.prefix())).append("\" + key, value);\n");
            s.append("            return this;\n        }\n\n");
            optionDoc(s, o, "java.util.Map<java.lang.String, java.lang.Object>",
                      List.of("values the keys (without the prefix) and their values"));
            deprecated(s, o);
            s.append("        default ").append(builder).append(' ').append(o.name())
                    .append("(java.util.Map values) {\n");
            s.append("            doSetMultiValueProperties(\"").append(o.name()).append("\", \"")
                    .append(javaString(o.prefix())).append("\", values);\n");
            s.append("            return this;\n        }\n");
            return;
        }
        s.append('\n');
        optionDoc(s, o, o.javaType(), List.of(o.name() + " the value to set"));
        deprecated(s, o);
        s.append("        default ").append(builder).append(' ').append(o.name()).append('(')
                .append(o.text() ? "String" : o.javaType()).append(' ').append(o.name()).append(") {\n");
        s.append("            doSetProperty(\"").append(o.name()).append("\", ").append(o.name()).append(");\n");
        s.append("            return this;\n        }\n");
        if (!o.text()) {
            s.append('\n');
            optionDoc(s, o, o.javaType() + "</code> type, given as <code>java.lang.String",
                      List.of(o.name() + " the value to set, as text (converted, or a #bean reference)"));
            deprecated(s, o);
            s.append("        default ").append(builder).append(' ').append(o.name()).append("(String ")
                    .append(o.name()).append(") {\n");
            s.append("            doSetProperty(\"").append(o.name()).append("\", ").append(o.name()).append(");\n");
            s.append("            return this;\n        }\n");
        }
    }

    private static void optionDoc(StringBuilder s, Option o, String type, List<String> params) {
        s.append("        /**\n");
        javadoc(s, "        ", o.description().isBlank() ? "The " + o.name() + " option." : o.description());
        s.append("         * <p>\n");
        s.append("         * The option is a: <code>").append(escape(type)).append("</code> type.\n");
        if (o.defaultValue() != null && !String.valueOf(o.defaultValue()).isEmpty()) {
            s.append("         * <p>\n");
            s.append("         * Default: ").append(escape(String.valueOf(o.defaultValue()))).append('\n');
        }
        if (o.required()) {
            s.append("         * <p>\n");
            s.append("         * Required: true\n");
        }
        s.append("         * <p>\n");
        s.append("         * Group: ").append(escape(o.label().isBlank() ? "common" : o.label()))
                .append(o.secret() ? " (secret)" : "").append('\n');
        s.append("         *\n");
        for (String p : params) {
            s.append("         * @param ").append(escape(p)).append('\n');
        }
        s.append("         * @return the dsl builder\n");
        s.append("         */\n");
    }

    private static void deprecated(StringBuilder s, Option o) {
        if (o.deprecated()) {
            s.append("        @Deprecated\n");
        }
    }

    private static void builders(StringBuilder s, EndpointDslModel m) {
        String n = m.baseName();
        String method = m.schemeMethod();
        s.append('\n');
        s.append("    /**\n");
        javadoc(s, "    ", "The " + m.title() + " endpoints and header names in EndpointRouteBuilder routes: a route "
                           + "builder that implements this mixin writes " + method + "(\"operation\") for an "
                           + "endpoint and " + method + "() for the header names.");
        s.append("     */\n");
        s.append("    public interface ").append(n).append("Builders {\n\n");
        s.append("        /**\n");
        javadoc(s, "        ", "The names of the headers of the " + m.title() + " component.");
        s.append("         *\n         * @return the dsl builder for the headers' name.\n         */\n");
        s.append("        default ").append(n).append("HeaderNameBuilder ").append(method).append("() {\n");
        s.append("            return ").append(n).append("HeaderNameBuilder.INSTANCE;\n        }\n\n");
        StringBuilder paths = new StringBuilder();
        for (Option p : m.pathOptions()) {
            paths.append(" Path parameter: ").append(p.name()).append(p.required() ? " (required)" : "").append(". ")
                    .append(p.description());
        }
        s.append("        /**\n");
        javadoc(s, "        ", m.title() + " (" + m.artifactId() + "): " + m.description());
        s.append("         * <p>\n");
        javadoc(s, "        ", "Syntax: <code>" + m.syntax() + "</code>." + paths);
        s.append("         *\n         * @param path " + escape(m.syntax().substring(m.syntax().indexOf(':') + 1)) + "\n");
        s.append("         * @return the dsl builder\n         */\n");
        s.append("        default ").append(n).append("EndpointBuilderFactory.").append(n).append("EndpointBuilder ")
                .append(method).append("(String path) {\n");
        s.append("            return ").append(n).append("EndpointBuilderFactory.endpointBuilder(\"")
                .append(m.scheme()).append("\", path);\n        }\n\n");
        s.append("        /**\n");
        javadoc(s, "        ", m.title() + " (" + m.artifactId() + ") under another component name: for a component "
                               + "added to the context as componentName.");
        s.append("         *\n         * @param componentName the name of the component on the context\n");
        s.append("         * @param path " + escape(m.syntax().substring(m.syntax().indexOf(':') + 1)) + "\n");
        s.append("         * @return the dsl builder\n         */\n");
        s.append("        default ").append(n).append("EndpointBuilderFactory.").append(n).append("EndpointBuilder ")
                .append(method).append("(String componentName, String path) {\n");
        s.append("            return ").append(n).append("EndpointBuilderFactory.endpointBuilder(componentName, path);\n");
        s.append("        }\n    }\n");
    }

    private static void headerNames(StringBuilder s, EndpointDslModel m) {
        String cls = m.baseName() + "HeaderNameBuilder";
        s.append('\n');
        s.append("    /** The names of the headers of the ").append(escape(m.title())).append(" component. */\n");
        s.append("    public static class ").append(cls).append(" {\n\n");
        s.append("        /** The instance the builders mixin hands out. */\n");
        s.append("        private static final ").append(cls).append(" INSTANCE = new ").append(cls).append("();\n");
        List<Header> headers = m.headers();
        for (Header h : headers) {
            s.append('\n');
            s.append("        /**\n");
            javadoc(s, "        ", h.description().isBlank() ? "The " + h.name() + " header." : h.description());
            s.append("         * <p>\n");
            s.append("         * The option is a: <code>").append(escape(h.javaType())).append("</code> type.\n");
            s.append("         * <p>\n");
            s.append("         * Group: ").append(escape(h.label().isBlank() ? "common" : h.label())).append('\n');
            s.append("         *\n");
            s.append("         * @return the name of the header {@code ").append(h.name()).append("}.\n");
            s.append("         */\n");
            s.append("        public String ").append(h.method()).append("() {\n");
            s.append("            return \"").append(javaString(h.name())).append("\";\n        }\n");
        }
        s.append("    }\n");
    }

    // ---- text ----------------------------------------------------------------------------------------------------

    /** Javadoc lines of at most about 110 characters, escaped for HTML and for the comment. */
    private static void javadoc(StringBuilder s, String indent, String text) {
        String[] words = escape(text).split("\\s+");
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + w.length() > 110) {
                s.append(indent).append(" * ").append(line).append('\n');
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(w);
        }
        if (line.length() > 0) {
            s.append(indent).append(" * ").append(line).append('\n');
        }
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
