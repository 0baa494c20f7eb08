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
        assertEquals(Duration.ofMillis(20), settings.getBatchWait());
        settings.setBatchWait(Duration.ofMillis(-5));
        assertEquals(Duration.ZERO, settings.getBatchWait());
        settings.setBatchBytes(0);
        assertEquals(1, settings.getBatchBytes());
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
