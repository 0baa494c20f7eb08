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
        return send(new ProducerRecord<>(topics.retryTier(tier), null, task.subscriptionId(), Json.bytes(task), retryHeaders(task)));
    }

    static Headers retryHeaders(DeliveryTask task) {
        Headers h = CloudEvents.headers(Topics.TYPE_DELIVERY_TASK, SOURCE, task.subscriptionId(), taskId(task));
        h.add(DUE_HEADER, task.dueAt().toString().getBytes(StandardCharsets.UTF_8));
        return h;
    }

    @Override
    public CompletableFuture<Void> delivered(AlertDelivered alert) {
        return send(new ProducerRecord<>(topics.alerts(), null, alert.subscriptionId(), Json.bytes(alert), deliveredHeaders(alert)));
    }

    static Headers deliveredHeaders(AlertDelivered alert) {
        Headers h = CloudEvents.headers(Topics.ALERTS_TOPIC.ceType(), SOURCE, alert.subscriptionId(), deliveredId(alert));
        logHeaders(h, alert.deliveryId(), "delivered", alert.deliveredAt());
        return h;
    }

    @Override
    public CompletableFuture<Void> log(DeliveryAttempt attempt) {
        return send(new ProducerRecord<>(topics.deliveries(), null, attempt.subscriptionId(), Json.bytes(attempt), logHeaders(attempt)));
    }

    static Headers logHeaders(DeliveryAttempt attempt) {
        Headers h = CloudEvents.headers(Topics.DELIVERIES_TOPIC.ceType(), SOURCE, attempt.subscriptionId(), attemptId(attempt));
        logHeaders(h, attempt.deliveryId(), attempt.outcome(), attempt.at());
        return h;
    }

    /** Lets every instance's log follower file the entry without parsing it (see DeliveryLog). */
    private static void logHeaders(Headers h, String deliveryId, String outcome, java.time.Instant at) {
        h.add(DELIVERY_ID_HEADER, deliveryId.getBytes(StandardCharsets.UTF_8));
        h.add(OUTCOME_HEADER, outcome.getBytes(StandardCharsets.UTF_8));
        h.add(AT_HEADER, Long.toString(at.toEpochMilli()).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public CompletableFuture<Void> deadLetter(DeliveryTask task, String reason) {
        return send(new ProducerRecord<>(topics.deliveriesDeadLetter(), null, task.subscriptionId(), Json.bytes(task),
                deadLetterHeaders(task, reason)));
    }

    static Headers deadLetterHeaders(DeliveryTask task, String reason) {
        Headers h = CloudEvents.headers(Topics.TYPE_DELIVERY_TASK, SOURCE, task.subscriptionId(), deadLetterId(task));
        DeadLetters.describe(h, reason, "tumen-alert");
        return h;
    }

    @Override
    public CompletableFuture<Void> publish(Story story) {
        return send(new ProducerRecord<>(topics.stories(), null, story.id(), Json.bytes(story), storyHeaders(story)));
    }

    static Headers storyHeaders(Story story) {
        Headers h = CloudEvents.headers(Topics.STORIES_TOPIC.ceType(), SOURCE, story.id(), storyId(story));
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
        return send(new ProducerRecord<>(topics.stream(), null, event.story().id(), Json.bytes(event), streamHeaders(event)));
    }

    static Headers streamHeaders(StreamEvent event) {
        return CloudEvents.headers(Topics.STREAM_TOPIC.ceType(), SOURCE, event.story().id(), streamId(event));
    }

    // Event ids (probe of session 43). Each record here drew a random ce_id, so a record written again for one event
    // read as two events to a reader deduplicating by ce_source and ce_id, as CloudEvents 1.0 lets it. Each is now
    // named by what identifies its event. The alert writes without transactions, and an article or retry task read
    // again after a crash is attempted again: the webhook is sent once more (the same webhook-id), a new attempt at a
    // new time, so records naming an attempt's time (a retry, a log entry, a dead letter) are other events then, as
    // they are; the same record sent again is the same event.

    /** A retry task: the instruction to attempt delivery {@code deliveryId} again at {@code dueAt}, after so many attempts. */
    static String taskId(DeliveryTask task) {
        return CloudEvents.idNamed(Topics.TYPE_DELIVERY_TASK, task.deliveryId(), Integer.toString(task.attempts()),
                String.valueOf(task.dueAt()));
    }

    /**
     * A delivered alert: the message itself, whatever attempt or replay delivered it. A receiver takes a second delivery
     * of one message for a repeat by its {@code webhook-id} (the delivery id), and so does a reader of this topic.
     */
    static String deliveredId(AlertDelivered alert) {
        return CloudEvents.idNamed(Topics.ALERTS_TOPIC.ceType(), alert.deliveryId());
    }

    /** A delivery log entry: the delivery, which attempt, how it ended and when. */
    static String attemptId(DeliveryAttempt attempt) {
        return CloudEvents.idNamed(Topics.DELIVERIES_TOPIC.ceType(), attempt.deliveryId(), Integer.toString(attempt.attempt()),
                String.valueOf(attempt.outcome()), String.valueOf(attempt.at()));
    }

    /** A delivery's dead letter: the task as it ended (its attempts and the time its last one set). */
    static String deadLetterId(DeliveryTask task) {
        return CloudEvents.idNamed("tumen.dead-letter", "tumen-alert", task.deliveryId(), Integer.toString(task.attempts()),
                String.valueOf(task.dueAt()));
    }

    /**
     * A story's record: the story at a version, and the article that made it (its {@code lastSeen}), since two instances
     * can each write a version of one story from another article.
     */
    static String storyId(Story story) {
        return CloudEvents.idNamed(Topics.STORIES_TOPIC.ceType(), story.id(), Long.toString(story.version()),
                String.valueOf(story.lastSeen()));
    }

    /** A stream event: what one article did to one story (created, escalated, …), at its severity. */
    static String streamId(StreamEvent event) {
        return CloudEvents.idNamed(Topics.STREAM_TOPIC.ceType(), event.type(), event.story().id(),
                event.article() == null ? "" : String.valueOf(event.article().id()),
                event.article() == null ? "" : String.valueOf(event.article().severity()),
                event.escalation() == null ? "" : String.valueOf(event.escalation().from()));
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
