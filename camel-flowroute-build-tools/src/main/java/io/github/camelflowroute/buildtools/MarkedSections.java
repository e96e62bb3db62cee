package io.github.camelflowroute.buildtools;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces what lies between a pair of AsciiDoc comment lines {@code // NAME: START} and {@code // NAME: END}. The
 * marker lines themselves and everything outside them stay as they are.
 */
public final class MarkedSections {

    private MarkedSections() {
    }

    /** The START marker line of a section. */
    public static String start(String name) {
        return "// " + name + ": START";
    }

    /** The END marker line of a section. */
    public static String end(String name) {
        return "// " + name + ": END";
    }

    /**
     * The document with the section's content replaced.
     *
     * @param document the document text
     * @param name     the section name, for example {@code component options}
     * @param content  the new content, without the marker lines; a trailing newline is added when missing
     * @throws IllegalArgumentException when the document does not hold exactly one START line followed by exactly one
     *                                  END line for the name
     */
    public static String replace(String document, String name, String content) {
        List<String> lines = lines(document);
        int start = indexOfOnly(lines, start(name), name);
        int end = indexOfOnly(lines, end(name), name);
        if (end < start) {
            throw new IllegalArgumentException("'" + end(name) + "' comes before '" + start(name) + "'");
        }
        StringBuilder out = new StringBuilder(document.length() + content.length());
        for (int i = 0; i <= start; i++) {
            out.append(lines.get(i)).append('\n');
        }
        out.append(content);
        if (!content.isEmpty() && !content.endsWith("\n")) {
            out.append('\n');
        }
        for (int i = end; i < lines.size(); i++) {
            out.append(lines.get(i));
            if (i < lines.size() - 1 || document.endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    private static int indexOfOnly(List<String> lines, String marker, String name) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                if (found >= 0) {
                    throw new IllegalArgumentException("'" + marker + "' appears more than once");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException(
                    "The document has no '" + marker + "' line for the " + name + " section");
        }
        return found;
    }

    /** The lines without their terminators; handles \n and \r\n. */
    private static List<String> lines(String document) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < document.length()) {
            int nl = document.indexOf('\n', from);
            int to = nl < 0 ? document.length() : nl;
            String line = document.substring(from, to);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            from = nl < 0 ? document.length() : nl + 1;
        }
        return lines;
    }
}
