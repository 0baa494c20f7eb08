package dev.tumen.common.http;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by controllers to answer with a precise problem+json response. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String slug;
    private final Map<String, Object> extra = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String slug, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, slug, detail);
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", what + " does not exist");
    }

    public static ProblemException unprocessable(String slug, String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, slug, detail);
    }

    /** Adds a problem-specific member to the response body. */
    public ProblemException with(String name, Object value) {
        extra.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return Problem.of(slug, status, getMessage(), instance, Map.copyOf(extra));
    }
}
