package dev.tumen.alert.api;

import dev.tumen.alert.stream.StreamHub;
import dev.tumen.common.http.ProblemException;
import dev.tumen.common.http.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A stream client that cannot be served now (the maximum is reached, or the stream is starting): 503 and when to retry. */
@Produces
@Singleton
public class StreamUnavailableHandler implements ExceptionHandler<StreamHub.Unavailable, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, StreamHub.Unavailable e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return Problems.response(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, e.reason(), "Service unavailable", e.getMessage())
                .with("retryAfterSeconds", seconds), request).header("Retry-After", Long.toString(seconds));
    }
}
