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

    /**
     * Careless values that started the classifier (probe of session 28): an empty instance id (every instance set to it
     * shared its transactional ids), an output topic Kafka cannot name, and the pages topic as the output.
     */
    @Test
    void aBlankInstanceIdIsTheHostNameAndAnOutputTopicMustBeAnotherTopicKafkaCanName() {
        ClassifierSettings settings = new ClassifierSettings();
        String host = settings.getInstanceId();
        settings.setInstanceId("  ");
        assertEquals(host, settings.getInstanceId());
        dev.tumen.common.kafka.TopicNames topics = new dev.tumen.common.kafka.TopicNames("s.");
        assertEquals("s.tumen.articles.v1", LabellingPipeline.outputTopic("", topics));
        assertEquals("s.tumen.articles.replay-2.v1", LabellingPipeline.outputTopic("s.tumen.articles.replay-2.v1", topics));
        for (String bad : java.util.List.of("bad topic!", "s.tumen.pages.v1", "x".repeat(250))) {
            org.junit.jupiter.api.Assertions.assertThrows(io.micronaut.context.exceptions.ConfigurationException.class,
                    () -> LabellingPipeline.outputTopic(bad, topics), bad);
        }
    }
}
