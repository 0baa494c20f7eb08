package dev.tumen.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageSink;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.model.PageReceived;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PushAdmissionFilterTest {
    private final IngestMetrics metrics = IngestMetrics.inMemory();
    private Refusal full;
    private final PageSink sink = new PageSink() {
        @Override
        public void publish(PageReceived page) {
            throw new AssertionError("the filter publishes nothing");
        }

        @Override
        public Refusal full() {
            return full;
        }
    };
    private final PushAdmissionFilter filter = new PushAdmissionFilter(sink, metrics, new RefusalHandler());

    @Test
    void aPushFindingThePublishLaneFullIsAnswered429BeforeItsBodyIsRead() {
        full = new Refusal(429, "kafka-busy", "256 pages are already waiting for Kafka's acknowledgement").retryAfter(1);

        HttpResponse<?> refused = filter.admit(HttpRequest.POST("/pages", "{}"));

        assertNotNull(refused);
        assertEquals(429, refused.code());
        assertEquals("1", refused.getHeaders().get("Retry-After"));
        assertTrue(String.valueOf(refused.body()).contains("kafka-busy"), String.valueOf(refused.body()));
        assertEquals(1.0, metrics.registry().counter("tumen.ingest.refusals", "channel", "push", "reason", "kafka-busy").count());
    }

    @Test
    void otherRequestsAndPushesWithRoomAreAdmitted() {
        full = new Refusal(429, "kafka-busy", "full").retryAfter(1);
        assertNull(filter.admit(HttpRequest.GET("/health")));
        assertNull(filter.admit(HttpRequest.POST("/fetch", "{}")));

        full = null;
        assertNull(filter.admit(HttpRequest.POST("/pages", "{}")));
    }
}
