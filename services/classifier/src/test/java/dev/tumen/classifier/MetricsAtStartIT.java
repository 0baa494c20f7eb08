package dev.tumen.classifier;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.kafka.ClassifierContexts;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.DocumentedMetrics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every classifier metric the README and docs/operations.md name is in the first scrape. */
@ExtendWith(KafkaExtension.class)
class MetricsAtStartIT {

    @Test
    void everyDocumentedMetricIsScrapedRightAfterStart() throws Exception {
        DocumentedMetrics.Names names = DocumentedMetrics.ofService("classifier");
        assertTrue(names.atStart().contains("tumen_classifier_pages_total"), names.toString());
        assertTrue(names.perEntity().isEmpty(), names.toString());
        EmbeddedServer server = ClassifierContexts.start(ClassifierContexts.newTopics(), new HashMap<>());
        try {
            HttpResponse<String> scrape = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/prometheus"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            DocumentedMetrics.assertScraped(scrape.body(), names.atStart(), "right after start-up");
        } finally {
            server.getApplicationContext().close();
        }
    }
}
