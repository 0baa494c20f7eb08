package dev.tumen.common.http;

import io.micronaut.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/** Thrown by controllers to answer with a precise problem+json response. */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String slug;
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

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

    /** Adds a response header (a 412's current {@code ETag}, a {@code Retry-After}). */
    public ProblemException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The response headers added with {@link #header}. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public Problem toProblem(String instance) {
        return Problem.of(slug, status, getMessage(), instance, Map.copyOf(extra));
    }
}
