package io.github.camelflowroute.karaf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads OSGi manifest headers (Import-Package, Export-Package) and version ranges. */
final class OsgiHeaders {

    private OsgiHeaders() {
    }

    /** One package of a header, with its attributes ({@code version}) and directives ({@code uses}). */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives) {
    }

    /** The clauses of a header; {@code a;b;version=1} gives two clauses with the same attributes. */
    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clause : split(header, ',')) {
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clause, ';')) {
                String p = part.strip();
                int directive = p.indexOf(":=");
                int attribute = p.indexOf('=');
                if (directive > 0) {
                    directives.put(p.substring(0, directive).strip(), unquote(p.substring(directive + 2)));
                } else if (attribute > 0) {
                    attributes.put(p.substring(0, attribute).strip(), unquote(p.substring(attribute + 1)));
                } else if (!p.isEmpty()) {
                    names.add(p);
                }
            }
            names.forEach(n -> clauses.add(new Clause(n, attributes, directives)));
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == separator && !quoted) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    private static String unquote(String value) {
        String v = value.strip();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    /** An OSGi version range: {@code [1.2,2)}, {@code (1,2]}, or {@code 1.2} (1.2 and up). */
    record VersionRange(int[] low, boolean lowInclusive, int[] high, boolean highInclusive) {

        static VersionRange parse(String text) {
            String t = text.strip();
            if (t.startsWith("[") || t.startsWith("(")) {
                String[] ends = t.substring(1, t.length() - 1).split(",");
                return new VersionRange(version(ends[0]), t.startsWith("["), version(ends[1]), t.endsWith("]"));
            }
            return new VersionRange(version(t), true, null, false);
        }

        boolean includes(String version) {
            int[] v = version(version);
            int lowCompare = compare(v, low);
            if (lowCompare < 0 || (lowCompare == 0 && !lowInclusive)) {
                return false;
            }
            if (high == null) {
                return true;
            }
            int highCompare = compare(v, high);
            return highCompare < 0 || (highCompare == 0 && highInclusive);
        }
    }

    /** major, minor, micro of a version; the qualifier does not matter for these checks. */
    static int[] version(String text) {
        String[] parts = text.strip().split("[.-]");
        int[] v = new int[3];
        for (int i = 0; i < 3 && i < parts.length; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                break;
            }
        }
        return v;
    }

    static int compare(int[] a, int[] b) {
        for (int i = 0; i < 3; i++) {
            if (a[i] != b[i]) {
                return Integer.compare(a[i], b[i]);
            }
        }
        return 0;
    }
}
