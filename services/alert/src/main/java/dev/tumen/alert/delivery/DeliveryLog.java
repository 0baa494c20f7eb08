package dev.tumen.alert.delivery;

import dev.tumen.model.Json;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's view of the delivery log topic: the latest attempts per subscription (for the HTTP log and manual
 * replay) and how long each subscription has been failing (for the automatic pause).
 */
@Singleton
public class DeliveryLog {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);
    private final Map<String, List<Line>> bySubscription = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastDelivered = new ConcurrentHashMap<>();
    private volatile int capacity = 200;
    /**
     * Every entry, oldest first, for the byte budget: entries carry their payload (a few KB), so 200 per subscription
     * for a thousand busy subscriptions would be far more than the alert's heap. Past the budget the oldest entries
     * of all go first, whichever subscription they belong to.
     */
    private final ConcurrentLinkedQueue<Filed> arrivals = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    /** Places in {@link #arrivals} of entries already gone, not yet at its head. */
    private final AtomicLong deadQueued = new AtomicLong();
    /** Places in {@link #arrivals} (its own size() walks the whole queue). */
    private final AtomicLong queued = new AtomicLong();
    private volatile long maxBytes = 32L * 1024 * 1024;

    /**
     * One entry as read from the topic. Every instance reads every attempt of every subscriber (a thousand a second in
     * the benchmark) but shows a handful over HTTP, so the JSON is parsed when read, not when it arrives.
     */
    private static final class Line {
        final String deliveryId;
        final String outcome;
        final Instant at;
        /** The record's value, deflated ({@link #pack}); {@code rawLength} bytes once inflated. */
        final byte[] packed;
        final int rawLength;
        final Function<byte[], DeliveryAttempt> parser;
        final DeliveryAttempt parsed;
        final int size;
        /** Taken out of its subscription's list (set under that list's lock). */
        volatile boolean removed;

        Line(String deliveryId, String outcome, Instant at, byte[] raw, Function<byte[], DeliveryAttempt> parser,
             DeliveryAttempt parsed) {
            this.deliveryId = deliveryId;
            this.outcome = outcome;
            this.at = at;
            this.packed = raw == null ? null : pack(raw);
            this.rawLength = raw == null ? 0 : raw.length;
            this.parser = parser;
            this.parsed = parsed;
            // An entry parsed already (this instance's own attempts) is counted at a typical record's size.
            this.size = entryBytes(packed != null ? packed.length : 2048);
        }

        String deliveryId() {
            return deliveryId;
        }

        String outcome() {
            return outcome;
        }

        Instant at() {
            return at;
        }

        DeliveryAttempt attempt() {
            return parsed != null ? parsed : parser.apply(unpack(packed, rawLength));
        }
    }

    /** What an entry whose record packs to {@code packedLength} bytes counts against the budget. */
    static int entryBytes(int packedLength) {
        return 128 + packedLength;
    }

    /**
     * Kept entries are deflated: a delivered alert's record is about 3.4 KB of JSON (the payload rides in it, escaped)
     * and packs to about a third. Every instance keeps every delivery's record for a while; raw, the log was half the
     * alert's live heap in the failing-receivers bench (32 MB budget, 128 MB heap), promoted and later dropped, and the
     * serial collector's full collections grew with it. Deflating at the fastest level costs tens of microseconds a
     * record on the reader's thread; inflating happens only when the HTTP log or a replay reads an entry.
     */
    static byte[] pack(byte[] raw) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        byte[] buffer = new byte[raw.length + 64];
        int n = 0;
        while (!deflater.finished()) {
            if (n == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            n += deflater.deflate(buffer, n, buffer.length - n);
        }
        return Arrays.copyOf(buffer, n);
    }

    static byte[] unpack(byte[] packed, int rawLength) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(packed);
            byte[] raw = new byte[rawLength];
            int n = 0;
            while (n < rawLength && !inflater.finished()) {
                int got = inflater.inflate(raw, n, rawLength - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != rawLength) {
                throw new IllegalStateException("a delivery log entry inflated to " + n + " bytes, not " + rawLength);
            }
            return raw;
        } catch (DataFormatException e) {
            throw new IllegalStateException("a delivery log entry does not inflate", e);
        } finally {
            inflater.end();
        }
    }

    /** One per reader thread (two): a Deflater holds about 256 KB of native memory, too much to make per record. */
    private static final ThreadLocal<Deflater> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));

    private record Filed(String subscriptionId, List<Line> log, Line line) {
    }

    public void capacity(int capacity) {
        this.capacity = capacity;
    }

    /** The most the kept entries of all subscriptions may take, in bytes of their records. */
    public void maxBytes(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Bytes of the entries kept now. */
    public long bytes() {
        return bytes.get();
    }

    /** Entries dropped for the byte budget before their subscription's own limit would have dropped them. */
    public long droppedForBudget() {
        return dropped.get();
    }

    public void apply(DeliveryAttempt a) {
        add(a.subscriptionId(), new Line(a.deliveryId(), a.outcome(), a.at(), null, null, a));
    }

    /** An entry whose identity and outcome came from the record's headers; {@code raw} is parsed only if read. */
    public void apply(String subscriptionId, String deliveryId, String outcome, Instant at, byte[] raw) {
        apply(subscriptionId, deliveryId, outcome, at, raw, bytes -> Json.read(bytes, DeliveryAttempt.class));
    }

    /** The same, for a record of another shape ({@code parser} turns it into its log entry when it is read). */
    public void apply(String subscriptionId, String deliveryId, String outcome, Instant at, byte[] raw,
                      Function<byte[], DeliveryAttempt> parser) {
        add(subscriptionId, new Line(deliveryId, outcome, at, raw, parser, null));
    }

    /**
     * Files the entry by its time, newest first: successes and failures arrive through two topics (alerts and
     * deliveries), so arrival order alone could put a retry note above the success that followed it.
     */
    private void add(String subscriptionId, Line line) {
        List<Line> log = bySubscription.computeIfAbsent(subscriptionId, k -> new ArrayList<>());
        synchronized (log) {
            int i = 0;
            while (i < log.size() && log.get(i).at().isAfter(line.at())) {
                i++;
            }
            log.add(i, line);
            bytes.addAndGet(line.size);
            while (log.size() > capacity) {
                Line gone = log.remove(log.size() - 1);
                gone.removed = true;
                bytes.addAndGet(-gone.size);
                deadQueued.incrementAndGet();
            }
        }
        arrivals.add(new Filed(subscriptionId, log, line));
        queued.incrementAndGet();
        keepWithinBudget();
        Instant at = line.at();
        switch (line.outcome()) {
            case "delivered" -> {
                lastDelivered.merge(subscriptionId, at, (old, now) -> old.isAfter(now) ? old : now);
                failingSince.computeIfPresent(subscriptionId, (k, since) -> since.isAfter(at) ? since : null);
            }
            case "retrying", "exhausted", "gone" -> {
                Instant success = lastDelivered.get(subscriptionId);
                if (success == null || at.isAfter(success)) {
                    failingSince.merge(subscriptionId, at, (old, now) -> old.isBefore(now) ? old : now);
                }
            }
            default -> {
            }
        }
    }

    /**
     * Drops the oldest entries while over the budget, and forgets queue places of entries already gone (their
     * subscription's own limit or {@link #forget} took them), so the queue stays about the size of what is kept.
     */
    private void keepWithinBudget() {
        Filed head;
        while ((head = arrivals.peek()) != null) {
            boolean wasDead;
            boolean drop;
            synchronized (head.log()) {
                wasDead = head.line().removed;
                drop = wasDead || bytes.get() > maxBytes;
                if (drop && !wasDead) {
                    head.log().remove(head.line());
                    head.line().removed = true;
                    bytes.addAndGet(-head.line().size);
                    dropped.incrementAndGet();
                }
            }
            if (!drop) {
                break;
            }
            if (arrivals.remove(head)) {
                queued.decrementAndGet();
                if (wasDead) {
                    deadQueued.decrementAndGet();
                }
            }
        }
        // A quiet subscription's old entries can stay at the head while busy ones' dropped entries pile up behind.
        long dead = deadQueued.get();
        if (dead > 1024 && dead > queued.get() - dead) {
            arrivals.removeIf(f -> {
                if (f.line().removed) {
                    deadQueued.decrementAndGet();
                    queued.decrementAndGet();
                    return true;
                }
                return false;
            });
        }
    }

    private List<Line> lines(String subscriptionId) {
        List<Line> log = bySubscription.get(subscriptionId);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    /** The newest {@code limit} entries of a subscription, newest first. */
    public List<DeliveryAttempt> recent(String subscriptionId, int limit) {
        List<DeliveryAttempt> out = new ArrayList<>();
        for (Line line : lines(subscriptionId)) {
            if (out.size() >= limit) {
                break;
            }
            DeliveryAttempt a = read(line);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** The delivery as last recorded with its payload, for a replay; {@code null} when the log no longer has it. */
    public DeliveryTask task(String subscriptionId, String deliveryId) {
        for (Line line : lines(subscriptionId)) {
            if (line.deliveryId().equals(deliveryId)) {
                DeliveryAttempt a = read(line);
                if (a != null && a.task() != null) {
                    return a.task();
                }
            }
        }
        return null;
    }

    private static DeliveryAttempt read(Line line) {
        try {
            return line.attempt();
        } catch (RuntimeException e) {
            LOG.warn("Skipping an unreadable delivery-log entry of {}: {}", line.deliveryId(), e.getMessage());
            return null;
        }
    }

    /** Since when the subscription's deliveries have been failing without a success, or {@code null}. */
    public Instant failingSince(String subscriptionId) {
        return failingSince.get(subscriptionId);
    }

    public void forget(String subscriptionId) {
        List<Line> log = bySubscription.remove(subscriptionId);
        if (log != null) {
            synchronized (log) {
                for (Line line : log) {
                    line.removed = true;
                    bytes.addAndGet(-line.size);
                    deadQueued.incrementAndGet();
                }
                log.clear();
            }
        }
        failingSince.remove(subscriptionId);
        lastDelivered.remove(subscriptionId);
    }
}
