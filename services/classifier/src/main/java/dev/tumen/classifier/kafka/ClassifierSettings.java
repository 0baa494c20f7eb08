package dev.tumen.classifier.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code tumen.classifier.*}: how the labelling pipeline consumes and produces.
 * Every value can be set by environment variable, e.g. {@code TUMEN_CLASSIFIER_THREADS=2}.
 */
@ConfigurationProperties("tumen.classifier")
public class ClassifierSettings {
    /** Pipeline threads in this instance, each with its own consumer and transactional producer. */
    private int threads = 1;
    /**
     * This instance's stable name. Transactional ids derive from it, so a restarted instance fences its
     * crashed predecessor and aborts its open transaction at once instead of after the timeout.
     */
    private String instanceId = defaultInstanceId();
    /** Consumer group; a new group with {@code output-topic} set re-labels history from the start. */
    private String groupId;
    /** Where labelled articles go; empty = the catalogue's articles topic (with the topic prefix). */
    private String outputTopic = "";
    /** Upper bound of records per transaction; smaller batches commit sooner (lower latency). */
    private int maxBatch = 200;
    /** How long an unfinished transaction of a vanished instance may block read_committed readers. */
    private Duration transactionTimeout = Duration.ofSeconds(15);

    private static String defaultInstanceId() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "classifier-0" : host;
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        this.threads = Math.max(1, threads);
    }

    public String getInstanceId() {
        return instanceId;
    }

    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getOutputTopic() {
        return outputTopic;
    }

    public void setOutputTopic(String outputTopic) {
        this.outputTopic = outputTopic == null ? "" : outputTopic;
    }

    public int getMaxBatch() {
        return maxBatch;
    }

    public void setMaxBatch(int maxBatch) {
        this.maxBatch = Math.max(1, maxBatch);
    }

    public Duration getTransactionTimeout() {
        return transactionTimeout;
    }

    public void setTransactionTimeout(Duration transactionTimeout) {
        this.transactionTimeout = transactionTimeout;
    }
}
