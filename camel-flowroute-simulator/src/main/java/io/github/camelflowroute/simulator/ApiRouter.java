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
 * the same way). Each route names the {@link SpecValidator} of the document that defines it, or
 * {@code null} for paths outside Flowroute's API (the simulator's control API).
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

    /** The operation, the values of the template's placeholders and the validator of its document. */
    record Match(String template, Operation operation, Map<String, String> pathParams, SpecValidator validator)
            implements Resolution {
    }

    /** The path exists but not with this method. */
    record MethodNotAllowed(Set<String> allowed) implements Resolution {
    }

    /** No such path. */
    record NotFound() implements Resolution {
    }

    private record Route(String method, String template, Pattern pattern, List<String> names, Operation op,
            SpecValidator validator) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private final List<Route> routes = new ArrayList<>();
    private final SpecValidator defaultValidator;

    /** Routes added without a validator of their own use {@code defaultValidator} (may be {@code null}). */
    ApiRouter(SpecValidator defaultValidator) {
        this.defaultValidator = defaultValidator;
    }

    ApiRouter add(String method, String template, Operation operation) {
        return add(method, template, defaultValidator, operation);
    }

    ApiRouter add(String method, String template, SpecValidator validator, Operation operation) {
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
        routes.add(new Route(method, template, Pattern.compile(regex.toString()), names, operation, validator));
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
                return new Match(route.template(), route.op(), params, route.validator());
            }
            allowed.add(route.method());
        }
        return allowed.isEmpty() ? new NotFound() : new MethodNotAllowed(allowed);
    }
}
