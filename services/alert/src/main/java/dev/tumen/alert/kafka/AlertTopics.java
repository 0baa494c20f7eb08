package dev.tumen.alert.kafka;

import dev.tumen.common.kafka.TopicNames;
import dev.tumen.model.Topics;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/** The topics the alert service uses, from the shared catalogue ({@link Topics}), with the deployment's {@code tumen.topic-prefix}. */
@Singleton
public class AlertTopics {
    /** Delivery log ({@code DeliveryAttempt}), key = subscription id: every attempt and its outcome. */
    public static final String DELIVERIES = Topics.DELIVERIES;
    /** Retry tier {@code n} ({@code DeliveryTask}), key = subscription id: deliveries waiting for attempt n+1. */
    public static final String RETRY_FORMAT = Topics.DELIVERY_RETRY_FORMAT;
    /** Stories ({@code Story}), compacted, key = story id: one alert per story per subscription across instances. */
    public static final String STORIES = Topics.STORIES;
    /** The live stream ({@code StreamEvent}), one partition so an offset is a total order and an SSE event id. */
    public static final String STREAM = Topics.STREAM;

    private final TopicNames names;
    private final java.util.Map<Integer, String> retryNames = new java.util.concurrent.ConcurrentHashMap<>();

    public AlertTopics(TopicNames names) {
        this.names = names;
    }

    public String articles() {
        return names.articles();
    }

    public String subscriptions() {
        return names.subscriptions();
    }

    public String alerts() {
        return names.alerts();
    }

    public String deliveries() {
        return names.prefix() + DELIVERIES;
    }

    /** Deliveries whose attempts ran out (or that can never succeed), for an operator to inspect and replay. */
    public String deliveriesDeadLetter() {
        return Topics.deadLetter(deliveries());
    }

    public String retryTier(int tier) {
        // Asked for on every failed attempt: String.format was a visible share of writing a retry.
        return retryNames.computeIfAbsent(tier, t -> names.prefix() + String.format(RETRY_FORMAT, t));
    }

    public List<String> retryTiers(int count) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(retryTier(i));
        }
        return out;
    }

    public String stories() {
        return names.prefix() + STORIES;
    }

    public String stream() {
        return names.prefix() + STREAM;
    }

    public String deadLetter(String topic) {
        return Topics.deadLetter(topic);
    }
}
