package dev.tumen.common.http;

import dev.tumen.model.Json;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Writes {@link Problem}s as {@code application/problem+json} responses. */
public final class Problems {
    private Problems() {
    }

    public static MutableHttpResponse<String> response(Problem problem) {
        return HttpResponse.<String>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(Json.string(problem));
    }

    public static MutableHttpResponse<String> response(ProblemException e, HttpRequest<?> request) {
        MutableHttpResponse<String> response = response(e.toProblem(request == null ? null : request.getPath()));
        e.headers().forEach(response::header);
        return response;
    }

    /** Caller-given text echoed in a problem stays short: a detail must not carry a caller's megabyte back. */
    public static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** 503 with when to come back, in the header a client library honours and in the body for a reader. */
    public static MutableHttpResponse<String> retryLater(HttpRequest<?> request, String slug, String detail, long seconds) {
        long after = Math.max(1, seconds);
        return response(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, slug, detail)
                .with("retryAfterSeconds", after), request).header("Retry-After", Long.toString(after));
    }
}
