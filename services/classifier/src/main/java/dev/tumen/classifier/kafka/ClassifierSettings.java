package dev.tumen.classifier.kafka;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code tumen.classifier.*}: how the labelling pipeline consumes and produces.
 * Every value can be set by environment variable, e.g. {@code TUMEN_CLASSIFIER_THREADS=2}.
 */
@ConfigurationProperties("tumen.classifier")
public class ClassifierSettings {
    /**
     * Pipeline threads in this instance, each with its own consumer and transactional producer. Labelling is CPU
     * work, so the default is one per core the JVM may use (a container's CPU limit included); 0 or less means the
     * same.
     */
    private int threads = cores();
    /**
     * This instance's stable name. Transactional ids derive from it, so a restarted instance fences its
     * crashed predecessor and aborts its open transaction at once instead of after the timeout.
     */
    private String instanceId = defaultInstanceId();
    /** Consumer group; a new group with {@code output-topic} set re-labels history from the start. */
    private String groupId;
    /** Where labelled articles go; empty = the catalogue's articles topic (with the topic prefix). */
    private String outputTopic = "";
    /**
     * Upper bound of records per transaction (and of one poll, {@code max.poll.records}); smaller batches commit
     * sooner. 64 rather than 200: at 200 pages/s a transaction holds about 25 pages, so the bound acts only when the
     * classifier is behind, and there each loop holds two batches (one labelling, one committing) of pages and their
     * labels, which outlive young collections and are promoted: with 200 the classifier's heap grew to its maximum
     * and its resident memory passed 300 MB at saturation (docs/benchmarks.md, session 10). 64 pages still share one
     * transaction's fixed cost, and the records a poll leaves stay in the consumer's buffer for the next one.
     */
    private int maxBatch = 64;
    /**
     * How long a batch gathers pages after its first ones arrive before it is labelled: pages arriving within this
     * window share one transaction, and every transaction costs a fixed amount whatever its size (offsets commit, a
     * marker on each partition it wrote, which every read_committed reader downstream reads too): at most this much
     * latency for fewer of them. The loop waits, not the broker: until session 8 this was the consumer's
     * {@code fetch.max.wait.ms} with a large {@code fetch.min.bytes}, which had the broker answer an idle consumer
     * empty every 20 ms (about 50 fetches a second per labeller thread, 6 % of a core of broker and 5 % of the
     * classifier's with nothing to do); the consumer now fetches with Kafka's defaults (the broker answers at the first
     * page, or after 500 ms).
     */
    private Duration batchWait = Duration.ofMillis(20);
    /**
     * Whether a page reaching a labeller thread that waited at least {@link #batchWait} for it gathers as well. Off:
     * such a page is labelled at once, since no page arrived within a window before it and the wait would buy no
     * sharing (at 20 pages/s every page waited the whole 20 ms alone: one page per transaction). A busy thread, which
     * finds pages waiting when it polls, still gathers, so batches at 200 pages/s and at saturation are as before.
     */
    private boolean gatherAfterIdle = false;
    /** A poll that brings this many bytes of pages is labelled at once, without gathering more. */
    private int batchBytes = 524288;
    /**
     * Upper bound of one fetch's answer ({@code fetch.max.bytes}; Kafka's default is 50 MiB). Each answer is read
     * into one heap buffer through a temporary native buffer of the same size, which the allocator then keeps
     * resident: a backlog on every partition made answers of several MiB. 1 MiB of compressed pages is still
     * 50-100 pages, more than a transaction should hold.
     */
    private int fetchMaxBytes = 1048576;
    /**
     * Whether a transaction's commit overlaps labelling the next poll's pages (one transaction open at a time, each
     * with its own batch's offsets); false makes each loop wait for its commit before it polls again.
     */
    private boolean overlapCommit = true;
    /** How long an unfinished transaction of a vanished instance may block read_committed readers. */
    private Duration transactionTimeout = Duration.ofSeconds(15);

    /**
     * The CPU time one page may take to classify; a page over it is stopped and dead-lettered with the reason
     * {@code page-too-costly} (422 from {@code POST /classify}), not retried. An ordinary page takes about a millisecond
     * and the largest pages the content cap lets through a fraction of a second; 2 s stops a page that found a path
     * the square of its length (hostile pages found four, 17-58 s each) long before the loop's 20 s batch cut or its
     * 60 s stall guard. 0 turns the cap off.
     */
    private Duration pageBudget = Duration.ofSeconds(2);

    /** What happens to a page that cannot be labelled. */
    private Failure failure = new Failure();

    /**
     * {@code tumen.classifier.failure.*}: bounded attempts with backoff, then {@code dead-letter} (default),
     * {@code fail} (the loop stops, health DOWN) or {@code skip} (counted); and how long a loop with pages
     * waiting may make no progress before health says DOWN.
     */
    @ConfigurationProperties("failure")
    public static class Failure {
        private int maxAttempts = 3;
        private Duration backoff = Duration.ofMillis(200);
        private String onFailure = "dead-letter";
        private Duration stallTimeout = Duration.ofMinutes(2);

        public int getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getBackoff() {
            return backoff;
        }

        public void setBackoff(Duration backoff) {
            this.backoff = backoff;
        }

        public String getOnFailure() {
            return onFailure;
        }

        public void setOnFailure(String onFailure) {
            this.onFailure = onFailure;
        }

        public Duration getStallTimeout() {
            return stallTimeout;
        }

        public void setStallTimeout(Duration stallTimeout) {
            this.stallTimeout = stallTimeout;
        }
    }

    public Duration getPageBudget() {
        return pageBudget;
    }

    public void setPageBudget(Duration pageBudget) {
        this.pageBudget = pageBudget;
    }

    public Failure getFailure() {
        return failure;
    }

    public void setFailure(Failure failure) {
        this.failure = failure;
    }

    private static String defaultInstanceId() {
        String host = System.getenv("HOSTNAME");
        return host == null || host.isBlank() ? "classifier-0" : host;
    }

    public int getThreads() {
        return threads;
    }

    public void setThreads(int threads) {
        this.threads = threads <= 0 ? cores() : threads;
    }

    private static int cores() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public String getInstanceId() {
        return instanceId;
    }

    /**
     * A blank id is the default, the host name: taken as it was, every instance set to it would share one set of
     * transactional ids and fence each other (probe of session 28).
     */
    public void setInstanceId(String instanceId) {
        this.instanceId = instanceId == null || instanceId.isBlank() ? defaultInstanceId() : instanceId.strip();
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

    public Duration getBatchWait() {
        return batchWait;
    }

    public void setBatchWait(Duration batchWait) {
        this.batchWait = batchWait == null || batchWait.isNegative() ? Duration.ZERO : batchWait;
    }

    public int getBatchBytes() {
        return batchBytes;
    }

    public void setBatchBytes(int batchBytes) {
        this.batchBytes = Math.max(1, batchBytes);
    }

    public int getFetchMaxBytes() {
        return fetchMaxBytes;
    }

    public void setFetchMaxBytes(int fetchMaxBytes) {
        this.fetchMaxBytes = Math.max(1, fetchMaxBytes);
    }

    public boolean isGatherAfterIdle() {
        return gatherAfterIdle;
    }

    public void setGatherAfterIdle(boolean gatherAfterIdle) {
        this.gatherAfterIdle = gatherAfterIdle;
    }

    public boolean isOverlapCommit() {
        return overlapCommit;
    }

    public void setOverlapCommit(boolean overlapCommit) {
        this.overlapCommit = overlapCommit;
    }

    public Duration getTransactionTimeout() {
        return transactionTimeout;
    }

    public void setTransactionTimeout(Duration transactionTimeout) {
        this.transactionTimeout = transactionTimeout;
    }
}
