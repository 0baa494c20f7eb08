package dev.tumen.alert.api;

import dev.tumen.alert.stream.StreamHub;
import dev.tumen.common.http.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A stream client that cannot be served now (the maximum is reached, or the stream is starting): 503 and when to retry. */
@Produces
@Singleton
public class StreamUnavailableHandler implements ExceptionHandler<StreamHub.Unavailable, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, StreamHub.Unavailable e) {
        return Problems.retryLater(request, e.reason(), e.getMessage(), e.retryAfter().toSeconds());
    }
}
