package dev.tumen.classifier.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClassifierSettingsTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void threadsDefaultToTheAvailableCores() {
        assertEquals(CORES, new ClassifierSettings().getThreads());
    }

    @Test
    void zeroOrLessMeansOnePerCoreAndAnExplicitCountIsKept() {
        ClassifierSettings settings = new ClassifierSettings();
        settings.setThreads(0);
        assertEquals(CORES, settings.getThreads());
        settings.setThreads(-3);
        assertEquals(CORES, settings.getThreads());
        settings.setThreads(3);
        assertEquals(3, settings.getThreads());
    }

    @Test
    void batchWaitIsNeverNegativeAndBatchBytesAtLeastOne() {
        ClassifierSettings settings = new ClassifierSettings();
        assertEquals(Duration.ofMillis(5), settings.getBatchWait());
        settings.setBatchWait(Duration.ofMillis(-5));
        assertEquals(Duration.ZERO, settings.getBatchWait());
        settings.setBatchBytes(0);
        assertEquals(1, settings.getBatchBytes());
    }

    @Test
    void theShippedConfigurationGathersAPageForAtMostFiveMilliseconds() throws java.io.IOException {
        String yml;
        try (var in = ClassifierSettingsTest.class.getResourceAsStream("/application.yml")) {
            yml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        var m = java.util.regex.Pattern.compile("(?m)^\\s*batch-wait:\\s*(\\d+)ms\\s*$").matcher(yml);
        org.junit.jupiter.api.Assertions.assertTrue(m.find(), "batch-wait in application.yml");
        assertEquals(5, Integer.parseInt(m.group(1)));
    }

    @Test
    void commitsOverlapLabellingAndFetchesAreCappedAtOneMebibyteByDefault() {
        ClassifierSettings settings = new ClassifierSettings();
        assertEquals(true, settings.isOverlapCommit());
        assertEquals(1048576, settings.getFetchMaxBytes());
        settings.setFetchMaxBytes(0);
        assertEquals(1, settings.getFetchMaxBytes());
    }
}
