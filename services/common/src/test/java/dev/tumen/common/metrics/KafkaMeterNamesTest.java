package dev.tumen.common.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KafkaMeterNamesTest {

    @Test
    void theSameKafkaMetricPerClientPerNodeAndPerTopicAllReachPrometheus() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new KafkaMeterNames());
        AtomicLong value = new AtomicLong(7);
        FunctionCounter.builder("kafka.producer.request-total", value, AtomicLong::get)
                .tags(Tags.of("client-id", "ingest")).register(registry);
        FunctionCounter.builder("kafka.producer.request-total", value, AtomicLong::get)
                .tags(Tags.of("client-id", "ingest", "node-id", "node-1")).register(registry);
        FunctionCounter.builder("kafka.producer.record-send-total", value, AtomicLong::get)
                .tags(Tags.of("client-id", "ingest")).register(registry);
        FunctionCounter.builder("kafka.producer.record-send-total", value, AtomicLong::get)
                .tags(Tags.of("client-id", "ingest", "topic", "tumen.pages.v1")).register(registry);

        String scrape = registry.scrape();
        assertTrue(scrape.contains("kafka_producer_request_total{client_id=\"ingest\"} 7"), scrape);
        assertTrue(scrape.contains("kafka_producer_node_request_total{client_id=\"ingest\",node_id=\"node-1\"} 7"), scrape);
        assertTrue(scrape.contains("kafka_producer_record_send_total{client_id=\"ingest\"} 7"), scrape);
        assertTrue(scrape.contains("kafka_producer_topic_record_send_total{client_id=\"ingest\",topic=\"tumen.pages.v1\"} 7"),
                scrape);
    }

    @Test
    void otherMetersKeepTheirNames() {
        Meter.Id id = new Meter.Id("tumen.ingest.refusals", Tags.of("topic", "x"), null, null, Meter.Type.COUNTER);
        assertEquals(id, new KafkaMeterNames().map(id));
    }
}
