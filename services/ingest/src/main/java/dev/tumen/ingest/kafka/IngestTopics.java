package dev.tumen.ingest.kafka;

import dev.tumen.common.kafka.TopicNames;
import jakarta.inject.Singleton;

/**
 * Topic names ingest uses, with the deployment's prefix. The two ingest-owned topics are declared here
 * until they move into the shared {@code Topics} catalogue.
 */
@Singleton
public class IngestTopics {
    /** Followed feeds and their polling state ({@code Feed}), compacted, key = feed id, tombstone = removed. */
    public static final String FEEDS = "tumen.feeds.v1";
    /** Published pages ({@code SeenPage}), compacted, key = page id: the memory behind "once each". */
    public static final String PAGES_SEEN = "tumen.pages.seen.v1";

    private final TopicNames names;

    public IngestTopics(TopicNames names) {
        this.names = names;
    }

    public String pages() {
        return names.pages();
    }

    public String feeds() {
        return names.prefix() + FEEDS;
    }

    public String seen() {
        return names.prefix() + PAGES_SEEN;
    }

    public String deadLetter(String topic) {
        return names.deadLetter(topic);
    }
}
