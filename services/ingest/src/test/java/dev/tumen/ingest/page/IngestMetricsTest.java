package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

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
    }
}
