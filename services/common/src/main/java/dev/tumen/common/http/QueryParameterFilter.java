package dev.tumen.common.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string is checked as strictly as a JSON body: a parameter the operation does not read is 400
 * {@code unknown-parameter} naming the ones it does ({@code ?minSeverty=high} was ignored and the stream sent
 * everything), a parameter given twice is refused rather than one of them picked, and a boolean is {@code true} or
 * {@code false} ({@code ?named=maybe} was read as false), and an integer is ASCII digits: Java's parse reads any
 * script's digits, so {@code ?limit=１} (full-width) or {@code ?limit=٣} was taken as 1 or 3 where every other reader
 * of the description's {@code integer} refuses it (probe of session 38). Only Tumen's own operations: the framework's endpoints
 * (health, metrics) keep their own rules. {@code access_token} is the credential, read by {@link BearerTokenFilter}.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class QueryParameterFilter implements Ordered {
    private static final String OWN_PACKAGE = "dev.tumen.";

    private final List<RefusalObserver> observers;

    public QueryParameterFilter(List<RefusalObserver> observers) {
        this.observers = observers;
    }

    private record Parameters(Set<String> names, Set<String> booleans, Set<String> integers) {
    }

    private static final java.util.regex.Pattern ASCII_INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,19}");

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        if (request.getParameters().isEmpty()) {
            return null;
        }
        if (!(RouteAttributes.getRouteMatch(request).orElse(null) instanceof MethodBasedRouteMatch<?, ?> route)
                || !route.getDeclaringType().getName().startsWith(OWN_PACKAGE)) {
            return null;
        }
        Parameters known = parameters(route);
        List<String> errors = new ArrayList<>();
        Set<String> unknown = new TreeSet<>();
        for (String name : request.getParameters().names()) {
            List<String> values = request.getParameters().getAll(name);
            if (name.equals("access_token")) {
                continue;
            }
            if (!known.names().contains(name)) {
                unknown.add(name);
            } else if (values.size() > 1) {
                errors.add(name + ": given " + values.size() + " times; give it once");
            } else if (known.booleans().contains(name) && !values.get(0).equals("true") && !values.get(0).equals("false")) {
                errors.add(name + ": must be true or false, got '" + Problems.quote(values.get(0)) + "'");
            } else if (known.integers().contains(name) && !ASCII_INTEGER.matcher(values.get(0)).matches()) {
                errors.add(name + ": must be one value, an integer");
            }
        }
        if (!unknown.isEmpty()) {
            String detail = "unknown query parameter" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown.stream()
                    .map(Problems::quote).toList()) + "; " + (known.names().isEmpty() ? "this operation reads none"
                    : "this operation reads " + String.join(", ", new TreeSet<>(known.names())));
            return refuse(request, ProblemException.badRequest("unknown-parameter", detail), "unknown-parameter");
        }
        if (!errors.isEmpty()) {
            return refuse(request, ProblemException.badRequest("invalid-parameter", Problems.listed(errors))
                    .with("errors", errors), "invalid-parameter");
        }
        return null;
    }

    private HttpResponse<?> refuse(HttpRequest<?> request, ProblemException problem, String slug) {
        observers.forEach(o -> o.refused(request, 400, slug));
        return Problems.response(problem, request);
    }

    private static Parameters parameters(MethodBasedRouteMatch<?, ?> route) {
        Set<String> names = new TreeSet<>();
        Set<String> booleans = new TreeSet<>();
        Set<String> integers = new TreeSet<>();
        for (Argument<?> argument : route.getArguments()) {
            if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
                String name = queryName(argument);
                names.add(name);
                if (argument.getType() == Boolean.class || argument.getType() == boolean.class) {
                    booleans.add(name);
                }
                Class<?> type = argument.getType();
                if (type == Integer.class || type == int.class || type == Long.class || type == long.class || type == Short.class
                        || type == short.class) {
                    integers.add(name);
                }
            }
        }
        return new Parameters(names, booleans, integers);
    }

    /** The query parameter an argument binds: the annotation's name, else the argument's. */
    static String queryName(Argument<?> argument) {
        return argument.getAnnotationMetadata().stringValue(QueryValue.class).filter(n -> !n.isEmpty()).orElse(argument.getName());
    }

    @Override
    public int getOrder() {
        // After the token check: a caller without a token learns nothing about an operation's parameters.
        return HIGHEST_PRECEDENCE + 200;
    }
}
