package dev.tumen.kafka;

import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Out-of-order completion, in-order commit, for one partition: records are handled concurrently (a slow webhook
 * must not hold back the next one), but the committed offset only passes a record once it and every record before
 * it are done, so a restart re-reads everything unfinished. Thread-safe.
 */
public final class OffsetTracker {
    private final ConcurrentSkipListSet<Long> pending = new ConcurrentSkipListSet<>();
    private volatile long nextOffset = -1;
    private volatile long committed = -1;

    /** Called, in offset order, when a record is taken up. */
    public void started(long offset) {
        pending.add(offset);
        nextOffset = offset + 1;
    }

    public void done(long offset) {
        pending.remove(offset);
    }

    /** The offset to commit (the next record to read after a restart), or -1 when nothing new can be committed. */
    public long committable() {
        long next = nextOffset;
        Long first = pending.ceiling(Long.MIN_VALUE);
        long candidate = first == null ? next : first;
        return candidate > committed ? candidate : -1;
    }

    public void committed(long offset) {
        committed = Math.max(committed, offset);
    }

    public int inFlight() {
        return pending.size();
    }
}
