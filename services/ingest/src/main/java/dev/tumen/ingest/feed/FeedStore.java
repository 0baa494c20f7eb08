package dev.tumen.ingest.feed;

/** Durable, shared feed state: the compacted feeds topic (see {@code kafka.FeedStateClient}). */
public interface FeedStore {
    /** Writes {@code feed} and returns once the broker acknowledged it. */
    void put(Feed feed);

    /** Writes a tombstone for {@code id}. */
    void delete(String id);
}
