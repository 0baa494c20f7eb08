package dev.tumen.alert.api;

import dev.tumen.alert.delivery.DeliveryLog;
import dev.tumen.common.http.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** The delivery log's records cannot be read from Kafka now: 503 and when to retry, never a log with holes. */
@Produces
@Singleton
public class LogUnreadableHandler implements ExceptionHandler<DeliveryLog.Unreadable, HttpResponse<?>> {
    static final long RETRY_AFTER_SECONDS = 5;

    @Override
    public HttpResponse<?> handle(HttpRequest request, DeliveryLog.Unreadable e) {
        return Problems.retryLater(request, "log-unavailable", e.getMessage(), RETRY_AFTER_SECONDS);
    }
}
