package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.tooling.model.ComponentModel;

/**
 * Rewrites the generated sections of a component's AsciiDoc from its component JSON:
 * <ul>
 * <li>{@code // component options: START} ... {@code // component options: END}</li>
 * <li>{@code // endpoint options: START} ... {@code // endpoint options: END}</li>
 * <li>{@code // component headers: START} ... {@code // component headers: END}</li>
 * </ul>
 * Usage: {@code ComponentDocRenderer <component.json> <component.adoc> [--check]}. The file is written only when its
 * text changes, and the tool prints a line only then. With {@code --check} nothing is written, and the run fails
 * when the document is out of date.
 * <p>
 * {@link #main} never calls {@code System.exit}: it runs inside Maven through {@code exec:java}, so a failure is an
 * exception, which fails the build.
 */
public final class ComponentDocRenderer {

    public static final String COMPONENT_OPTIONS = "component options";
    public static final String ENDPOINT_OPTIONS = "endpoint options";
    public static final String HEADERS = "component headers";

    private ComponentDocRenderer() {
    }

    public static void main(String[] args) throws IOException {
        ToolRun.failUnlessZero(run(args, System.out), "The component documentation could not be rendered");
    }

    /**
     * Runs the tool.
     *
     * @return 0 on success, 1 when the document is out of date ({@code --check}) or the input is wrong, 2 on a usage
     *         error
     */
    public static int run(String[] args, PrintStream out) throws IOException {
        boolean check = false;
        Path json = null;
        Path adoc = null;
        for (String arg : args) {
            if ("--check".equals(arg)) {
                check = true;
            } else if (json == null) {
                json = Path.of(arg);
            } else if (adoc == null) {
                adoc = Path.of(arg);
            } else {
                return usage(out, "unexpected argument " + arg);
            }
        }
        if (json == null || adoc == null) {
            return usage(out, "the component JSON and the AsciiDoc file are required");
        }
        if (!Files.isRegularFile(adoc)) {
            out.println("[component-doc] ERROR: no AsciiDoc file at " + adoc);
            return 1;
        }
        String before = Files.readString(adoc, StandardCharsets.UTF_8);
        ComponentModel model = ToolRun.read("[component-doc]", json, out);
        if (model == null) {
            return 1;
        }
        String after;
        try {
            after = render(before, model);
        } catch (IllegalArgumentException e) {
            out.println("[component-doc] ERROR: " + adoc + ": " + e.getMessage());
            return 1;
        }
        String counts = model.getComponentOptions().size() + " component options, "
                + model.getEndpointOptions().size() + " endpoint options, " + model.getEndpointHeaders().size()
                + " headers";
        if (after.equals(before)) {
            // silent: this runs in every build of the component, and most builds change nothing
            return 0;
        }
        if (check) {
            out.println("[component-doc] ERROR: " + adoc + " is out of date with " + json.getFileName()
                    + "; build the component to render it");
            return 1;
        }
        Files.writeString(adoc, after, StandardCharsets.UTF_8);
        out.println("[component-doc] rendered " + adoc.getFileName() + " (" + counts + ")");
        return 0;
    }

    /** The document with its three generated sections rendered from the model. */
    public static String render(String document, ComponentModel model) {
        String doc = MarkedSections.replace(document, COMPONENT_OPTIONS, OptionTables.componentOptions(model));
        doc = MarkedSections.replace(doc, ENDPOINT_OPTIONS, OptionTables.endpointOptions(model));
        return MarkedSections.replace(doc, HEADERS, OptionTables.headers(model));
    }

    private static int usage(PrintStream out, String problem) {
        out.println("[component-doc] ERROR: " + problem);
        out.println("Usage: ComponentDocRenderer <component.json> <component.adoc> [--check]");
        return 2;
    }
}
