package io.github.camelflowroute.buildtools;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.camel.tooling.model.ComponentModel;

/**
 * What the build tools share as commands run by {@code exec:java} in the build: reading the component JSON, the
 * generators' command line (the JSON, then their output folders), and writing a file only when its text changes, so
 * that a build that changes nothing recompiles nothing.
 * <p>
 * The tools never call {@code System.exit}: inside Maven a failure is an exception, which fails the build.
 */
final class ToolRun {

    /** One file a generator writes. */
    record GeneratedFile(Path file, String text) {
    }

    /** A generator: the files it writes for a component into its output folders. */
    @FunctionalInterface
    interface Generator {
        List<GeneratedFile> files(ComponentModel model, List<Path> outputDirs);
    }

    private ToolRun() {
    }

    /** Fails the build when a tool's run did not succeed. */
    static void failUnlessZero(int status, String failure) {
        if (status != 0) {
            throw new IllegalStateException(failure + "; see the message above");
        }
    }

    /** The note generated sources carry in their javadoc. */
    static String generatedNote(Class<?> tool, ComponentModel model) {
        return "Generated from " + model.getScheme() + ".json by camel-flowroute-build-tools (" + tool.getSimpleName()
                + ") during the build: do not edit.";
    }

    /**
     * Reads the component JSON, or says why it cannot.
     *
     * @return the model, or {@code null} after printing the error
     */
    static ComponentModel read(String tag, Path json, PrintStream out) throws IOException {
        if (!Files.isRegularFile(json)) {
            out.println(tag + " ERROR: no component JSON at " + json
                    + " (camel-package-maven-plugin generates it in the component's build)");
            return null;
        }
        try {
            return ComponentJson.parse(Files.readString(json, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            out.println(tag + " ERROR: " + json + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * Runs a generator on its command line: {@code usage} names the arguments, each in angle brackets, the
     * component JSON first.
     *
     * @return 0 on success, 1 when the input is wrong, 2 on a usage error
     */
    static int generate(String tag, String usage, String[] args, PrintStream out, Generator generator)
            throws IOException {
        int expected = usage.split("<", -1).length - 1;
        if (args.length != expected) {
            out.println(tag + " ERROR: expected " + expected + " arguments, got " + args.length);
            out.println("Usage: " + usage);
            return 2;
        }
        Path json = Path.of(args[0]);
        ComponentModel model = read(tag, json, out);
        if (model == null) {
            return 1;
        }
        List<Path> outputDirs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            outputDirs.add(Path.of(args[i]));
        }
        List<GeneratedFile> files;
        try {
            files = generator.files(model, outputDirs);
        } catch (IllegalArgumentException e) {
            out.println(tag + " ERROR: " + json + ": " + e.getMessage());
            return 1;
        }
        List<String> written = new ArrayList<>();
        for (GeneratedFile f : files) {
            if (writeIfChanged(f.file(), f.text())) {
                written.add(f.file().getFileName().toString());
            }
        }
        if (!written.isEmpty()) {
            out.println(tag + " generated " + String.join(", ", written) + " from " + json.getFileName() + " ("
                    + model.getComponentOptions().size() + " component options, "
                    + model.getEndpointOptions().size() + " endpoint options, "
                    + model.getEndpointHeaders().size() + " headers)");
        }
        return 0;
    }

    /** Writes the file unless it has this text already; whether it wrote. */
    static boolean writeIfChanged(Path file, String text) throws IOException {
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return true;
    }

    /**
     * Appends text as javadoc lines: words joined while a line's text stays within {@code width} characters. A line
     * that would start with a javadoc tag other than {@code @deprecated} gets its {@code @} escaped, so that text
     * never turns into a tag by where it was wrapped.
     *
     * @param escaped the text, already escaped for HTML and for the comment
     */
    static void javadoc(StringBuilder s, String indent, String escaped, int width) {
        StringBuilder line = new StringBuilder();
        for (String word : escaped.replace("\r", "").split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + word.length() > width) {
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
