package io.github.camelflowroute.buildtools;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointHeaderModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;

import static io.github.camelflowroute.buildtools.ComponentJson.enums;
import static io.github.camelflowroute.buildtools.ComponentJson.text;

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
        return listed(model, model.getComponentOptions(), "option");
    }

    /** The endpoint options section: the URI syntax, then a table of path and one of query parameters. */
    public static String endpointOptions(ComponentModel model) {
        List<EndpointOptionModel> path = model.getEndpointPathOptions();
        List<EndpointOptionModel> query = model.getEndpointParameterOptions();
        StringBuilder out = new StringBuilder();
        out.append(generatedNote());
        out.append("The ").append(model.getTitle()).append(" endpoint is configured using URI syntax:\n\n")
                .append("----\n").append(model.getSyntax()).append("\n----\n\n")
                .append("with the following path and query parameters.\n\n");
        out.append(".Path parameters (").append(path.size()).append(")\n");
        table(out, path);
        out.append('\n');
        out.append(".Query parameters (").append(query.size()).append(")\n");
        table(out, query);
        return out.toString();
    }

    /** The message headers section. */
    public static String headers(ComponentModel model) {
        return listed(model, model.getEndpointHeaders(), "message header");
    }

    private static String listed(ComponentModel model, List<? extends BaseOptionModel> options, String noun) {
        StringBuilder out = new StringBuilder();
        out.append(generatedNote());
        out.append("The ").append(model.getTitle()).append(" component supports ").append(count(options.size(), noun))
                .append(", which are listed below.\n\n");
        table(out, options);
        return out.toString();
    }

    private static String generatedNote() {
        return "// Rendered from the component JSON by camel-flowroute-build-tools during the build: do not edit.\n";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void table(StringBuilder out, List<? extends BaseOptionModel> options) {
        out.append(TABLE_HEAD);
        for (BaseOptionModel o : options) {
            out.append('\n');
            out.append("| *").append(cell(o.getName())).append('*');
            if (!text(o.getGroup()).isEmpty()) {
                out.append(" (").append(cell(o.getGroup())).append(')');
            }
            if (o instanceof EndpointHeaderModel h && h.getConstantName() != null) {
                out.append(" +\nConstant: ").append(literal(shortConstant(h.getConstantName())));
            }
            out.append('\n');
            out.append("| ").append(description(o)).append('\n');
            // an empty cell is a bare "|": no trailing blank in the generated text
            String defaultValue = o.getDefaultValue() == null ? "" : String.valueOf(o.getDefaultValue());
            out.append(defaultValue.isEmpty() ? "|" : "| " + literal(defaultValue))
                    .append('\n');
            out.append("| ").append(literal(shortType(o))).append('\n');
        }
        out.append("|===\n");
    }

    private static String description(BaseOptionModel o) {
        StringBuilder d = new StringBuilder();
        if (o.isRequired()) {
            d.append("*Required* ");
        }
        if (o.isDeprecated()) {
            d.append("*Deprecated* ");
        }
        d.append(cell(text(o.getDescription())));
        if (!enums(o).isEmpty()) {
            d.append(" Values: ")
                    .append(enums(o).stream().map(OptionTables::literal).collect(Collectors.joining(", ")))
                    .append('.');
        }
        if ("duration".equals(o.getType())) {
            d.append(" Takes milliseconds or a duration such as ").append(literal("30s")).append(" or ")
                    .append(literal("1m30s")).append('.');
        }
        if (o.isSecret()) {
            d.append(" _Secret: set it from a property placeholder, not as text in a URI._");
        }
        if (o.isAutowired()) {
            d.append(" _Autowired from the registry when there is one bean of its type._");
        }
        return d.toString().strip();
    }

    /** The Java type without packages; {@code java.util.List<String>} becomes {@code List<String>}. */
    static String shortType(BaseOptionModel o) {
        String type = text(o.getJavaType()).isEmpty() ? text(o.getType()).toLowerCase(Locale.ROOT) : o.getJavaType();
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
