package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.AlertMetrics;
import dev.tumen.alert.delivery.DeliveryEngine;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.alert.delivery.RecordWork;
import dev.tumen.common.net.OutboundHttp;
import dev.tumen.kafka.RecordKeys;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Consumes the retry tiers: each record waits in memory until it is due, then gets its attempt. Its offset is
 * committed only after the attempt's outcome is in Kafka, so a restart re-reads every retry still pending.
 */
@Singleton
public class RetryHandler {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RetryHandler.class);
    private final DeliveryEngine engine;
    private final AlertProducer producer;
    private final AlertMetrics metrics;

    public RetryHandler(DeliveryEngine engine, AlertProducer producer, AlertMetrics metrics) {
        this.engine = engine;
        this.producer = producer;
        this.metrics = metrics;
    }

    /**
     * When a retry task read from a tier is attempted: at its {@code dueAt}, but never later than the longest wait the
     * retry schedule gives from now. A task due far later (year 9999, from anyone who may write the tier, or written
     * under a longer schedule before a restart) waited in memory until then, its attempt never made and the tier
     * partition's commit held behind it, so every restart re-sent every retry after it (probe of session 34, the
     * seventh review's note). {@link Instant#MAX} overflowed the delay in milliseconds.
     *
     * @throws MalformedRecordException for a negative {@code attempts}, which Tumen never writes: the schedule's index
     *                                  failed at the attempt's end, and a large negative count retried for ever
     */
    static Instant due(DeliveryTask task, Instant now, Duration longestWait) {
        if (task.attempts() < 0) {
            throw new MalformedRecordException("DeliveryTask with attempts " + task.attempts() + ", below 0");
        }
        Instant latest = now.plus(longestWait);
        if (task.dueAt() == null) {
            return now;
        }
        return task.dueAt().isAfter(latest) ? latest : task.dueAt();
    }

    /**
     * The task, when it can be attempted at all.
     *
     * @throws MalformedRecordException without a delivery id, subscription id or body, or with a delivery id that is
     *                                  no header value: it is sent as {@code webhook-id}, and Tumen writes only
     *                                  {@code msg_} and hex; a line break in one from outside would be a header of its
     *                                  writer's (the sender refuses it too, but then every tier retried it for hours)
     */
    static DeliveryTask requireSendable(DeliveryTask task) {
        if (task.deliveryId() == null || task.subscriptionId() == null || task.body() == null) {
            throw new MalformedRecordException("DeliveryTask without deliveryId, subscriptionId or body");
        }
        if (!OutboundHttp.headerValue(task.deliveryId())) {
            throw new MalformedRecordException("DeliveryTask whose deliveryId is no header value (a control or non-ASCII character, or empty)");
        }
        return task;
    }

    public CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record, ScheduledExecutorService scheduler) {
        // A record that is not a task throws MalformedRecordException: the loop dead-letters it.
        DeliveryTask task = requireSendable(Json.read(record.value(), DeliveryTask.class));
        RecordKeys.requireKey(record, task.subscriptionId(), "subscription id");
        Instant now = Instant.now();
        Instant due = due(task, now, engine.backoff().longestWait());
        if (task.dueAt() != null && due.isBefore(task.dueAt())) {
            LOG.warn("retry task {} of {} on {}-{}@{} is due at {}, later than any retry is scheduled: attempted at {}", task.deliveryId(),
                    task.subscriptionId(), record.topic(), record.partition(), record.offset(), task.dueAt(), due);
        }
        long delay = Duration.between(now, due).toMillis();
        if (delay <= 0) {
            return engine.attempt(task);
        }
        AtomicInteger backlog = metrics.backlog(task.subscriptionId());
        backlog.incrementAndGet();
        RecordWork done = new RecordWork();
        AtomicBoolean waiting = new AtomicBoolean(true);
        java.util.concurrent.atomic.AtomicReference<CompletableFuture<Void>> attempt = new java.util.concurrent.atomic.AtomicReference<>();
        ScheduledFuture<?> timer = scheduler.schedule(() -> {
            if (!waiting.compareAndSet(true, false)) {
                return;
            }
            backlog.decrementAndGet();
            CompletableFuture<Void> started = engine.attempt(task);
            attempt.set(started);
            if (done.isCancelled()) {
                started.cancel(false);
            }
            started.whenComplete((v, e) -> {
                if (e == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(e);
                }
            });
        }, delay, TimeUnit.MILLISECONDS);
        // Called off when the partition moves to another instance in a rebalance: that instance re-reads this record,
        // unless its attempt's outcome is being written already (then the record is committed first).
        done.onCallOff(() -> {
            if (waiting.compareAndSet(true, false)) {
                timer.cancel(false);
                backlog.decrementAndGet();
                done.cancel(false);
                return CompletableFuture.completedFuture(false);
            }
            CompletableFuture<Void> started = attempt.get();
            // null: the timer is starting the attempt right now, and calls it off once it sees this cancel.
            CompletableFuture<Boolean> answer = started == null ? CompletableFuture.completedFuture(false) : RecordWork.callOff(started);
            done.cancel(false);
            return answer;
        });
        // Cancelled outright (lost partitions, a loop restarting): as called off, without waiting for any write.
        done.whenComplete((v, e) -> {
            if (!done.isCancelled()) {
                return;
            }
            if (waiting.compareAndSet(true, false)) {
                timer.cancel(false);
                backlog.decrementAndGet();
            }
            CompletableFuture<Void> started = attempt.get();
            if (started != null) {
                // Still in its subscriber's queue: the new owner of the partition attempts it.
                started.cancel(false);
            }
        });
        return done;
    }
}
