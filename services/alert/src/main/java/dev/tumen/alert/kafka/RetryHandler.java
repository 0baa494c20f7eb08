package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.AlertMetrics;
import dev.tumen.alert.delivery.DeliveryEngine;
import dev.tumen.alert.delivery.DeliveryTask;
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
    private final DeliveryEngine engine;
    private final AlertProducer producer;
    private final AlertMetrics metrics;

    public RetryHandler(DeliveryEngine engine, AlertProducer producer, AlertMetrics metrics) {
        this.engine = engine;
        this.producer = producer;
        this.metrics = metrics;
    }

    public CompletableFuture<?> handle(ConsumerRecord<String, byte[]> record, ScheduledExecutorService scheduler) {
        // A record that is not a task throws MalformedRecordException: the loop dead-letters it.
        DeliveryTask task = Json.read(record.value(), DeliveryTask.class);
        if (task.deliveryId() == null || task.subscriptionId() == null || task.body() == null) {
            throw new MalformedRecordException("DeliveryTask without deliveryId, subscriptionId or body");
        }
        RecordKeys.requireKey(record, task.subscriptionId(), "subscription id");
        Instant due = task.dueAt() == null ? Instant.now() : task.dueAt();
        long delay = Duration.between(Instant.now(), due).toMillis();
        if (delay <= 0) {
            return engine.attempt(task);
        }
        AtomicInteger backlog = metrics.backlog(task.subscriptionId());
        backlog.incrementAndGet();
        CompletableFuture<Void> done = new CompletableFuture<>();
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
        // Cancelled when the partition moves to another instance in a rebalance: that instance re-reads this record.
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
