package dev.tumen.alert.api;

import dev.tumen.alert.delivery.DeliveryLog;
import dev.tumen.common.http.ProblemException;
import dev.tumen.common.http.Problems;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
        return Problems.response(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "log-unavailable", "Service unavailable",
                e.getMessage()).with("retryAfterSeconds", RETRY_AFTER_SECONDS), request)
                .header("Retry-After", Long.toString(RETRY_AFTER_SECONDS));
    }
}
