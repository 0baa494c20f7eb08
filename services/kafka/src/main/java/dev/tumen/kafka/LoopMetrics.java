package dev.tumen.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The counters every loop keeps, registered at zero when the loop is built so a dashboard sees them before the
 * first failure: {@code tumen.kafka.loop.restarts}, {@code tumen.kafka.transactions.aborted},
 * {@code tumen.kafka.commits.failed}, {@code tumen.kafka.transactions.hanging.aborted}, {@code tumen.kafka.records.skipped} and {@code tumen.kafka.dead.letters} by
 * reason, each tagged with the loop. A transactional loop also times its stages ({@link Stages}).
 */
public final class LoopMetrics {
    /** Why a record was dead-lettered (a bounded set, to keep the metric's cardinality low). */
    public enum Reason {
        MALFORMED("malformed"), TOO_LARGE("too-large"), TOO_COSTLY("too-costly"), FAILED("failed"),
        TRANSACTION_ABORTED("transaction-aborted");

        public final String tag;

        Reason(String tag) {
            this.tag = tag;
        }
    }

    private final Counter restarts;
    private final Counter aborted;
    private final Counter skipped;
    private final Counter commitsFailed;
    private final Counter hangingAborted;
    private final Counter batchesCut;
    private final Map<Reason, Counter> deadLetters = new EnumMap<>(Reason.class);
    private final MeterRegistry registry;
    private final String loop;
    private Stages stages;

    public LoopMetrics(MeterRegistry registry, String loop) {
        this.registry = registry;
        this.loop = loop;
        restarts = Counter.builder("tumen.kafka.loop.restarts").tag("loop", loop)
                .description("times the loop rebuilt its clients after an error").register(registry);
        aborted = Counter.builder("tumen.kafka.transactions.aborted").tag("loop", loop)
                .description("transactions aborted (their records are read again)").register(registry);
        commitsFailed = Counter.builder("tumen.kafka.commits.failed").tag("loop", loop)
                .description("offset commits that failed (the records are done; a restart would read them again)")
                .register(registry);
        hangingAborted = Counter.builder("tumen.kafka.transactions.hanging.aborted").tag("loop", loop)
                .description("hanging transactions (open, unknown to their coordinator) the loop aborted").register(registry);
        batchesCut = Counter.builder("tumen.kafka.loop.batches.cut").tag("loop", loop)
                .description("batches whose transform ran past the loop's budget: the rest was read again in the next batch")
                .register(registry);
        skipped = Counter.builder("tumen.kafka.records.skipped").tag("loop", loop)
                .description("records given up under the skip policy").register(registry);
        for (Reason r : Reason.values()) {
            deadLetters.put(r, Counter.builder("tumen.kafka.dead.letters").tag("loop", loop).tag("reason", r.tag)
                    .description("records sent to a dead-letter topic").register(registry));
        }
    }

    /**
     * Where a record's time goes in a transactional loop, so the stage where records wait can be read from one scrape:
     * {@code tumen.kafka.loop.record.wait} (the record's timestamp, normally its producer's send, to the poll that
     * returned it: time in the topic, the lag, and the batch's gathering), {@code tumen.kafka.loop.batch.gather} (of
     * which the batch's wait for more records after its first poll, zero when taken at once),
     * {@code tumen.kafka.loop.batch.process} (poll to every output sent, the wait for the previous batch's commit included),
     * {@code tumen.kafka.loop.batch.commit} (offsets sent and the transaction committed) and
     * {@code tumen.kafka.loop.batch.records} (records per transaction). Batch process is split into
     * {@code tumen.kafka.loop.batch.transform} (the transform of every record: the service's own work),
     * {@code tumen.kafka.loop.batch.commit.wait} (waiting for the previous batch's commit, when commits overlap) and
     * {@code tumen.kafka.loop.batch.send} (the transaction begun and every output handed to the producer), and
     * {@code tumen.kafka.loop.batch.transform.cpu}, the CPU time the loop's thread used for the transform: the transform's
     * wall time less this is time its thread was ready but waited for a core (or blocked). Registered
     * by the first loop that asks, so loops without transactions do not show them.
     */
    public final class Stages {
        private final Timer recordWait;
        private final Timer process;
        private final Timer commit;
        private final DistributionSummary batch;
        private final Timer transform;
        private final Timer transformCpu;
        private final Timer commitWait;
        private final Timer send;
        private final Timer gather;

        private Stages() {
            recordWait = Timer.builder("tumen.kafka.loop.record.wait").tag("loop", loop)
                    .description("from a record's timestamp to the poll that returned it").publishPercentiles(0.5, 0.99)
                    .register(registry);
            process = Timer.builder("tumen.kafka.loop.batch.process").tag("loop", loop)
                    .description("from a poll to every output of its batch sent (transform included)").publishPercentiles(0.5, 0.99)
                    .register(registry);
            commit = Timer.builder("tumen.kafka.loop.batch.commit").tag("loop", loop)
                    .description("offsets sent and the transaction committed").publishPercentiles(0.5, 0.99).register(registry);
            batch = DistributionSummary.builder("tumen.kafka.loop.batch.records").tag("loop", loop)
                    .description("records per transaction").publishPercentiles(0.5, 0.99).register(registry);
            transform = Timer.builder("tumen.kafka.loop.batch.transform").tag("loop", loop)
                    .description("a batch's records transformed (part of batch process)").register(registry);
            transformCpu = Timer.builder("tumen.kafka.loop.batch.transform.cpu").tag("loop", loop)
                    .description("CPU time of the loop's thread during a batch's transform (the rest of the transform's time it"
                            + " waited for a core, or was blocked)").register(registry);
            commitWait = Timer.builder("tumen.kafka.loop.batch.commit.wait").tag("loop", loop)
                    .description("waiting for the previous batch's commit before this batch's transaction begins (part of batch process)")
                    .register(registry);
            send = Timer.builder("tumen.kafka.loop.batch.send").tag("loop", loop)
                    .description("a batch's transaction begun and its outputs handed to the producer (part of batch process)")
                    .register(registry);
            gather = Timer.builder("tumen.kafka.loop.batch.gather").tag("loop", loop)
                    .description("a batch's wait for more records after its first poll (zero when taken at once; part of record wait)")
                    .register(registry);
        }

        public void recordWaited(long millis) {
            recordWait.record(Math.max(0, millis), TimeUnit.MILLISECONDS);
        }

        public void processed(long nanos, int records) {
            process.record(nanos, TimeUnit.NANOSECONDS);
            batch.record(records);
        }

        public void gathered(long nanos) {
            gather.record(nanos, TimeUnit.NANOSECONDS);
        }

        public void committed(long nanos) {
            commit.record(nanos, TimeUnit.NANOSECONDS);
        }

        /**
         * Where a batch's process time went: transform (and its thread's CPU time, negative when the JVM cannot tell),
         * the wait for the previous commit, and the sends.
         */
        public void split(long transformNanos, long transformCpuNanos, long commitWaitNanos, long sendNanos) {
            transform.record(transformNanos, TimeUnit.NANOSECONDS);
            if (transformCpuNanos >= 0) {
                transformCpu.record(transformCpuNanos, TimeUnit.NANOSECONDS);
            }
            commitWait.record(commitWaitNanos, TimeUnit.NANOSECONDS);
            send.record(sendNanos, TimeUnit.NANOSECONDS);
        }
    }

    /** CPU time the calling thread has used, in ns, or -1 when the JVM does not measure it. */
    static long threadCpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The stage timers of a transactional loop, registered on the first call. */
    public synchronized Stages stages() {
        if (stages == null) {
            stages = new Stages();
        }
        return stages;
    }

    /** Counters nobody reads, for tools and tests. */
    public static LoopMetrics unregistered(String loop) {
        return new LoopMetrics(new SimpleMeterRegistry(), loop);
    }

    public void restarted() {
        restarts.increment();
    }

    public void aborted() {
        aborted.increment();
    }

    public void commitFailed() {
        commitsFailed.increment();
    }

    public double commitsFailed() {
        return commitsFailed.count();
    }

    public void hangingAborted() {
        hangingAborted.increment();
    }

    public void batchCut() {
        batchesCut.increment();
    }

    public void skipped() {
        skipped.increment();
    }

    public void deadLettered(Reason reason) {
        deadLetters.get(reason).increment();
    }

    public double deadLetters(Reason reason) {
        return deadLetters.get(reason).count();
    }
}
