package io.github.camelflowroute.component.flowroute.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelflowroute.component.flowroute.FlowrouteOperation;
import io.github.camelflowroute.component.flowroute.client.ApiInput;
import io.github.camelflowroute.component.flowroute.client.ApiOperation;
import io.github.camelflowroute.component.flowroute.internal.binding.OperationBinding;

/**
 * Renders the operations table of the component doc (between {@code // operations: START} and
 * {@code // operations: END}): one row per producer operation the component JSON lists, each described by its
 * declaration. Run by the build (process-test-classes), after camel-package-maven-plugin wrote the JSON.
 */
public final class OperationTableRenderer {

    private static final String START = "// operations: START";
    private static final String END = "// operations: END";

    private OperationTableRenderer() {
    }

    public static void main(String[] args) throws IOException {
        Path json = Path.of(args[0]);
        Path adoc = Path.of(args[1]);
        String doc = Files.readString(adoc, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        if (start < 0 || end < start) {
            throw new IllegalStateException(adoc + " has no " + START + " ... " + END + " section");
        }
        String table = render(new ObjectMapper().readTree(json.toFile()));
        String updated = doc.substring(0, start) + START + "\n" + table + doc.substring(end);
        if (!updated.equals(doc)) {
            Files.writeString(adoc, updated, StandardCharsets.UTF_8);
        }
    }

    static String render(JsonNode component) {
        List<String> names = new ArrayList<>();
        component.path("properties").path("operation").path("enum").forEach(n -> names.add(n.asText()));
        StringBuilder out = new StringBuilder();
        out.append(
                "// Rendered from the component JSON and the operations' declarations during the build: do not edit.\n");
        out.append("[width=\"100%\",cols=\"2,3,3,3,2,2\",options=\"header\"]\n|===\n");
        out.append("| Operation | What it does | API call | Reads | Body afterwards | Sets headers\n\n");
        for (String name : names) {
            ApiOperation<?> op = FlowrouteOperation.valueOf(name).declaration();
            if (op != null) {
                out.append("| `").append(name).append("` | ").append(op.description())
                        .append(" | ").append(call(op))
                        .append(" | ").append(reads(op))
                        .append(" | `").append(op.resultType()).append('`')
                        .append(" | ").append(sets(op)).append('\n');
            }
        }
        out.append("|===\n");
        return out.toString();
    }

    private static String call(ApiOperation<?> op) {
        String call = "`" + op.method() + " " + op.path() + "`";
        if (op.variant() != null) {
            call += "; with `" + op.variantInput() + "`: `" + op.variant().method() + " " + op.variant().path() + "`";
        }
        return call;
    }

    private static String reads(ApiOperation<?> op) {
        StringJoiner reads = new StringJoiner(", ");
        boolean textBody =
                op.bodyText() != null && op.input(op.bodyText()) != null && !op.input(op.bodyText()).isBound();
        if (op.bodyModel() != null && op.bodyModel() != Object.class) {
            reads.add("the body (" + (op.bodyModel() == java.util.Map.class ? "a Map" : "a "
                    + op.bodyModel().getSimpleName() + ", a Map or JSON") + (textBody ? ", or the text" : "") + ")");
        } else if (op.bodyModel() == Object.class) {
            reads.add("the body");
        }
        for (ApiInput input : op.inputs()) {
            if (input.isBound()) {
                reads.add("`" + input.name() + "`" + (input.name().equals(op.bodyText()) ? " (or the body text)" : ""));
            }
        }
        return reads.toString();
    }

    private static String sets(ApiOperation<?> op) {
        StringJoiner sets = new StringJoiner(", ");
        op.resultHeaders().keySet().forEach(h -> sets.add("`" + OperationBinding.headerOf(h) + "`"));
        if (op.isPaged()) {
            sets.add("paging headers");
        }
        return sets.toString();
    }
}
