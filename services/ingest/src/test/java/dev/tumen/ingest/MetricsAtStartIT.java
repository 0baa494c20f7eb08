package dev.tumen.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.support.IngestApp;
import dev.tumen.model.Json;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.DocumentedMetrics;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every metric ingest's README and docs/operations.md name is in the first scrape, and a feed's lag with its feed. */
@ExtendWith(KafkaExtension.class)
class MetricsAtStartIT {

    @Test
    void everyDocumentedMetricIsScrapedRightAfterStartAndAFeedsLagFromItsRegistration() {
        DocumentedMetrics.Names names = DocumentedMetrics.ofService("ingest");
        assertTrue(names.atStart().contains("tumen_ingest_pages_accepted_total"), names.toString());
        assertEquals(Set.of("tumen_ingest_feed_lag_seconds"), names.perEntity());
        // A scheduler tick an hour away: only the feed's registration can make its gauge.
        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.feeds.tick", "1h"))) {
            DocumentedMetrics.assertScraped(app.get("/prometheus").body(), names.atStart(), "right after start-up");

            HttpResponse<String> added = app.postJson("/feeds", "{\"url\": \"https://feeds.example/rss\", \"paused\": true}");
            assertEquals(201, added.statusCode(), added.body());
            String id = Json.mapper().readTree(added.body()).get("id").asText();
            String scrape = app.get("/prometheus").body();
            assertTrue(scrape.contains("tumen_ingest_feed_lag_seconds{feed=\"" + id + "\"}"), scrape);

            assertEquals(204, app.delete("/feeds/" + id).statusCode());
            assertTrue(!app.get("/prometheus").body().contains("feed=\"" + id + "\""), "a removed feed's gauge goes with it");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
