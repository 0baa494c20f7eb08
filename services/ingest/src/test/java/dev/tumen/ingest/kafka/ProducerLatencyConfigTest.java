package dev.tumen.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page producer's linger is on every page's path to the labeller (docs/benchmarks.md, failing receivers, session 15). */
class ProducerLatencyConfigTest {

    @Test
    void aPageWaitsAtMostOneMillisecondForOthersToShareItsBatch() throws IOException {
        String yml;
        try (var in = ProducerLatencyConfigTest.class.getResourceAsStream("/application.yml")) {
            yml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("(?m)^\\s*linger\\.ms:\\s*(\\d+)\\s*$").matcher(yml);
        assertTrue(m.find(), "linger.ms in application.yml");
        assertEquals(1, Integer.parseInt(m.group(1)));
    }
}
