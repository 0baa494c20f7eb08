package dev.tumen.ingest.api;

import dev.tumen.common.http.RequestAdmissionFilter;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageSink;
import dev.tumen.ingest.page.Refusal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A push ({@code POST /pages}) that finds the pages waiting for Kafka at their bound ({@link PageSink#full}) is
 * answered {@code 429} ({@code kafka-busy}, {@code Retry-After}) before its body is parsed, hashed and written only to
 * be refused by the send, and before it takes one of the service's request slots ({@link RequestAdmissionFilter}).
 */
@ServerFilter("/pages")
public class PushAdmissionFilter implements Ordered {
    private final PageSink sink;
    private final IngestMetrics metrics;
    private final RefusalHandler refusals;

    public PushAdmissionFilter(PageSink sink, IngestMetrics metrics, RefusalHandler refusals) {
        this.sink = sink;
        this.metrics = metrics;
        this.refusals = refusals;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> admit(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.POST || !request.getPath().equals("/pages")) {
            return null;
        }
        Refusal full = sink.full();
        if (full == null) {
            return null;
        }
        metrics.refused("push", full.reason());
        return refusals.handle(request, full);
    }

    @Override
    public int getOrder() {
        return RequestAdmissionFilter.ORDER - 10;
    }
}
