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
        requireTopicName("tumen.topic-prefix (TUMEN_TOPIC_PREFIX)", this.prefix + LONGEST, this.prefix.length());
    }

    /** The longest name the catalogue gives a topic, a dead-letter topic of a retry tier past the default schedule. */
    private static final String LONGEST = Topics.deadLetter(Topics.deliveryRetry(99));
    /** What Kafka takes as a topic name. */
    private static final java.util.regex.Pattern LEGAL = java.util.regex.Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    /**
     * Refuses a name Kafka cannot create or read: each loop would fail on INVALID_TOPIC_EXCEPTION and retry for ever
     * while the service said it was up (probe of session 28).
     *
     * @param setting the setting and its variable, for the message
     * @param shown   how many characters of {@code name} to quote (the setting's own value)
     */
    public static void requireTopicName(String setting, String name, int shown) {
        if (!LEGAL.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            String value = name.substring(0, Math.min(shown, name.length()));
            throw new io.micronaut.context.exceptions.ConfigurationException(setting + " makes topic names Kafka refuses ('"
                    + (value.length() > 60 ? value.substring(0, 60) + "…" : value) + "', " + name.length()
                    + " characters with the longest name): use letters, digits, '.', '_' and '-', and at most 249 characters in all");
        }
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
