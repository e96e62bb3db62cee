package io.github.camelflowroute.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps method + path to an operation. Templates are tried in the order added, so literal paths such as
 * {@code /v2/numbers/available} must be added before {@code /v2/numbers/{id}} (the spec resolves them
 * the same way).
 */
final class ApiRouter {

    /** One API operation. */
    @FunctionalInterface
    interface Operation {
        ApiResponse handle(ApiRequest request);
    }

    /** Result of {@link #resolve}. */
    sealed interface Resolution permits Match, MethodNotAllowed, NotFound {
    }

    /** The operation and the values of the template's placeholders. */
    record Match(String template, Operation operation, Map<String, String> pathParams) implements Resolution {
    }

    /** The path exists but not with this method. */
    record MethodNotAllowed(Set<String> allowed) implements Resolution {
    }

    /** No such path. */
    record NotFound() implements Resolution {
    }

    private record Route(String method, String template, Pattern pattern, List<String> names, Operation op) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private final List<Route> routes = new ArrayList<>();

    ApiRouter add(String method, String template, Operation operation) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, operation));
        return this;
    }

    Resolution resolve(String method, String path) {
        Set<String> allowed = new TreeSet<>();
        String matchedTemplate = null;
        for (Route route : routes) {
            Matcher m = route.pattern().matcher(path);
            if (!m.matches()) {
                continue;
            }
            // a literal template that matched shadows placeholder templates for the same path
            if (matchedTemplate != null && !matchedTemplate.equals(route.template())) {
                continue;
            }
            matchedTemplate = route.template();
            if (route.method().equals(method)) {
                Map<String, String> params = new LinkedHashMap<>();
                for (int i = 0; i < route.names().size(); i++) {
                    params.put(route.names().get(i), m.group(i + 1));
                }
                return new Match(route.template(), route.op(), params);
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }
}
