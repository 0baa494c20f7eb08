package dev.tumen.ingest.api;

import dev.tumen.common.http.ProblemException;
import dev.tumen.common.http.Problems;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageSink;
import dev.tumen.ingest.page.Refusal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.concurrent.Semaphore;

/**
 * Bounds the requests ingest holds at once (running on the {@code blocking} pool or waiting for one of its threads):
 * the pool's own queue is unbounded, so without this a burst faster than Kafka takes pages would queue requests, and
 * their bodies, without limit. Past {@code tumen.ingest.max-pending-requests} a request is answered at once with
 * {@code 503} problem+json ({@code type} ending in {@code overloaded}) and {@code Retry-After}, before it reaches the
 * pool or a controller.
 * Health, metrics and the API description are never refused, so an overloaded instance is still seen as alive.
 *
 * <p>A push ({@code POST /pages}) that finds the pages waiting for Kafka at their bound ({@link PageSink#full}) is
 * answered {@code 429} ({@code kafka-busy}, {@code Retry-After}) here too, before its body is parsed, hashed and
 * written only to be refused by the send.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestAdmissionFilter implements Ordered {
    private static final String ADMITTED = "tumen.ingest.admitted";
    private final Semaphore slots;
    private final int retryAfterSeconds;
    private final Counter refused;
    private final PageSink sink;
    private final IngestMetrics metrics;
    private final RefusalHandler refusals;

    public RequestAdmissionFilter(@Value("${tumen.ingest.max-pending-requests:128}") int maxPending,
                                  @Value("${tumen.ingest.overload-retry-after-seconds:1}") int retryAfterSeconds,
                                  MeterRegistry meters, PageSink sink, IngestMetrics metrics, RefusalHandler refusals) {
        this.sink = sink;
        this.metrics = metrics;
        this.refusals = refusals;
        if (maxPending < 1) {
            throw new ConfigurationException("tumen.ingest.max-pending-requests must be at least 1, got " + maxPending);
        }
        this.slots = new Semaphore(maxPending);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
        this.refused = Counter.builder("tumen.ingest.requests.overloaded")
                .description("requests answered 503 because max-pending-requests were already held").register(meters);
        Gauge.builder("tumen.ingest.requests.pending", slots, s -> maxPending - s.availablePermits())
                .description("requests held now (running or waiting for a thread)").register(meters);
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> admit(HttpRequest<?> request) {
        if (exempt(request.getPath())) {
            return null;
        }
        if (request.getMethod() == HttpMethod.POST && request.getPath().equals("/pages")) {
            Refusal full = sink.full();
            if (full != null) {
                metrics.refused("push", full.reason());
                return refusals.handle(request, full);
            }
        }
        if (!slots.tryAcquire()) {
            refused.increment();
            return Problems.response(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "overloaded",
                            "ingest is holding as many requests as it may (tumen.ingest.max-pending-requests); try again shortly"), request)
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

    /** After the bearer-token filter: a request without a valid token is refused by it and holds nothing. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 200;
    }
}
