package dev.tumen.ingest.kafka;

import dev.tumen.common.kafka.TopicNames;
import jakarta.inject.Singleton;

/** Topic names ingest uses, with the deployment's prefix. */
@Singleton
public class IngestTopics {
    public static final String FEEDS = dev.tumen.model.Topics.FEEDS;
    public static final String PAGES_SEEN = dev.tumen.model.Topics.PAGES_SEEN;

    private final TopicNames names;

    public IngestTopics(TopicNames names) {
        this.names = names;
    }

    public String pages() {
        return names.pages();
    }

    public String feeds() {
        return names.feeds();
    }

    public String seen() {
        return names.pagesSeen();
    }

    public String deadLetter(String topic) {
        return names.deadLetter(topic);
    }
}
