package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IngestMetricsTest {

    @Test
    void pageAndFeedCountersExistAtZeroFromStartUp() {
        IngestMetrics metrics = IngestMetrics.inMemory();
        for (String channel : IngestMetrics.CHANNELS) {
            for (String name : new String[] {"tumen.ingest.pages.accepted", "tumen.ingest.pages.duplicates"}) {
                var counter = metrics.registry().find(name).tag("channel", channel).counter();
                assertNotNull(counter, name + "{channel=" + channel + "}");
                assertEquals(0.0, counter.count());
            }
        }
        assertNotNull(metrics.registry().find("tumen.ingest.feed.polls").tag("outcome", "ok").counter());
        for (String outcome : IngestMetrics.FEED_POLL_OUTCOMES) {
            assertNotNull(metrics.registry().find("tumen.ingest.feed.polls").tag("outcome", outcome).counter(), outcome);
        }
        for (String outcome : IngestMetrics.FETCH_OUTCOMES) {
            assertEquals(0, metrics.registry().find("tumen.ingest.fetch.latency").tag("outcome", outcome).timer().count(), outcome);
        }
        for (String channel : IngestMetrics.CHANNELS) {
            for (String reason : IngestMetrics.REFUSAL_REASONS) {
                var counter = metrics.registry().find("tumen.ingest.refusals").tag("channel", channel).tag("reason", reason).counter();
                assertNotNull(counter, channel + "/" + reason);
                assertEquals(0.0, counter.count());
            }
        }
    }

    /** A reason the code can refuse with but the metric does not register would appear only with its first event. */
    @Test
    void everyReasonTheCodeRefusesWithIsRegistered() throws IOException {
        Pattern literal = Pattern.compile("(?:Refusal\\(\\d+, |Refusal\\.\\w+\\(|Refused\\(|ProblemException\\.\\w+\\()\"([a-z0-9-]+)\"");
        Set<String> found = new TreeSet<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../common/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(f));
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(found.size() > 20, "the scan found the refusals: " + found);
        found.removeAll(IngestMetrics.REFUSAL_REASONS);
        assertEquals(Set.of(), found, "refusal reasons missing from IngestMetrics.REFUSAL_REASONS");
    }
}
