package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryPublisher;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.alert.story.Story;
import dev.tumen.alert.story.StoryPublisher;
import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.alert.stream.StreamPublisher;
import dev.tumen.model.AlertDelivered;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Topics;
import dev.tumen.model.Json;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/** Every record the delivery side writes: retries, the delivery log, dead letters, delivered alerts, stories, the stream. */
@Singleton
public class AlertProducer implements DeliveryPublisher, StoryPublisher, StreamPublisher {
    static final String SOURCE = "/tumen/alert";
    public static final String DUE_HEADER = "tumen.due";
    static final String OUTCOME_HEADER = "tumen.outcome";
    static final String AT_HEADER = "tumen.at";
    /** The delivery a log record is about; {@code ce_subject} is the key (the subscription) on every topic. */
    static final String DELIVERY_ID_HEADER = "tumen.delivery-id";
    /** A story record's {@link Story#version()}: a reader that holds that version already need not parse the record. */
    static final String VERSION_HEADER = "tumen.version";

    private final KafkaClients clients;
    private final AlertTopics topics;

    public AlertProducer(KafkaClients clients, AlertTopics topics) {
        this.clients = clients;
        this.topics = topics;
    }

    @Override
    public CompletableFuture<Void> retry(int tier, DeliveryTask task) {
        Headers h = CloudEvents.headers(Topics.TYPE_DELIVERY_TASK, SOURCE, task.subscriptionId());
        h.add(DUE_HEADER, task.dueAt().toString().getBytes(StandardCharsets.UTF_8));
        return send(new ProducerRecord<>(topics.retryTier(tier), null, task.subscriptionId(), Json.bytes(task), h));
    }

    @Override
    public CompletableFuture<Void> delivered(AlertDelivered alert) {
        Headers h = CloudEvents.headers(Topics.ALERTS_TOPIC, SOURCE, alert.subscriptionId());
        logHeaders(h, alert.deliveryId(), "delivered", alert.deliveredAt());
        return send(new ProducerRecord<>(topics.alerts(), null, alert.subscriptionId(), Json.bytes(alert), h));
    }

    @Override
    public CompletableFuture<Void> log(DeliveryAttempt attempt) {
        Headers h = CloudEvents.headers(Topics.DELIVERIES_TOPIC, SOURCE, attempt.subscriptionId());
        logHeaders(h, attempt.deliveryId(), attempt.outcome(), attempt.at());
        return send(new ProducerRecord<>(topics.deliveries(), null, attempt.subscriptionId(), Json.bytes(attempt), h));
    }

    /** Lets every instance's log follower file the entry without parsing it (see DeliveryLog). */
    private static void logHeaders(Headers h, String deliveryId, String outcome, java.time.Instant at) {
        h.add(DELIVERY_ID_HEADER, deliveryId.getBytes(StandardCharsets.UTF_8));
        h.add(OUTCOME_HEADER, outcome.getBytes(StandardCharsets.UTF_8));
        h.add(AT_HEADER, Long.toString(at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<Void> deadLetter(DeliveryTask task, String reason) {
        Headers h = CloudEvents.headers(Topics.TYPE_DELIVERY_TASK, SOURCE, task.subscriptionId());
        DeadLetters.describe(h, reason, "tumen-alert");
        return send(new ProducerRecord<>(topics.deliveriesDeadLetter(), null, task.subscriptionId(), Json.bytes(task), h));
    }

    @Override
    public CompletableFuture<Void> publish(Story story) {
        return send(new ProducerRecord<>(topics.stories(), null, story.id(), Json.bytes(story), storyHeaders(story)));
    }

    static Headers storyHeaders(Story story) {
        Headers h = CloudEvents.headers(Topics.STORIES_TOPIC, SOURCE, story.id());
        h.add(VERSION_HEADER, Long.toString(story.version()).getBytes(StandardCharsets.UTF_8));
        return h;
    }

    /**
     * The version a story record written here says it holds, or -1 (no header: written by an older version, or not by
     * an alert instance).
     */
    static long storyVersion(Headers headers) {
        if (!SOURCE.equals(CloudEvents.header(headers, CloudEvents.SOURCE))) {
            return -1;
        }
        String version = CloudEvents.header(headers, VERSION_HEADER);
        try {
            return version == null ? -1 : Long.parseLong(version);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public CompletableFuture<Void> publish(StreamEvent event) {
        return send(new ProducerRecord<>(topics.stream(), null, event.story().id(), Json.bytes(event),
                CloudEvents.headers(Topics.STREAM_TOPIC, SOURCE, event.story().id())));
    }

    CompletableFuture<Void> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            // A record too large would fail in the producer or the broker; fail it now, for good (no retry helps). The
            // topic's max.message.bytes counts as much as the producer's max.request.size: either may be the smaller.
            clients.recordLimits().check(record);
            clients.producer().send(record, (meta, e) -> {
                if (e == null) {
                    done.complete(null);
                } else {
                    done.completeExceptionally(e);
                }
            });
        } catch (RuntimeException e) {
            done.completeExceptionally(e);
        }
        return done;
    }
}
