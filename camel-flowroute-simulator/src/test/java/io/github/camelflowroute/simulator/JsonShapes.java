package io.github.camelflowroute.simulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Compares the structure of an answer with a live sample, as issue 11 asks: the same keys at every level
 * (a key may be missing only where the sample shows {@code null}), the same JSON types (strings vs
 * numbers; a {@code null} in the sample accepts any type, a {@code null} in the answer needs one in the
 * sample), the same wrapping of list items, and the same link shapes. Values are not compared, nor key
 * order, nor the number of list items.
 *
 * <p>Lists: each item of the answer must match at least one item of the sample's list (live lists mix
 * shapes, e.g. inbound MDRs without receipts and outbound ones with them); an empty answer list matches
 * only where the sample's list is empty or has an empty instance somewhere.
 *
 * <p>Links: a sample string that is an absolute http(s) URL needs an answer string with the same scheme
 * and host, as many path segments, each equal or both holding digits (ids), and the same query parameter
 * names in the same order.
 */
final class JsonShapes {

    private JsonShapes() {
    }

    /** The differences, each naming its JSON path; empty when the shapes agree. */
    static List<String> differences(JsonNode sample, JsonNode actual) {
        List<String> problems = new ArrayList<>();
        compare(sample, actual, "$", problems);
        return problems;
    }

    private static void compare(JsonNode sample, JsonNode actual, String path, List<String> problems) {
        if (sample.isNull()) {
            return;
        }
        if (actual.isNull()) {
            problems.add(path + ": null where the sample has " + kind(sample));
            return;
        }
        if (!kind(sample).equals(kind(actual))) {
            problems.add(path + ": " + kind(actual) + " where the sample has " + kind(sample));
            return;
        }
        if (sample.isObject()) {
            for (Map.Entry<String, JsonNode> field : sample.properties()) {
                JsonNode value = actual.get(field.getKey());
                if (value == null) {
                    if (!field.getValue().isNull()) {
                        problems.add(path + "." + field.getKey() + ": missing");
                    }
                } else {
                    compare(field.getValue(), value, path + "." + field.getKey(), problems);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!sample.has(name)) {
                    problems.add(path + "." + name + ": not in the sample");
                }
            });
        } else if (sample.isArray()) {
            compareList(sample, actual, path, problems);
        } else if (sample.isTextual() && isUrl(sample.asText())) {
            compareLink(sample.asText(), actual.asText(), path, problems);
        }
    }

    private static void compareList(JsonNode sample, JsonNode actual, String path, List<String> problems) {
        if (sample.isEmpty()) {
            return;
        }
        if (actual.isEmpty()) {
            problems.add(path + ": empty where the sample lists items");
            return;
        }
        for (int i = 0; i < actual.size(); i++) {
            JsonNode item = actual.get(i);
            List<List<String>> candidates = new ArrayList<>();
            for (JsonNode sampleItem : sample) {
                List<String> p = new ArrayList<>();
                compare(sampleItem, item, path + "[" + i + "]", p);
                candidates.add(p);
            }
            List<String> closest = candidates.stream().min(Comparator.comparingInt(List::size)).orElseThrow();
            problems.addAll(closest);
        }
    }

    private static void compareLink(String sample, String actual, String path, List<String> problems) {
        if (!isUrl(actual)) {
            problems.add(path + ": '" + actual + "' is not a URL like the sample's " + sample);
            return;
        }
        URI s = URI.create(sample);
        URI a = URI.create(actual);
        List<String> sSegments = List.of(s.getRawPath().split("/"));
        List<String> aSegments = List.of(a.getRawPath().split("/"));
        boolean pathAlike = s.getScheme().equals(a.getScheme()) && s.getHost().equals(a.getHost())
                && sSegments.size() == aSegments.size();
        for (int i = 0; pathAlike && i < sSegments.size(); i++) {
            String x = sSegments.get(i);
            String y = aSegments.get(i);
            pathAlike = x.equals(y) || x.matches(".*\\d.*") && y.matches(".*\\d.*");
        }
        if (!pathAlike || !queryNames(s).equals(queryNames(a))) {
            problems.add(path + ": link " + actual + " is not shaped like the sample's " + sample);
        }
    }

    private static List<String> queryNames(URI uri) {
        List<String> names = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
        }
        return names;
    }

    private static boolean isUrl(String text) {
        return text.startsWith("https://") || text.startsWith("http://");
    }

    /** Strings and numbers apart, integers and decimals alike (the samples mix 1 and 3.99). */
    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case OBJECT -> "an object";
            case ARRAY -> "a list";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> node.getNodeType().name().toLowerCase();
        };
    }
}
