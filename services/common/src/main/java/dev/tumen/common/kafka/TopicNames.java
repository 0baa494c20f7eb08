package dev.tumen.common.kafka;

import dev.tumen.model.Topics;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Topic names as this deployment uses them: the {@link Topics} catalogue with an optional prefix
 * ({@code tumen.topic-prefix}, env {@code TUMEN_TOPIC_PREFIX}), so several Tumen installations, or
 * tests, can share one Kafka cluster.
 */
@Singleton
public class TopicNames {
    private final String prefix;

    public TopicNames(@Value("${tumen.topic-prefix:}") String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public String prefix() {
        return prefix;
    }

    public String pages() {
        return prefix + Topics.PAGES;
    }

    public String articles() {
        return prefix + Topics.ARTICLES;
    }

    public String alerts() {
        return prefix + Topics.ALERTS;
    }

    public String subscriptions() {
        return prefix + Topics.SUBSCRIPTIONS;
    }

    public String pagesSeen() {
        return prefix + Topics.PAGES_SEEN;
    }

    public String feeds() {
        return prefix + Topics.FEEDS;
    }

    public String deadLetter(String topic) {
        return Topics.deadLetter(topic);
    }
}
