package dev.tumen.alert.kafka;

import dev.tumen.alert.delivery.DeliveryAttempt;
import dev.tumen.alert.delivery.DeliveryPublisher;
import dev.tumen.alert.delivery.DeliveryTask;
import dev.tumen.alert.story.Story;
import dev.tumen.alert.story.StoryPublisher;
import dev.tumen.alert.stream.StreamEvent;
import dev.tumen.alert.stream.StreamPublisher;
import dev.tumen.model.AlertDelivered;
import dev.tumen.model.CloudEvents;
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
    static final String TYPE_DELIVERY_TASK = "dev.tumen.delivery.task.v1";
    static final String TYPE_DELIVERY_ATTEMPT = "dev.tumen.delivery.attempt.v1";
    static final String TYPE_STORY = "dev.tumen.story.v1";
    static final String TYPE_STREAM = "dev.tumen.stream.event.v1";
    public static final String DUE_HEADER = "tumen.due";
    static final String OUTCOME_HEADER = "tumen.outcome";
    static final String AT_HEADER = "tumen.at";

    private final KafkaClients clients;
    private final AlertTopics topics;

    public AlertProducer(KafkaClients clients, AlertTopics topics) {
        this.clients = clients;
        this.topics = topics;
    }

    @Override
    public CompletableFuture<Void> retry(int tier, DeliveryTask task) {
        Headers h = CloudEvents.headers(TYPE_DELIVERY_TASK, SOURCE, task.deliveryId());
        h.add(DUE_HEADER, task.dueAt().toString().getBytes(StandardCharsets.UTF_8));
        return send(new ProducerRecord<>(topics.retryTier(tier), null, task.subscriptionId(), Json.bytes(task), h));
    }

    @Override
    public CompletableFuture<Void> delivered(AlertDelivered alert) {
        return send(new ProducerRecord<>(topics.alerts(), null, alert.subscriptionId(), Json.bytes(alert),
                CloudEvents.headers(CloudEvents.TYPE_ALERT_DELIVERED, SOURCE, alert.deliveryId())));
    }

    @Override
    public CompletableFuture<Void> log(DeliveryAttempt attempt) {
        Headers h = CloudEvents.headers(TYPE_DELIVERY_ATTEMPT, SOURCE, attempt.deliveryId());
        // Lets every instance's log follower file the entry without parsing it (see DeliveryLog).
        h.add(OUTCOME_HEADER, attempt.outcome().getBytes(StandardCharsets.UTF_8));
        h.add(AT_HEADER, Long.toString(attempt.at().toEpochMilli()).getBytes(StandardCharsets.UTF_8));
        return send(new ProducerRecord<>(topics.deliveries(), null, attempt.subscriptionId(), Json.bytes(attempt), h));
    }

    @Override
    public CompletableFuture<Void> deadLetter(DeliveryTask task, String reason) {
        Headers h = CloudEvents.headers(TYPE_DELIVERY_TASK, SOURCE, task.deliveryId());
        h.add(dev.tumen.model.DeadLetters.REASON, reason.getBytes(StandardCharsets.UTF_8));
        h.add(dev.tumen.model.DeadLetters.SERVICE, "tumen-alert".getBytes(StandardCharsets.UTF_8));
        return send(new ProducerRecord<>(topics.deliveriesDeadLetter(), null, task.subscriptionId(), Json.bytes(task), h));
    }

    @Override
    public CompletableFuture<Void> publish(Story story) {
        return send(new ProducerRecord<>(topics.stories(), null, story.id(), Json.bytes(story),
                CloudEvents.headers(TYPE_STORY, SOURCE, story.id())));
    }

    @Override
    public CompletableFuture<Void> publish(StreamEvent event) {
        return send(new ProducerRecord<>(topics.stream(), null, event.story().id(), Json.bytes(event),
                CloudEvents.headers(TYPE_STREAM, SOURCE, event.article().id())));
    }

    CompletableFuture<Void> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
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
