package dev.tumen.ingest.api;

import dev.tumen.common.http.ProblemException;
import dev.tumen.common.http.Problems;
import dev.tumen.ingest.page.Refusal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Answers a domain {@link Refusal} with its problem+json response (type = the refusal's reason). */
@Produces
@Singleton
public class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<?>> {
    @Override
    public HttpResponse<?> handle(HttpRequest request, Refusal refusal) {
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        var response = Problems.response(new ProblemException(status, refusal.reason(), refusal.getMessage()), request);
        if (refusal.retryAfterSeconds() > 0) {
            // Kafka outages, back-pressure and start-up are short: tell well-behaved clients when to try again.
            response.header("Retry-After", Integer.toString(refusal.retryAfterSeconds()));
        }
        return response;
    }
}
