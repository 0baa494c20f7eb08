package dev.tumen.common.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * A request that binds but breaks its record's constraints: 422 {@code invalid-request}, every violation at once
 * ({@code errors}: {@code "field: message"}), so a client fixes them in one round. The field is the JSON name, not
 * Micronaut's {@code create.body.name} path.
 */
@Produces
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationProblems implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
    private final List<RefusalObserver> observers;

    public ConstraintViolationProblems(List<RefusalObserver> observers) {
        this.observers = observers;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<String> errors = exception.getConstraintViolations().stream().map(ConstraintViolationProblems::describe).sorted().toList();
        observers.forEach(o -> o.refused(request, 422, "invalid-request"));
        return Problems.response(ProblemException.unprocessable("invalid-request", Problems.listed(errors)).with("errors", errors),
                request);
    }

    private static String describe(ConstraintViolation<?> v) {
        List<Path.Node> nodes = StreamSupport.stream(v.getPropertyPath().spliterator(), false).toList();
        // method.parameter[.field...]: drop the method and the body parameter, keep the JSON field path.
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node n = nodes.get(i);
            if (n.getKind() == jakarta.validation.ElementKind.METHOD
                    || (n.getKind() == jakarta.validation.ElementKind.PARAMETER && i < nodes.size() - 1)) {
                continue;
            }
            if (n.getIndex() != null) {
                field.append('[').append(n.getIndex()).append(']');
            } else if (n.getName() != null && !n.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(n.getName());
            }
        }
        return (field.isEmpty() ? "body" : field) + ": " + v.getMessage();
    }
}
