package io.github.camelflowroute.example;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the example's lines, one per step, through the {@code flowroute.example} logger (log4j2.xml prints it as
 * plain lines), and keeps them for the report.
 */
public final class StepPrinter {

    /** The logger the example's lines go to; the YAML route logs to it too. */
    public static final String LOGGER = "flowroute.example";

    private static final Logger OUT = LoggerFactory.getLogger(LOGGER);

    private final List<String> lines = new CopyOnWriteArrayList<>();

    /** Prints {@code [step/steps] text}. */
    public void step(int step, String format, Object... args) {
        line("[" + step + "/" + ExampleRoutes.STEPS + "] " + String.format(format, args));
    }

    /** Prints one line as is. */
    public void line(String text) {
        lines.add(text);
        OUT.info(text);
    }

    /** What was printed so far. */
    public List<String> lines() {
        return List.copyOf(lines);
    }
}
