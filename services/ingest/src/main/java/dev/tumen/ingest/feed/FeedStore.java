package dev.tumen.ingest.feed;

/** Durable, shared feed state: the compacted feeds topic (see {@code kafka.FeedStateClient}). */
public interface FeedStore {
    /**
     * Writes {@code feed} and returns once the broker acknowledged it.
     *
     * @return the record's offset in its key's partition
     */
    long put(Feed feed);

    /**
     * Writes a tombstone for {@code id}.
     *
     * @return the tombstone's offset in its key's partition
     */
    long delete(String id);
}
