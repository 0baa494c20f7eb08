package dev.tumen.alert.delivery;

import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.subscription.SubscriptionService;
import dev.tumen.alert.subscription.SubscriptionStore;
import dev.tumen.model.AlertDelivered;
import dev.tumen.model.Subscription;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import com.netflix.concurrency.limits.limit.AIMDLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues each delivery in its subscriber's {@link SubscriberLane}, makes its attempt when the lane allows, and records
 * what follows from it: delivered (an {@code AlertDelivered}), a retry in the right tier, a dead letter when attempts run out, a paused subscription on 410 Gone or after
 * failing for days. The returned future completes when all of that is in Kafka, which is when the record that
 * caused the attempt may be committed: nothing is lost between the two.
 */
@Singleton
public class DeliveryEngine {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryEngine.class);

    private final SubscriptionStore store;
    private final SubscriptionService subscriptions;
    private final WebhookSender sender;
    private final DeliveryPublisher publisher;
    private final DeliveryLog log;
    private final AlertMetrics metrics;
    private final AlertSettings settings;
    private final Backoff backoff;
    private final Map<String, SubscriberLane> lanes = new ConcurrentHashMap<>();
    /** Lanes above half their bound (told by the lanes themselves): the only ones {@link #saturated()} must look at. */
    private final java.util.Set<SubscriberLane> busy = ConcurrentHashMap.newKeySet();
    private final java.util.function.Function<DeliveryTask, CompletableFuture<Void>> deferral = this::defer;
    private boolean holding;
    /** See {@link SubscriberLane#holdSettled}: tests only. */
    private volatile java.util.function.Predicate<DeliveryTask> holdSettled;
    /** See {@link SubscriberLane#calledOffOnTheWire}: tests only. */
    private volatile java.util.function.Consumer<DeliveryTask> calledOffOnTheWire;
    private final ExecutorService blocking = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "delivery-admin");
        t.setDaemon(true);
        return t;
    });

    public DeliveryEngine(SubscriptionStore store, SubscriptionService subscriptions, WebhookSender sender, DeliveryPublisher publisher,
                          DeliveryLog log, AlertMetrics metrics, AlertSettings settings) {
        this.store = store;
        this.subscriptions = subscriptions;
        this.sender = sender;
        this.publisher = publisher;
        this.log = log;
        this.metrics = metrics;
        this.settings = settings;
        this.backoff = new Backoff(settings.backoff(), settings.jitter(), settings.maxRetryAfter(), () -> ThreadLocalRandom.current().nextDouble());
        // A deleted subscription's queue, metrics and log went on being held: a loop of create, deliver and delete
        // grew the heap by a queue and its series per turn. Its queued tasks still end (cancelled at their start).
        store.onRemoved(this::forget);
    }

    /** Lets go of what this instance kept for a subscription that no longer exists. */
    void forget(String subscriptionId) {
        SubscriberLane lane = lanes.remove(subscriptionId);
        if (lane != null) {
            busy.remove(lane);
        }
        metrics.forget(subscriptionId);
        log.forget(subscriptionId);
    }

    /**
     * Test seam: from now on, an outcome of a task {@code which} accepts is reported (its record done) only once its
     * record is called off in a rebalance, though it is durable already: the window between an outcome's write and its
     * record's commit, held open.
     */
    void holdSettled(java.util.function.Predicate<DeliveryTask> which) {
        holdSettled = which;
        lanes.values().forEach(l -> l.holdSettled(which));
    }

    /** Tests only: hears each attempt on the wire as its record is called off in a rebalance. */
    void calledOffOnTheWire(java.util.function.Consumer<DeliveryTask> seam) {
        calledOffOnTheWire = seam;
        lanes.values().forEach(l -> l.calledOffOnTheWire(seam));
    }

    /** Subscriptions with a delivery queue here. */
    public int lanesHeld() {
        return lanes.size();
    }

    public Backoff backoff() {
        return backoff;
    }

    /**
     * Queues {@code task} behind the subscriber's earlier deliveries and attempts it when the subscriber's adaptive
     * limit allows. The future completes when the attempt's outcome is in Kafka.
     */
    public CompletableFuture<Void> attempt(DeliveryTask task) {
        return attempt(task, false);
    }

    /**
     * The first attempt of a delivery an article asked for: skipped when the same first attempt settled here lately
     * (the article was read again after a rebalance; see {@link SubscriberLane#offer(DeliveryTask, boolean)}).
     */
    public CompletableFuture<Void> attemptFirst(DeliveryTask task) {
        return attempt(task, true);
    }

    private CompletableFuture<Void> attempt(DeliveryTask task, boolean once) {
        Subscription sub = store.get(task.subscriptionId());
        if (sub == null || sub.paused() || store.held(sub.id())) {
            return cancel(task, sub);
        }
        return lanes.computeIfAbsent(sub.id(), this::lane).offer(task, once);
    }

    private SubscriberLane lane(String subscriptionId) {
        // AIMD rather than a latency-gradient limit (Gradient2, Vegas): a webhook receiver gives few samples, at
        // irregular times, and its clearest "less, please" is an error or a timeout, which AIMD halves on at once;
        // Gradient2 ignores errors and needs a steady stream of samples to estimate its baseline latency. Latency
        // still counts: an attempt slower than slow-attempt is treated like an error.
        AIMDLimit limit = AIMDLimit.newBuilder()
                .initialLimit(settings.initialInFlightPerSubscription())
                .minLimit(1)
                .maxLimit(settings.maxInFlightPerSubscription())
                .backoffRatio(0.5)
                .timeout(settings.slowAttempt().toNanos(), TimeUnit.NANOSECONDS)
                .build();
        SubscriberLane lane = new SubscriberLane(subscriptionId, limit, settings.queueSize(), this::start, (l, above) -> {
            if (above) {
                busy.add(l);
            } else {
                busy.remove(l);
            }
        });
        lane.holdSettled(holdSettled);
        lane.calledOffOnTheWire(calledOffOnTheWire);
        lane.answerWait(settings.handoverWait());
        metrics.lane(lane);
        return lane;
    }

    /**
     * The attempt itself, when the lane lets it go: the subscription is read again, it may have changed while queued.
     * Runs under the lane's lock, so it writes nothing to Kafka itself: every write is in the answer's settle, which
     * the lane calls without its lock.
     */
    private CompletableFuture<SubscriberLane.Answer> start(DeliveryTask task) {
        Subscription sub = store.get(task.subscriptionId());
        if (sub == null || sub.paused() || store.held(sub.id())) {
            return CompletableFuture.completedFuture(new SubscriberLane.Answer(false, 0, calledOff -> cancel(task, sub)));
        }
        if (task.firstAttemptAt() != null && log.deliveredSince(sub.id(), task.deliveryId(), task.firstAttemptAt())) {
            // A second chain of retries for a delivery its first chain has delivered since (a record whose next retry
            // was written but its offset not committed, read again after a crash or a lost partition): nothing is
            // sent. Only a chain begun before that success: a replay starts a chain of its own, after it.
            metrics.outcome("already-delivered");
            LOG.info("Delivery {} to {} was delivered after this retry's chain began: not attempted again", task.deliveryId(), sub.id());
            return CompletableFuture.completedFuture(new SubscriberLane.Answer(false, 0, calledOff -> CompletableFuture.completedFuture(null)));
        }
        Instant now = Instant.now();
        int attempt = task.attempts() + 1;
        if (attempt == 1 && task.labelledAt() != null) {
            metrics.firstAttemptStarted(Duration.between(task.labelledAt(), now));
        }
        Instant first = task.firstAttemptAt() == null ? now : task.firstAttemptAt();
        return sender.send(sub.url(), task.deliveryId(), sub.secrets(), task.body(), now)
                .thenApply(result -> new SubscriberLane.Answer(overloaded(result), result.latency().toNanos(),
                        calledOff -> settle(sub, task, attempt, first, result, calledOff)));
    }

    /** No answer, 429 or 5xx: the receiver is struggling. A 4xx other than 429 says nothing about its capacity. */
    private static boolean overloaded(WebhookSender.Result r) {
        return (r.status() == 0 && !r.refused()) || r.status() == 429 || r.status() >= 500;
    }

    private CompletableFuture<Void> cancel(DeliveryTask task, Subscription sub) {
        Instant now = Instant.now();
        metrics.outcome("cancelled");
        if (sub == null) {
            return publisher.log(entry(task, 0, "cancelled", null, Duration.ZERO, now, "subscription deleted", null, null));
        }
        return CompletableFuture.allOf(
                publisher.deadLetter(task, "subscription paused"),
                publisher.log(entry(task, 0, "cancelled", null, Duration.ZERO, now, "subscription paused", null, null)));
    }

    /**
     * Whether the consumers should stop taking records: some subscriber's queue is full, and stays "full" until every
     * queue is back below half its bound. Stuck full queues (failing receiver, or the oldest alert waited longer than
     * queue-wait) give up their newest half to the first retry tier first, so one receiver cannot hold everyone.
     * Only lanes above half their bound can be full or not drained, so only those are looked at.
     */
    public synchronized boolean saturated() {
        boolean anyFull = false;
        boolean allDrained = true;
        for (SubscriberLane lane : busy) {
            lane.shedIfStuck(settings.queueWait(), deferral);
            anyFull |= lane.full();
            allDrained &= lane.drained();
        }
        holding = holding ? !allDrained : anyFull;
        return holding;
    }

    /** A queue that cannot drain in time parks its newest alerts in the first retry tier, not counting an attempt. */
    private CompletableFuture<Void> defer(DeliveryTask task) {
        Instant now = Instant.now();
        Instant due = now.plus(settings.backoff().size() > 1 ? settings.backoff().get(1) : Duration.ofSeconds(5));
        metrics.outcome("deferred");
        return CompletableFuture.allOf(
                publisher.retry(1, task.retry(task.attempts(), task.firstAttemptAt(), due, "deferred: subscriber's queue full and not draining")),
                publisher.log(entry(task, 0, "deferred", null, Duration.ZERO, now, "queue full and not draining", null, due)));
    }

    private CompletableFuture<Void> settle(Subscription sub, DeliveryTask task, int attempt, Instant first, WebhookSender.Result r,
                                           boolean calledOff) {
        Instant now = Instant.now();
        metrics.attempt(r.status(), r.latency());
        String error = r.error() != null ? r.error() : (r.ok() ? null : "HTTP " + r.status());
        if (r.ok()) {
            metrics.outcome("delivered");
            if (task.labelledAt() != null) {
                metrics.delivered(Duration.between(task.labelledAt(), now));
            }
            // One record: the audit entry is also the delivery log's entry (DeliveryAttempt.of reads it back).
            return publisher.delivered(new AlertDelivered(task.deliveryId(), sub.id(), task.articleId(), task.url(), task.title(),
                    task.severity(), task.categories(), task.evidence(), attempt, r.status(), task.receivedAt(), now, task.type(),
                    r.latency().toMillis(), r.body(), task.format(), task.body(), task.storyId(), task.labelledAt()));
        }
        if (r.status() == 410) {
            metrics.outcome("gone");
            CompletableFuture<Void> logged = publisher.log(entry(task, attempt, "gone", 410, r.latency(), now,
                    "410 Gone: subscription paused", r.body(), null));
            return logged.thenCompose(v -> pause(sub, "the receiver answered 410 Gone"));
        }
        if (r.refused()) {
            metrics.outcome("refused");
            return CompletableFuture.allOf(publisher.deadLetter(task, "URL refused: " + r.error()),
                    publisher.log(entry(task, attempt, "refused", null, r.latency(), now, r.error(), null, null)));
        }
        if (!backoff.canRetry(attempt)) {
            metrics.outcome("exhausted");
            LOG.info("Delivery {} to {} exhausted after {} attempts: {}", task.deliveryId(), sub.id(), attempt, error);
            return pauseIfFailingTooLong(sub, task, attempt, now, CompletableFuture.allOf(
                    publisher.deadLetter(task.retry(attempt, first, now, error), "attempts exhausted: " + error),
                    publisher.log(entry(task, attempt, "exhausted", status(r), r.latency(), now, error, r.body(), null))));
        }
        Duration retryAfter = r.status() == 429 || r.status() == 503 ? Backoff.parseRetryAfter(r.retryAfter(), now) : null;
        Instant due = backoff.nextAttempt(attempt, now, retryAfter);
        int tier = backoff.tierFor(attempt, Duration.between(now, due));
        metrics.outcome("retrying");
        if (calledOff) {
            // Its record (an article or a retry task) moved to another instance while this attempt was on the wire, and
            // that instance reads it again and makes this attempt itself. A retry task written here as well was a second
            // chain of retries for the delivery: each later failure was retried twice, and once the receiver was back it
            // got the alert twice (RestartIT under load, session 46). The attempt is logged; the next one is the owner's.
            return publisher.log(entry(task, attempt, "retrying", status(r), r.latency(), now, error, r.body(), null))
                    .thenCompose(v -> CompletableFuture.failedFuture(new SubscriberLane.LeftToNextOwner(
                            "delivery " + task.deliveryId() + " attempt " + attempt + " failed after its record moved away")));
        }
        CompletableFuture<Void> done = CompletableFuture.allOf(
                publisher.retry(tier, task.retry(attempt, first, due, error)),
                publisher.log(entry(task, attempt, "retrying", status(r), r.latency(), now, error, r.body(), due)));
        return pauseIfFailingTooLong(sub, task, attempt, now, done);
    }

    /**
     * Pauses a subscription whose deliveries have failed without a success for {@code auto-pause-after}. The clock
     * starts at the first unanswered failure, but never before the subscription's last change: a resume (or a fixed
     * URL) gets the full period again instead of being paused by its first failure.
     */
    private CompletableFuture<Void> pauseIfFailingTooLong(Subscription sub, DeliveryTask task, int attempt, Instant now,
                                                          CompletableFuture<Void> done) {
        Instant failingSince = log.failingSince(sub.id());
        if (failingSince == null) {
            return done;
        }
        Instant failing = sub.updatedAt() != null && sub.updatedAt().isAfter(failingSince) ? sub.updatedAt() : failingSince;
        if (!failing.plus(settings.autoPauseAfter()).isBefore(now)) {
            return done;
        }
        metrics.outcome("auto-paused");
        return done.thenCompose(v -> publisher.log(entry(task, attempt, "auto-paused", null, Duration.ZERO, now,
                        "failing since " + failing + ": subscription paused", null, null)))
                .thenCompose(v -> pause(sub, "deliveries failing since " + failing));
    }

    /**
     * Pauses off the HTTP client's threads (the write waits for its read-back). A pause that cannot be written is
     * logged, not failed: the delivery's own records are already in Kafka, and failing here would make the loop
     * handle the record again and send the webhook once more. The next failure tries the pause again.
     */
    private CompletableFuture<Void> pause(Subscription sub, String why) {
        return CompletableFuture.runAsync(() -> subscriptions.pauseQuietly(sub.id(), why), blocking)
                .exceptionally(e -> {
                    LOG.warn("Could not pause subscription {} ({}): {}", sub.id(), why, e.toString());
                    return null;
                });
    }

    private static Integer status(WebhookSender.Result r) {
        return r.status() == 0 ? null : r.status();
    }

    /** Every entry carries its task, so any logged delivery (a delivered one too) can be replayed. */
    private static DeliveryAttempt entry(DeliveryTask t, int attempt, String outcome, Integer status, Duration latency, Instant at,
                                         String error, String response, Instant next) {
        return new DeliveryAttempt(t.deliveryId(), t.subscriptionId(), t.articleId(), t.type(), attempt, outcome, status,
                latency.toMillis(), at, error, response, next, t);
    }

    @PreDestroy
    void close() {
        blocking.shutdownNow();
    }
}
