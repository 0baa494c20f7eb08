package dev.tumen.alert.delivery;

import com.netflix.concurrency.limits.Limit;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One subscriber's deliveries: an ordered queue, and at most {@link Limit#getLimit()} attempts in flight, a limit that
 * follows the receiver's answers. A busy receiver makes its alerts wait here (not in a retry tier); the queue's bound
 * is what the consumer's back-pressure watches ({@link #full()}), so memory stays bounded without a failure path.
 *
 * <p>Attempts start in queue order. Up to the limit they are on the wire together, so a receiver may see two of them
 * swap places; the queue itself never reorders.
 */
public final class SubscriberLane {
    /** Starts one attempt; the future completes with the answer as soon as there is one. */
    @FunctionalInterface
    public interface Dispatch {
        CompletableFuture<Answer> start(DeliveryTask task);
    }

    /**
     * What an attempt told us about the receiver, and how to make its outcome durable.
     *
     * @param overloaded the receiver failed in a way that says "less, please" (timeout, no connection, 429, 5xx)
     * @param latencyNanos how long the receiver took: Kafka's time to take the outcome is not the receiver's
     * @param settle     writes the outcome (delivered, retry, dead letter); its future completes when durable. Called
     *                   after the attempt's slot is free, so a slow Kafka write never holds a receiver's slot
     */
    public record Answer(boolean overloaded, long latencyNanos, Settle settle) {
        /** An outcome already on its way, for answers without a request. */
        public static Answer of(boolean overloaded, CompletableFuture<Void> durable) {
            return new Answer(overloaded, 0, calledOff -> durable);
        }
    }

    /** Writes an attempt's outcome. */
    @FunctionalInterface
    public interface Settle {
        /**
         * @param calledOff the attempt's record moved to another consumer in a rebalance while the attempt was on the
         *                  wire, and was not read again here: its new owner reads it again and makes the attempt itself,
         *                  so an outcome that hands the delivery on (a retry task) must not be written here too, or the
         *                  delivery's retries would go on twice. Such an outcome completes with {@link LeftToNextOwner}
         */
        CompletableFuture<Void> write(boolean calledOff);
    }

    /** The outcome was not written: the attempt's record belongs to another consumer now, which makes it again. */
    public static final class LeftToNextOwner extends RuntimeException {
        public LeftToNextOwner(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * One queued delivery. {@code done} is handed to the caller, who may cancel it (its record moved away in a
     * rebalance); {@code outcome} is this lane's own, completed with the attempt's durable outcome even then, so a
     * re-read of the record can wait for an attempt already made instead of making it again.
     */
    private static final class Item {
        final DeliveryTask task;
        final RecordWork done = new RecordWork();
        final CompletableFuture<Void> outcome = new CompletableFuture<>();
        final long enqueuedNanos = System.nanoTime();
        /** The attempt was started (guarded by the lane's lock). */
        boolean launched;
        /** Shed to the retry tier, the park write not yet settled (guarded by the lane's lock). */
        boolean parking;
        /** Called off while on the wire, then read again here: its outcome is this lane's to write (lane's lock). */
        boolean readAgain;
        /** Its record is being called off ({@link #callOff}): nothing more of it starts (lane's lock). */
        boolean callingOff;
        /** Its outcome's write has begun, for its own record (not left to the next owner; lane's lock). */
        boolean settling;
        /** Its answer came (lane's lock): from then on a call-off's wait for it is decided. */
        boolean answered;
        /**
         * Called off while on the wire, and the revocation waits for its answer ({@link #answerWait}): an answer in
         * time is settled as this record's own; once the wait is over without one, this is cleared (lane's lock).
         */
        boolean awaited;

        Item(DeliveryTask task) {
            this.task = task;
        }

        DeliveryTask task() {
            return task;
        }

        CompletableFuture<Void> done() {
            return done;
        }

        long enqueuedNanos() {
            return enqueuedNanos;
        }

        void complete(Throwable failure) {
            if (failure == null) {
                outcome.complete(null);
                done.complete(null);
            } else {
                outcome.completeExceptionally(failure);
                done.completeExceptionally(failure);
            }
        }
    }

    private final String subscriptionId;
    private final Limit limit;
    private final int queueSize;
    private final Dispatch dispatch;
    private final java.util.function.BiConsumer<SubscriberLane, Boolean> busyWatch;
    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    /**
     * Queued or in flight, by delivery id and attempts made: the same record offered again joins it instead of being
     * sent twice. Not by delivery id alone: the retry of a failed attempt may arrive before its predecessor is
     * forgotten, and must not be taken for a repeat.
     */
    private final java.util.Map<String, Item> live = new java.util.HashMap<>();
    /**
     * Deliveries whose first attempt settled here lately (outcome durable, or parked in the first retry tier by
     * {@link #shedIfStuck}), oldest first, with when they settled
     * ({@link System#nanoTime()}): at most twice the queue, and none older than {@link #SETTLED_FOR}.
     */
    private final java.util.LinkedHashMap<String, Long> settled = new java.util.LinkedHashMap<>();
    /**
     * How long a settled first attempt is remembered. A re-read after a rebalance starts at the partition's last
     * commit, which the loops move on every poll up to the oldest record still at work; work older than this has been
     * shed to a retry tier (queue-wait) or timed out long before. Without an age limit every lane kept up to twice its
     * queue (1,000 keys, about 120 KB): with a thousand subscribers about 120 MB in the end, near the whole heap. Past
     * it, a re-read sends the alert again under the same webhook-id, as at-least-once allows.
     */
    static final java.time.Duration SETTLED_FOR = java.time.Duration.ofMinutes(5);
    private final long settledForNanos;
    private int inFlight;
    /**
     * The queue's length as of its last change, readable without the lock: the consumers ask every lane whether it is
     * full on every poll, and must not queue up behind a lane that is busy starting attempts (with a thousand
     * subscribers, the poll loop waited on one busy lane after another).
     */
    private volatile int queuedNow;
    private boolean failing;
    /** A thread is starting attempts (see {@link #pump()}); {@code again}: one more round was asked for meanwhile. */
    private boolean pumping;
    private boolean again;
    /**
     * Test seam (package-private, set only by tests through {@link DeliveryEngine}): an outcome already durable whose
     * task it accepts is reported only once its record is called off (or after a minute), so a test can hold a record
     * in the window between "its outcome written" and "its offset committed" while its partition moves.
     */
    private volatile java.util.function.Predicate<DeliveryTask> holdSettled;
    /** Test seam, as {@link #holdSettled}: hears each attempt on the wire as its record is called off. */
    private volatile java.util.function.Consumer<DeliveryTask> calledOffOnTheWire;
    /**
     * How long a revocation waits for the answer of an attempt on the wire ({@code tumen.alert.delivery.handover-wait},
     * set by {@link DeliveryEngine}). Most receivers answer within a second; an answer in time is written for the
     * record, which is then committed, so the partition's next owner does not send the alert again (it did: the same
     * webhook-id twice, whenever a rebalance met an attempt on the wire).
     */
    private volatile Duration answerWait = Duration.ofSeconds(5);

    public SubscriberLane(String subscriptionId, Limit limit, int queueSize, Dispatch dispatch) {
        this(subscriptionId, limit, queueSize, dispatch, (lane, busy) -> { });
    }

    /**
     * As above; {@code busyWatch} hears, under this lane's lock, whenever the queue goes above half its bound
     * ({@code true}) or back to half or less ({@code false}). A lane at or below half is neither {@link #full()} nor
     * un{@link #drained()}, so the consumers' check on every poll need only look at the lanes it was told about (with a
     * thousand subscribers it walked all of them, every poll of both loops). It must not block or take locks.
     */
    public SubscriberLane(String subscriptionId, Limit limit, int queueSize, Dispatch dispatch,
                          java.util.function.BiConsumer<SubscriberLane, Boolean> busyWatch) {
        this(subscriptionId, limit, queueSize, dispatch, busyWatch, SETTLED_FOR);
    }

    /** As above, remembering settled first attempts for {@code settledFor} instead of {@link #SETTLED_FOR}. */
    SubscriberLane(String subscriptionId, Limit limit, int queueSize, Dispatch dispatch,
                   java.util.function.BiConsumer<SubscriberLane, Boolean> busyWatch, java.time.Duration settledFor) {
        this.settledForNanos = settledFor.toNanos();
        this.subscriptionId = subscriptionId;
        this.limit = limit;
        this.queueSize = queueSize;
        this.dispatch = dispatch;
        this.busyWatch = busyWatch;
    }

    /** Sets {@link #queuedNow} from the queue; called with the lock held after every change to the queue. */
    private void queueChanged() {
        boolean wasBusy = queuedNow > queueSize / 2;
        queuedNow = queue.size();
        boolean busy = queuedNow > queueSize / 2;
        if (busy != wasBusy) {
            busyWatch.accept(this, busy);
        }
    }

    public String subscriptionId() {
        return subscriptionId;
    }

    /**
     * Queues {@code task} behind this subscriber's earlier ones; completes when its attempt's outcome is durable.
     * Cancelling the future before the attempt starts takes the task out of the queue.
     */
    public CompletableFuture<Void> offer(DeliveryTask task) {
        return offer(task, false);
    }

    /**
     * As {@link #offer(DeliveryTask)}; with {@code once}, a first attempt that already settled here lately is not made
     * again. A rebalance hands a partition back from its last commit, so articles whose deliveries finished after that
     * commit are read again; their outcomes are already in Kafka, and a second request would only be a duplicate.
     */
    public CompletableFuture<Void> offer(DeliveryTask task, boolean once) {
        Item item = new Item(task);
        synchronized (this) {
            forgetOldSettled();
            if (once && settled.containsKey(key(task))) {
                return CompletableFuture.completedFuture(null);
            }
            Item same = live.get(key(task));
            if (same != null && same.parking) {
                // Read again while its park write is on its way: the retry tier is about to hold it, and a copy queued
                // here as well reached the receiver twice (QueueOverflowIT on Testcontainers' Kafka, session 40: the
                // slow receiver got three parked alerts twice). Should the write fail, this record fails with it and
                // the loop offers it again.
                return same.outcome.thenApply(v -> v);
            }
            if (same != null && !calledOff(same)) {
                // Its record was read again (a rebalance handed the partition back) while the first copy is still
                // queued or on the wire: one request, and this record is done when that one is.
                return same.done().thenApply(v -> v);
            }
            if (same != null && same.launched) {
                // Called off by a rebalance while its attempt was on the wire, then read again here: that attempt
                // counts (a second request would be a duplicate, sent after alerts that followed it), and its outcome
                // is written in full. Should it fail to become durable, this record fails too and the loop offers it again.
                same.readAgain = true;
                return same.outcome.thenApply(v -> v);
            }
            live.put(key(task), item);
            queue.addLast(item);
            queueChanged();
        }
        item.done.onCallOff(() -> callOff(item));
        // Called off before its attempt started (its partition moved away): out of the queue at once, so it counts
        // neither towards a full queue nor as its oldest alert, and a re-read copy takes its place.
        item.done().whenComplete((v, e) -> {
            if (item.done().isCancelled()) {
                dropCancelled(item);
            }
        });
        pump();
        return item.done();
    }

    /**
     * The item's record moves to another consumer: an attempt not started is dropped; one on the wire is waited for
     * up to {@link #answerWait} and, answered in time, settled as this record's own (durable, the record counts as done
     * here); unanswered by then, it leaves its next retry to the new owner ({@link Settle#write}). An outcome already
     * being written (or a park already on its way) is waited for, and then the record counts as done here.
     */
    private CompletableFuture<Boolean> callOff(Item item) {
        boolean writing;
        boolean onTheWire;
        synchronized (this) {
            item.callingOff = true;
            writing = item.settling || item.parking;
            onTheWire = !writing && item.launched && !item.answered;
            item.awaited = onTheWire;
        }
        item.done().cancel(false);
        if (writing) {
            return item.outcome.handle((v, e) -> e == null);
        }
        if (!onTheWire) {
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Boolean> durable = new CompletableFuture<>();
        item.outcome.whenComplete((v, e) -> durable.complete(e == null));
        CompletableFuture.delayedExecutor(answerWait.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS).execute(() -> {
            boolean late;
            synchronized (this) {
                late = !item.answered;
                if (late) {
                    item.awaited = false;
                }
            }
            if (late) {
                durable.complete(false);
            }
        });
        var seen = calledOffOnTheWire;
        if (seen != null) {
            seen.accept(item.task());
        }
        return durable;
    }

    void answerWait(Duration wait) {
        this.answerWait = wait;
    }

    void calledOffOnTheWire(java.util.function.Consumer<DeliveryTask> seam) {
        this.calledOffOnTheWire = seam;
    }

    private static boolean calledOff(Item item) {
        return item.callingOff || item.done().isCancelled();
    }

    private synchronized void dropCancelled(Item item) {
        if (!item.launched && queue.remove(item)) {
            queueChanged();
            forget(item);
        }
    }

    private static String key(DeliveryTask task) {
        return task.deliveryId() + "#" + task.attempts();
    }

    private synchronized void forget(Item item) {
        live.remove(key(item.task()), item);
    }

    private synchronized void settled(Item item) {
        forget(item);
        if (item.task().attempts() == 0) {
            settled.put(key(item.task()), System.nanoTime());
            if (settled.size() > 2 * queueSize) {
                settled.remove(settled.keySet().iterator().next());
            }
            forgetOldSettled();
        }
    }

    /** Drops settled first attempts older than {@link #settledForNanos} (oldest first; lock held). */
    private void forgetOldSettled() {
        long now = System.nanoTime();
        var oldest = settled.values().iterator();
        while (oldest.hasNext() && now - oldest.next() >= settledForNanos) {
            oldest.remove();
        }
    }

    /** An attempt started under the lock, whose answer is watched once the lock is released. */
    private record Launched(Item item, CompletableFuture<Answer> answer, long started, int inFlightAtStart) {
    }

    /**
     * Starts queued attempts while the limit allows. Attempts start under the lane's lock, so they leave in queue
     * order even when several threads finish attempts at once; their answers are watched only after the lock is
     * released. An attempt can finish before its answer is watched (a refused connection on a loaded machine), and
     * then its outcome is written on this thread: a Kafka write may block (first write to a topic waits for its
     * metadata, a full buffer waits for room), and while it blocks no one may wait for this lane. The consumers'
     * saturation check and Kafka's own I/O thread, settling this lane's earlier writes, both take the lock: held
     * across such a write, it stopped every subscriber's deliveries until the producer gave up (max.block.ms).
     *
     * <p>One thread pumps at a time; a pump asked for meanwhile (an attempt finishing on another thread, or on this
     * one) makes it go round once more instead of waiting or recursing.
     */
    private void pump() {
        while (true) {
            List<Launched> launched;
            synchronized (this) {
                if (pumping) {
                    again = true;
                    return;
                }
                pumping = true;
                again = false;
                launched = launchLocked();
            }
            for (Launched l : launched) {
                l.answer().whenComplete((a, e) -> finished(l.item(), l.started(), l.inFlightAtStart(), a, e));
            }
            synchronized (this) {
                pumping = false;
                if (!again) {
                    return;
                }
            }
        }
    }

    private List<Launched> launchLocked() {
        List<Launched> launched = new ArrayList<>();
        while (inFlight < limit.getLimit() && !queue.isEmpty()) {
            Item item = queue.pollFirst();
            queueChanged();
            if (calledOff(item)) {
                // Its record moved to another consumer in a rebalance, which delivers it: not attempted here too.
                forget(item);
                continue;
            }
            inFlight++;
            item.launched = true;
            long started = System.nanoTime();
            CompletableFuture<Answer> answer;
            try {
                answer = dispatch.start(item.task());
            } catch (RuntimeException e) {
                answer = CompletableFuture.failedFuture(e);
            }
            launched.add(new Launched(item, answer, started, inFlight));
        }
        return launched;
    }

    private void finished(Item item, long started, int inFlightAtStart, Answer a, Throwable e) {
        boolean calledOff;
        synchronized (this) {
            inFlight--;
            item.answered = true;
            // Decided once, under the lock a re-read joins under: a re-read from now on is a new attempt, not this one.
            calledOff = calledOff(item) && !item.readAgain && !item.awaited;
            if (calledOff) {
                forget(item);
            } else if (e == null) {
                item.settling = true;
            }
            boolean overloaded = e != null || a.overloaded();
            failing = overloaded;
            long rtt = e != null || a.latencyNanos() <= 0 ? System.nanoTime() - started : a.latencyNanos();
            limit.onSample(started, rtt, inFlightAtStart, overloaded);
        }
        // The slot is free before the outcome is written: the next alert need not wait for Kafka.
        pump();
        CompletableFuture<Void> durable;
        try {
            durable = e != null ? null : a.settle().write(calledOff);
        } catch (RuntimeException x) {
            durable = CompletableFuture.failedFuture(x);
        }
        if (e != null) {
            forget(item);
            item.complete(e);
        } else {
            durable = held(item, durable);
            durable.whenComplete((v, x) -> {
                if (x == null) {
                    settled(item);
                } else {
                    forget(item);
                }
                item.complete(x);
            });
        }
        pump();
    }

    void holdSettled(java.util.function.Predicate<DeliveryTask> which) {
        this.holdSettled = which;
    }

    private CompletableFuture<Void> held(Item item, CompletableFuture<Void> durable) {
        java.util.function.Predicate<DeliveryTask> hold = holdSettled;
        if (hold == null) {
            return durable;
        }
        return durable.thenCompose(v -> {
            if (!hold.test(item.task())) {
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> calledOff = new CompletableFuture<>();
            item.done().whenComplete((r, x) -> calledOff.complete(null));
            return calledOff.completeOnTimeout(null, 60, java.util.concurrent.TimeUnit.SECONDS);
        });
    }

    /** At or above its bound: the consumer should stop taking new records until it drains. */
    public boolean full() {
        return queuedNow >= queueSize;
    }

    /** Back to half its bound: the consumer may take records again. */
    public boolean drained() {
        return queuedNow <= queueSize / 2;
    }

    /**
     * A full lane whose receiver fails, or whose oldest alert has waited longer than {@code maxWait}, cannot be
     * waited for without holding up every other subscriber: its newest alerts down to half the bound leave the queue
     * and are handed to {@code park} (the first retry tier). Returns how many left.
     */
    public int shedIfStuck(Duration maxWait, Function<DeliveryTask, CompletableFuture<Void>> park) {
        if (queuedNow < queueSize) {
            return 0;
        }
        List<Item> shed = new ArrayList<>();
        synchronized (this) {
            Item oldest = queue.peekFirst();
            if (oldest == null || queue.size() < queueSize) {
                return 0;
            }
            boolean stale = System.nanoTime() - oldest.enqueuedNanos() > maxWait.toNanos();
            if (!failing && !stale) {
                return 0;
            }
            while (queue.size() > queueSize / 2) {
                Item last = queue.pollLast();
                queueChanged();
                // A cancelled item's record went back to Kafka in a rebalance and is read again there: parking it
                // too would start a second retry chain, and the receiver would get the alert twice.
                if (calledOff(last)) {
                    live.remove(key(last.task()), last);
                } else {
                    // Stays live until the park write settles, so that a re-read meanwhile joins it (see offer).
                    last.parking = true;
                    shed.add(0, last);
                }
            }
        }
        for (Item item : shed) {
            park.apply(item.task()).whenComplete((v, e) -> {
                if (e == null) {
                    // Parked is as good as settled for its article: the retry tier has it. Without this a re-read of
                    // the article (the partition's commit stays behind the oldest alert still held here, so a
                    // rebalance re-reads every later one) queued a second copy next to the parked one, and the
                    // receiver got each parked alert twice (QueueOverflowIT under load, session 12).
                    settled(item);
                } else {
                    forget(item);
                }
                item.complete(e);
            });
        }
        return shed.size();
    }

    public int queued() {
        return queuedNow;
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public int limit() {
        return limit.getLimit();
    }
}
