package dev.tumen.common.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.concurrent.Semaphore;

/**
 * Bounds the requests a service holds at once, running or waiting for a thread of the {@code blocking} pool, whose
 * queue is unbounded: without it a burst of requests (each up to {@code micronaut.server.max-request-size}) waits in
 * that queue, bodies and all, without limit, and a client that sends many slow requests (a costly page to
 * {@code POST /classify}) holds every thread while the rest pile up. Past {@code tumen.http.max-pending-requests} a
 * request is answered at once with {@code 503} problem+json ({@code overloaded}) and {@code Retry-After}, before its
 * body is read or it reaches a controller. Health, metrics and the API description are never refused, so an
 * overloaded instance is still seen as alive; a request is counted until its response starts, so a live stream holds
 * its slot only while it is being opened.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestAdmissionFilter implements Ordered {
    /** After the bearer-token filter (a request without a valid token holds nothing) and any service's own check. */
    public static final int ORDER = HIGHEST_PRECEDENCE + 200;
    private static final String ADMITTED = "tumen.http.admitted";
    private final Semaphore slots;
    private final int retryAfterSeconds;
    private final Counter refused;
    private final String service;

    public RequestAdmissionFilter(@Value("${tumen.http.max-pending-requests:128}") int maxPending,
                                  @Value("${tumen.http.overload-retry-after-seconds:1}") int retryAfterSeconds,
                                  @Value("${micronaut.application.name:tumen}") String service,
                                  MeterRegistry meters) {
        if (maxPending < 1) {
            throw new ConfigurationException("tumen.http.max-pending-requests must be at least 1, got " + maxPending);
        }
        if (retryAfterSeconds < 1) {
            throw new ConfigurationException("tumen.http.overload-retry-after-seconds must be at least 1, got " + retryAfterSeconds);
        }
        this.slots = new Semaphore(maxPending);
        this.retryAfterSeconds = retryAfterSeconds;
        this.service = service;
        this.refused = Counter.builder("tumen.http.requests.overloaded")
                .description("requests answered 503 because max-pending-requests were already held").register(meters);
        Gauge.builder("tumen.http.requests.pending", slots, s -> maxPending - s.availablePermits())
                .description("requests held now (running, or waiting for a thread)").register(meters);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> admit(HttpRequest<?> request) {
        if (exempt(request.getPath())) {
            return null;
        }
        if (!slots.tryAcquire()) {
            refused.increment();
            return Problems.response(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                            service + " is holding as many requests as it may (tumen.http.max-pending-requests); try again shortly"), request)
                    .header("Retry-After", Integer.toString(retryAfterSeconds));
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return null;
    }

    @ResponseFilter
    public void release(HttpRequest<?> request) {
        // Removed first, so a response filtered twice (an error rendered after a response) releases once.
        if (request.removeAttribute(ADMITTED, Boolean.class).isPresent()) {
            slots.release();
        }
    }

    private static boolean exempt(String path) {
        return path.equals("/health") || path.startsWith("/health/") || path.equals("/prometheus") || path.startsWith("/openapi");
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
