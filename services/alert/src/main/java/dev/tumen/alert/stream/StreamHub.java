package dev.tumen.alert.stream;

import dev.tumen.alert.subscription.Matcher;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Subscription;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;
import reactor.util.concurrent.Queues;

/**
 * Fans the live stream out to its SSE clients, with every cost bounded: at most {@code maxClients} clients; one
 * shared reader feeds {@link #append} (no Kafka consumer and no thread per client); each client has a queue of at
 * most {@code clientBuffer} events, and a client whose queue is full when an event or keep-alive arrives is dropped
 * (its connection is closed, it may reconnect with {@code Last-Event-ID}). The last {@code replayEvents} events are
 * kept once, shared by all clients, so a client resuming with {@code Last-Event-ID} is served from memory.
 */
public final class StreamHub {
    /**
     * @param maxClients   connected clients at most; more are refused
     * @param clientBuffer events queued per client before it counts as too slow and is dropped
     * @param replayEvents events kept for resuming clients
     * @param keepAlive    a comment is sent this often, so proxies keep quiet streams open and dead clients surface
     * @param retryAfter   what a refused client is told to wait
     */
    public record Settings(int maxClients, int clientBuffer, int replayEvents, Duration keepAlive, Duration retryAfter) {
        public Settings {
            if (maxClients < 1 || clientBuffer < 1 || replayEvents < 1) {
                throw new IllegalArgumentException("stream max-clients, client-buffer and replay-events must be positive");
            }
        }
    }

    /**
     * An event as clients receive it, prepared once for all of them.
     *
     * @param offset position in the stream topic: the SSE id ({@code -1} for a comment)
     * @param type   the event name ({@code alert.created}, {@code alert.escalated}); {@code null} for a comment
     * @param data   the JSON sent as the event's data, or the comment's text
     */
    public record Item(long offset, String type, String data) {
        public boolean comment() {
            return type == null;
        }
    }

    /**
     * An event in the replay buffer: its record as read (the JSON bytes), what filters need and what is sent, each made
     * the first time a client needs it (then once for all clients). Every instance reads every event, most often with
     * no client connected: rendering and lower-casing each one on arrival took about a twentieth of the alert's CPU in
     * the failing-receivers bench, and the parsed events (an article each, with its excerpt) stayed in the old
     * generation until a full collection; the bytes are about half as large and one object. Read and filled under
     * the hub's lock only.
     */
    private static final class Entry {
        private final long offset;
        private final byte[] record;
        private String text;
        private Item item;
        private MalformedRecordException unreadable;

        Entry(long offset, byte[] record) {
            this.offset = offset;
            this.record = record;
        }

        long offset() {
            return offset;
        }

        /**
         * The event again, for a client resuming from the buffer (live clients get the one being appended); {@code null}
         * when the record is none. A record under alert's own headers is kept unparsed, and another system may write
         * those headers over a value that is no event: every client passes over it (probe of session 28).
         */
        StreamEvent event() {
            if (unreadable != null) {
                return null;
            }
            try {
                return Json.read(record, StreamEvent.class);
            } catch (MalformedRecordException e) {
                unreadable = e;
                return null;
            }
        }

        String text(StreamEvent event) {
            if (text == null) {
                text = Matcher.searchableText(event.article());
            }
            return text;
        }

        Item item(StreamEvent event) {
            if (item == null) {
                item = new Item(offset, event.type(), Json.string(event.toAlert()));
            }
            return item;
        }
    }

    /** Why a client cannot connect now; the API answers 503 with {@code Retry-After}. */
    public static final class Unavailable extends RuntimeException {
        private final String reason;
        private final Duration retryAfter;

        Unavailable(String reason, String detail, Duration retryAfter) {
            super(detail);
            this.reason = reason;
            this.retryAfter = retryAfter;
        }

        public String reason() {
            return reason;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Ends a dropped client's response; the server closes the connection. */
    static final class SlowClient extends RuntimeException {
        SlowClient(String message) {
            super(message, null, false, false);
        }
    }

    private static final Item CONNECTED = new Item(-1, null, "connected");
    private static final Item KEEP_ALIVE = new Item(-1, null, "keep-alive");

    private final Settings settings;
    private final Entry[] ring;
    /** Events appended so far; entry {@code n} lives in {@code ring[n % ring.length]} until overwritten. */
    private long appended;
    /** The first offset whose successors are all in the ring (or were never written). */
    private long complete = -1;
    /** The offset of the newest appended event. */
    private long head = -1;
    /** The log end offset the reader last saw; {@code -1} until it is positioned. */
    private volatile long end = -1;
    private long lastKeepAlive = System.nanoTime();
    private final Set<Client> clients = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connected = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();

    public StreamHub(Settings settings) {
        this.settings = settings;
        this.ring = new Entry[settings.replayEvents()];
    }

    public Settings settings() {
        return settings;
    }

    /** Called once the reader knows where it starts ({@code from}) and where the topic ends. */
    public synchronized void positioned(long from, long logEnd) {
        if (complete < 0) {
            complete = from;
        }
        end = logEnd;
    }

    /** The reader's latest view of the topic's end (the offset the next event will get). */
    public void logEnd(long logEnd) {
        end = logEnd;
    }

    /** The reader saw an offset that is not an event (unreadable); resumption may pass it. */
    public synchronized void skip(long offset) {
        head = Math.max(head, offset);
    }

    /** Appends the event at {@code offset}, as {@link #append(long, StreamEvent, byte[])} with its JSON. */
    public void append(long offset, StreamEvent event) {
        append(offset, event, Json.bytes(event));
    }

    /**
     * Appends the event at {@code offset}, read from {@code record} (called by the one reader, in offset order) and
     * hands it to every client; the buffer keeps the record, not the event.
     */
    public void append(long offset, StreamEvent event, byte[] record) {
        if (event.article() == null) {
            skip(offset);
            return;
        }
        add(new Entry(offset, record), event);
    }

    /**
     * Appends a record this service wrote (so an event with its article), parsed only if a connected client is due to
     * get it: every instance reads every event, most often with no client connected, and parsing each one on arrival
     * was about 3 % of the alert's CPU in the failing-receivers bench (session 13).
     */
    public void appendOwn(long offset, byte[] record) {
        add(new Entry(offset, record), null);
    }

    /** {@code event}: the entry's event when already parsed, else {@code null} (then parsed for the first client). */
    private synchronized void add(Entry entry, StreamEvent event) {
        long offset = entry.offset();
        if (offset <= head) {
            return;
        }
        int slot = (int) (appended % ring.length);
        if (ring[slot] != null) {
            complete = ring[slot].offset() + 1;
        }
        ring[slot] = entry;
        appended++;
        head = offset;
        for (Client c : clients) {
            if (offset > c.liveAfter) {
                if (event == null) {
                    event = entry.event();
                    if (event == null) {
                        break;
                    }
                }
                if (c.filter.test(event.article(), entry.text(event))) {
                    c.emit(entry.item(event));
                }
            }
        }
        if (entry.unreadable != null) {
            // The reader dead-letters it with the reason.
            throw entry.unreadable;
        }
    }

    /** Sends the keep-alive comment when it is due; called by the reader after each poll. */
    public synchronized void tick() {
        long now = System.nanoTime();
        if (now - lastKeepAlive < settings.keepAlive().toNanos()) {
            return;
        }
        lastKeepAlive = now;
        for (Client c : clients) {
            c.emit(KEEP_ALIVE);
        }
    }

    /** A filter over an article and its searchable text ({@link Matcher#searchableText}). */
    public interface Filter {
        boolean test(ArticleLabelled article, String text);

        static Filter of(Subscription subscription) {
            Matcher.Prepared prepared = Matcher.Prepared.of(subscription);
            return (article, text) -> Matcher.matchesFilters(prepared, article, text);
        }
    }

    /**
     * Opens a client: a comment first (so the response starts at once), then the events after {@code lastSeen}
     * that are still in the replay buffer, then live events, all passing {@code filter}. Without {@code lastSeen},
     * or with one past the end of the topic, it starts at the end.
     *
     * @throws Unavailable when the maximum of clients is connected, or the reader is not positioned yet
     */
    public Flux<Item> open(Long lastSeen, Filter filter) {
        if (end < 0) {
            throw new Unavailable("stream-starting", "the stream is starting: try again shortly", Duration.ofSeconds(1));
        }
        if (connected.incrementAndGet() > settings.maxClients()) {
            connected.decrementAndGet();
            refused.incrementAndGet();
            throw new Unavailable("too-many-stream-clients", "this instance serves at most " + settings.maxClients()
                    + " stream clients; try again later or another instance", settings.retryAfter());
        }
        Client client = new Client(filter);
        Flux<Item> replay;
        Flux<Item> prefix = Flux.just(CONNECTED);
        synchronized (this) {
            long logEnd = end;
            if (lastSeen == null || lastSeen >= logEnd - 1) {
                // Past the end (another cluster's id, a topic that was recreated, a made-up number) starts at the end too.
                client.liveAfter = lastSeen == null || lastSeen >= logEnd ? Math.max(head, logEnd - 1) : lastSeen;
                replay = Flux.empty();
            } else {
                client.liveAfter = Math.max(head, lastSeen);
                long from = lastSeen + 1;
                if (from < complete) {
                    prefix = Flux.just(CONNECTED, new Item(-1, null, "events " + from + " to " + (complete - 1)
                            + " are no longer in this instance's replay buffer; resuming at " + complete));
                }
                replay = replay(from, appended, filter);
            }
            clients.add(client);
        }
        return Flux.concat(prefix, replay, client.sink.asFlux())
                .takeUntilOther(client.kill.asMono())
                .doOnNext(i -> {
                    if (!i.comment()) {
                        sent.incrementAndGet();
                    }
                })
                .doFinally(s -> client.close());
    }

    /** The buffered events from offset {@code from} up to (excluding) append number {@code until}, read lazily. */
    private Flux<Item> replay(long from, long until, Filter filter) {
        long start;
        synchronized (this) {
            // Binary search for the first entry at or after `from`: the ring is in offset order.
            long lo = Math.max(0, appended - ring.length);
            long hi = until;
            while (lo < hi) {
                long mid = (lo + hi) >>> 1;
                if (ring[(int) (mid % ring.length)].offset() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            start = lo;
        }
        return Flux.generate(() -> start, (n, sink) -> {
            synchronized (this) {
                while (n < until) {
                    if (n < appended - ring.length) {
                        sink.error(new SlowClient("fell behind the replay buffer"));
                        return n;
                    }
                    Entry e = ring[(int) (n % ring.length)];
                    n++;
                    StreamEvent event = e.event();
                    if (event != null && filter.test(event.article(), e.text(event))) {
                        sink.next(e.item(event));
                        return n;
                    }
                }
                sink.complete();
                return n;
            }
        });
    }

    public int connected() {
        return connected.get();
    }

    public long refused() {
        return refused.get();
    }

    public long dropped() {
        return dropped.get();
    }

    public long sent() {
        return sent.get();
    }

    /** Events waiting in clients' queues (bounded by clients × client-buffer). */
    public long queued() {
        long n = 0;
        for (Client c : clients) {
            n += c.queue.size();
        }
        return n;
    }

    private final class Client {
        final Filter filter;
        final java.util.Queue<Item> queue = Queues.<Item>get(settings.clientBuffer()).get();
        // One producer (the reader, under the hub's lock) and a queue that refuses beyond its capacity.
        final Sinks.Many<Item> sink = Sinks.many().unicast().onBackpressureBuffer(queue);
        final Sinks.Empty<Void> kill = Sinks.empty();
        final AtomicBoolean closed = new AtomicBoolean();
        long liveAfter;

        Client(Filter filter) {
            this.filter = filter;
        }

        void emit(Item item) {
            Sinks.EmitResult r = sink.tryEmitNext(item);
            if (r == Sinks.EmitResult.FAIL_OVERFLOW) {
                if (close()) {
                    dropped.incrementAndGet();
                }
                kill.tryEmitError(new SlowClient("client is not reading: more than " + settings.clientBuffer() + " events waiting"));
            } else if (r.isFailure()) {
                close();
            }
        }

        boolean close() {
            if (!closed.compareAndSet(false, true)) {
                return false;
            }
            clients.remove(this);
            connected.decrementAndGet();
            return true;
        }
    }
}
