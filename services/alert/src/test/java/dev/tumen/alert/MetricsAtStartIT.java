package dev.tumen.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.DocumentedMetrics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every metric alert's README and docs/operations.md name is in the first scrape. The per-subscription ones
 * (retry backlog, queue depth, adaptive limit) have a series only once a subscriber has retries or a queue.
 */
@ExtendWith(KafkaExtension.class)
class MetricsAtStartIT {

    @Test
    void everyDocumentedMetricIsScrapedRightAfterStart() {
        DocumentedMetrics.Names names = DocumentedMetrics.ofService("alert");
        assertTrue(names.atStart().contains("tumen_alert_matched_total"), names.toString());
        assertEquals(Set.of("tumen_alert_retry_backlog", "tumen_alert_delivery_queue_depth", "tumen_alert_delivery_limit"),
                names.perEntity());
        try (AlertHarness harness = new AlertHarness(AlertHarness.fastRetries())) {
            EmbeddedServer server = harness.start();
            DocumentedMetrics.assertScraped(harness.call(server, "GET", "/prometheus", null).body(), names.atStart(),
                    "right after start-up");
        }
    }
}
