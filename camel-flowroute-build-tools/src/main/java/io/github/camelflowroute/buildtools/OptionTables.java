package io.github.camelflowroute.buildtools;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.github.camelflowroute.buildtools.ComponentModel.Option;

/** Renders the AsciiDoc of the three generated sections from a {@link ComponentModel}. */
public final class OptionTables {

    /** The package part of qualified Java names: {@code java.util.} of {@code java.util.List<java.lang.String>}. */
    private static final Pattern PACKAGES = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+(?=[A-Za-z_])");

    private static final String TABLE_HEAD = """
            [width="100%",cols="2,5,^1,2",options="header"]
            |===
            | Name | Description | Default | Type
            """;

    private OptionTables() {
    }

    /** The component options section. */
    public static String componentOptions(ComponentModel model) {
        List<Option> options = model.componentProperties();
        StringBuilder out = new StringBuilder();
        out.append(generatedNote());
        out.append("The ").append(model.title()).append(" component supports ").append(count(options.size(), "option"))
                .append(", which are listed below.\n\n");
        table(out, options, false);
        return out.toString();
    }

    /** The endpoint options section: the URI syntax, then a table of path and one of query parameters. */
    public static String endpointOptions(ComponentModel model) {
        List<Option> path = model.endpointProperties().stream().filter(Option::isPath).toList();
        List<Option> query = model.endpointProperties().stream().filter(o -> !o.isPath()).toList();
        StringBuilder out = new StringBuilder();
        out.append(generatedNote());
        out.append("The ").append(model.title()).append(" endpoint is configured using URI syntax:\n\n")
                .append("----\n").append(model.syntax()).append("\n----\n\n")
                .append("with the following path and query parameters.\n\n");
        out.append(".Path parameters (").append(path.size()).append(")\n");
        table(out, path, false);
        out.append('\n');
        out.append(".Query parameters (").append(query.size()).append(")\n");
        table(out, query, false);
        return out.toString();
    }

    /** The message headers section. */
    public static String headers(ComponentModel model) {
        List<Option> headers = model.headers();
        StringBuilder out = new StringBuilder();
        out.append(generatedNote());
        out.append("The ").append(model.title()).append(" component supports ").append(count(headers.size(), "message header"))
                .append(", which are listed below.\n\n");
        table(out, headers, true);
        return out.toString();
    }

    private static String generatedNote() {
        return "// Rendered from the component JSON by camel-flowroute-build-tools during the build: do not edit.\n";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void table(StringBuilder out, List<Option> options, boolean headers) {
        out.append(TABLE_HEAD);
        for (Option o : options) {
            out.append('\n');
            out.append("| *").append(cell(o.name())).append('*');
            if (!o.group().isEmpty()) {
                out.append(" (").append(cell(o.group())).append(')');
            }
            if (headers && o.constantName() != null) {
                out.append(" +\nConstant: ").append(literal(shortConstant(o.constantName())));
            }
            out.append('\n');
            out.append("| ").append(description(o)).append('\n');
            // an empty cell is a bare "|": no trailing blank in the generated text
            out.append(o.defaultValue() == null || o.defaultValue().isEmpty() ? "|" : "| " + literal(o.defaultValue()))
                    .append('\n');
            out.append("| ").append(literal(shortType(o))).append('\n');
        }
        out.append("|===\n");
    }

    private static String description(Option o) {
        StringBuilder d = new StringBuilder();
        if (o.required()) {
            d.append("*Required* ");
        }
        if (o.deprecated()) {
            d.append("*Deprecated* ");
        }
        d.append(cell(o.description()));
        if (!o.enumValues().isEmpty()) {
            d.append(" Values: ")
                    .append(o.enumValues().stream().map(OptionTables::literal).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if ("duration".equals(o.type())) {
            d.append(" Takes milliseconds or a duration such as ").append(literal("30s")).append(" or ")
                    .append(literal("1m30s")).append('.');
        }
        if (o.secret()) {
            d.append(" _Secret: set it from a property placeholder, not as text in a URI._");
        }
        if (o.autowired()) {
            d.append(" _Autowired from the registry when there is one bean of its type._");
        }
        return d.toString().strip();
    }

    /** The Java type without packages; {@code java.util.List<String>} becomes {@code List<String>}. */
    static String shortType(Option o) {
        String type = o.javaType().isEmpty() ? o.type().toLowerCase(Locale.ROOT) : o.javaType();
        return PACKAGES.matcher(type).replaceAll("");
    }

    /** {@code a.b.FlowrouteConstants#MESSAGE_ID} becomes {@code FlowrouteConstants.MESSAGE_ID}. */
    static String shortConstant(String constantName) {
        String c = constantName.replace('#', '.');
        return PACKAGES.matcher(c).replaceAll("");
    }

    /** Text of a table cell: one line, and no {@code |} that would end the cell. */
    static String cell(String text) {
        return text.replace("\r", "").replace('\n', ' ').replace("|", "\\|").strip();
    }

    /** Monospace text shown as is: no formatting, no links, no attribute references. */
    static String literal(String text) {
        String t = cell(text);
        return t.contains("+") ? "`pass:c[" + t.replace("]", "\\]") + "]`" : "`+" + t + "+`";
    }
}
