package dev.tumen.alert.kafka;

import dev.tumen.alert.subscription.SubscriptionStore;
import dev.tumen.alert.subscription.SubscriptionWriter;
import dev.tumen.alert.subscription.WebhookHosts;
import dev.tumen.common.http.TextFields;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.LoopMetrics;
import dev.tumen.kafka.RecordLoop;
import dev.tumen.kafka.TableReader;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Subscription;
import dev.tumen.model.text.OutsideText;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * The subscriptions topic: writes (key = id, tombstone = delete) and this instance's follower, which must have read
 * the whole topic before the service takes traffic.
 */
@Singleton
public class SubscriptionTopic implements SubscriptionWriter {
    private final KafkaClients clients;
    private final AlertTopics topics;
    private final SubscriptionStore store;
    private volatile TableReader follower;

    public SubscriptionTopic(KafkaClients clients, AlertTopics topics, SubscriptionStore store) {
        this.clients = clients;
        this.topics = topics;
        this.store = store;
    }

    /** What is kept of the table and delivered nothing, for whoever watches the metrics (review of session 44). */
    void measure(MeterRegistry meters) {
        Gauge.builder("tumen.alert.subscriptions.held", store, SubscriptionStore::heldCount)
                .description("subscriptions kept but delivered nothing: their webhook host breaks a rule made after they were stored")
                .register(meters);
    }

    TableReader follow(RecordLoop.DeadLetterSink deadLetters, LoopMetrics metrics) {
        follower = new TableReader(topics.subscriptions(), () -> clients.consumer(null, "follow", true), null, this::apply,
                "tumen-alert", deadLetters, metrics).start();
        return follower;
    }

    void apply(ConsumerRecord<String, byte[]> r) {
        TableKeys.requireSubscriptionKey(r.key());
        if (r.value() == null) {
            store.apply(r.key(), null, r.offset());
            return;
        }
        Subscription s = Json.read(r.value(), Subscription.class);
        if (!r.key().equals(s.id())) {
            throw new MalformedRecordException("subscription key '" + OutsideText.quote(r.key()) + "' differs from its id '" + OutsideText.quote(s.id()) + "'");
        }
        if (s.url() == null || s.secrets().isEmpty()) {
            throw new MalformedRecordException("subscription '" + OutsideText.quote(s.id()) + "' has no url or no secret");
        }
        SubscriptionStore.Opened opened = store.open(s);
        // A URL under a key this instance lacks is left to the store, which keeps the subscription paused and says why.
        if (opened.url() != null && !TextFields.isUrlText(opened.url())) {
            // Stored before the API refused them (session 38): listed as given, such a URL reads as another one, and no
            // change of the subscription could be saved with it. Refused with the reason, as the API would refuse it.
            throw new MalformedRecordException("subscription '" + OutsideText.quote(s.id()) + "''s url " + TextFields.URL_TEXT_MESSAGE);
        }
        // Rules on webhook hosts made after a record was stored (a host mixing scripts, session 43; one wholly in letters
        // that look Latin, session 44, of any script since session 45) apply to it as it is loaded: such a host reads as
        // another to whoever lists it.
        String misleading = opened.url() == null ? null : WebhookHosts.misleadingHost(opened.url());
        store.apply(r.key(), s, opened, r.offset(), misleading == null ? null : heldReason(misleading));
    }

    /** A held subscription's reason, as its owner reads it in the API's {@code heldReason} and the operator in the log. */
    static String heldReason(String rule) {
        return "webhook " + rule + " (a rule made after it was stored: delivered nothing until its url is changed)";
    }

    @Override
    public Written put(Subscription s) {
        return write(new ProducerRecord<>(topics.subscriptions(), null, s.id(), Json.bytes(s),
                CloudEvents.headers(CloudEvents.TYPE_SUBSCRIPTION_CHANGED, AlertProducer.SOURCE, s.id(), changeId(s))));
    }

    /**
     * A subscription record's event id: the subscription at its version and change time (probe of session 43; each
     * write drew a random id). A race's winner written again on top of the loser, or a record sealed again under the
     * current key, holds the same subscription and is the same event; every change is another version. Records from
     * before versions (0) are told apart by their change time.
     */
    static String changeId(Subscription s) {
        return CloudEvents.idNamed(CloudEvents.TYPE_SUBSCRIPTION_CHANGED, s.id(), Long.toString(s.version()),
                String.valueOf(s.updatedAt()));
    }

    /** A deletion's event id: a subscription id is never given again, so it is deleted once, however often written. */
    static String deletionId(String id) {
        return CloudEvents.idNamed(CloudEvents.TYPE_SUBSCRIPTION_CHANGED, id, "deleted");
    }

    @Override
    public Written delete(String id) {
        return write(new ProducerRecord<>(topics.subscriptions(), null, id, null,
                CloudEvents.headers(CloudEvents.TYPE_SUBSCRIPTION_CHANGED, AlertProducer.SOURCE, id, deletionId(id))));
    }

    private Written write(ProducerRecord<String, byte[]> record) {
        try {
            RecordMetadata meta = clients.producer().send(record).get(10, TimeUnit.SECONDS);
            return new Written(meta.partition(), meta.offset());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted writing a subscription", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new dev.tumen.common.http.ProblemException(io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable",
                    "the subscription could not be written to Kafka; try again");
        }
    }

    @Override
    public boolean awaitCaughtUp(Duration timeout) {
        TableReader reader = follower;
        return reader != null && reader.awaitCaughtUp(timeout);
    }

    @Override
    public boolean awaitVisible(Written written, Duration timeout) {
        try {
            return follower != null && follower.awaitApplied(written.partition(), written.offset(), timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
