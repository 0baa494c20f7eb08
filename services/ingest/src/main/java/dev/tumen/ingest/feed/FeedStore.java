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

    /**
     * True once this instance holds every feed record the topic held when called, another instance's too; false after
     * {@code timeout}. A change starts here, so one sent to this instance right after another instance answered one is
     * made on top of it (not on an older copy: a lost rename, a deleted feed answered as still followed).
     */
    default boolean awaitCaughtUp(java.time.Duration timeout) {
        return true;
    }
}
