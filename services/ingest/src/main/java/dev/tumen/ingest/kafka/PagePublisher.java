package dev.tumen.ingest.kafka;

import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.page.PageSink;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.page.UnpublishablePages;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.RecordSizes;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import io.micronaut.configuration.kafka.annotation.KafkaClient;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes accepted pages to the pages topic (key = page id, CloudEvents binary headers) and then
 * records them in the seen-pages topic. The producer is idempotent with {@code acks=all}
 * ({@code kafka.producers.ingest.*} in application.yml): it retries through a brief broker outage
 * without duplicating, and a caller is answered only once the page is safely replicated.
 *
 * <p>Both records are checked against the largest record Kafka takes for their topic before they are sent
 * ({@link RecordSizes.Limits}): a page that can never fit is refused with 413 and the sizes, never sent to fail or
 * retried.
 *
 * <p>Pages waiting for Kafka's acknowledgement are bounded in number and bytes ({@code tumen.ingest.max-in-flight},
 * {@code max-in-flight-bytes}): past either, a push is answered 429 with {@code Retry-After} at once instead of
 * queueing, so a slow or saturated cluster holds a bounded heap here. The byte bound stays under the producer's
 * {@code buffer.memory}, so {@code send} does not block on a full buffer either.
 *
 * <p>A page from a feed or a file import that can never be published has nobody to be refused to: it goes to the
 * pages' dead-letter topic instead ({@link #deadLetter}), described by its URL or file and the reason.
 */
@Singleton
public class PagePublisher implements PageSink, UnpublishablePages {
    private static final Logger LOG = LoggerFactory.getLogger(PagePublisher.class);
    static final String CE_SOURCE = "/tumen/ingest";
    static final String SERVICE = "tumen-ingest";

    private final Producer<String, byte[]> producer;
    private final IngestTopics topics;
    private final Duration sendTimeout;
    private final RecordSizes.Limits limits;

    private final int maxInFlight;
    private final int maxInFlightBytes;
    private final Semaphore slots;
    private final Semaphore bytes;
    /**
     * Where an acknowledged page's follow-up runs (its seen record, then the caller's continuation, e.g. the HTTP answer):
     * neither the producer's network thread (a send from there waits for metadata or buffer space only that thread
     * provides) nor the blocking pool (a file import or a fetch waiting there in {@link #publish} for its page would then
     * wait for a free thread of the pool it occupies). A few microseconds a page, so one thread.
     */
    private final Executor continuations;
    private final ExecutorService ownContinuations;

    @Inject
    public PagePublisher(@KafkaClient("ingest") Producer<String, byte[]> producer, IngestTopics topics, KafkaProperties kafka,
                         @Value("${kafka.producers.ingest.max.request.size:1048576}") int maxRequestSize,
                         @Value("${tumen.ingest.send-timeout:35s}") Duration sendTimeout,
                         @Value("${tumen.ingest.max-in-flight:256}") int maxInFlight,
                         @Value("${tumen.ingest.max-in-flight-bytes:16777216}") int maxInFlightBytes) {
        this(producer, topics, limits(kafka.producer(), maxRequestSize), sendTimeout, maxInFlight, maxInFlightBytes,
                Executors.newSingleThreadExecutor(r -> {
                    Thread t = new Thread(r, "ingest-acknowledged");
                    t.setDaemon(true);
                    return t;
                }));
    }

    PagePublisher(Producer<String, byte[]> producer, IngestTopics topics, RecordSizes.Limits limits, Duration sendTimeout,
                  int maxInFlight, int maxInFlightBytes, Executor continuations) {
        this.producer = producer;
        this.continuations = continuations;
        this.ownContinuations = continuations instanceof ExecutorService e ? e : null;
        this.topics = topics;
        this.limits = limits;
        this.sendTimeout = sendTimeout;
        this.maxInFlight = Math.max(1, maxInFlight);
        this.maxInFlightBytes = Math.max(1, maxInFlightBytes);
        this.slots = new Semaphore(this.maxInFlight);
        this.bytes = new Semaphore(this.maxInFlightBytes);
    }

    private static RecordSizes.Limits limits(Map<String, Object> shared, int maxRequestSize) {
        Map<String, Object> config = new HashMap<>(shared);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, maxRequestSize);
        return new RecordSizes.Limits(config);
    }

    @Override
    public void publish(PageReceived page) {
        try {
            publishAsync(page).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * Sends the page and returns at once: no thread waits for Kafka's acknowledgement (a request thread used to,
     * up to the blocking pool's 64 at saturation, each with its stack resident). The future completes on
     * {@link #continuations} once the page is acknowledged (its seen record is sent then) or exceptionally with a
     * {@link Refusal}; a page that can never fit, or that finds the in-flight bounds full, is refused at once.
     */
    @Override
    public CompletableFuture<Void> publishAsync(PageReceived page) {
        return publishAsync(page, null);
    }

    /**
     * The CloudEvents headers of a page's record of {@code type}, its {@code ce_id} named by the page and its content
     * (a name-based UUID of the type, the page id and the content hash), which is what ingest calls one page. A page
     * written twice, by a client retrying after a 503 for a write that landed all the same, or by two instances taking
     * the same push at once before either's seen record was read, had two random ids, so a reader deduplicating by
     * {@code ce_source} and {@code ce_id}, as CloudEvents 1.0 lets it, took the copies for two pages (probe of session 42).
     */
    static Headers headers(String type, PageReceived page) {
        return CloudEvents.headers(type, CE_SOURCE, page.id(), CloudEvents.idNamed(type, page.id(), page.contentHash()));
    }

    /** The same, the record's value written from {@code contentUtf8} when given ({@link PageValue}). */
    @Override
    public CompletableFuture<Void> publishAsync(PageReceived page, byte[] contentUtf8) {
        // Before the records are written: at saturation a page refused here would otherwise cost its 30 KB of JSON first.
        Refusal full = full();
        if (full != null) {
            LOG.debug("page {} refused for now: {}", page.id(), full.getMessage());
            throw full;
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.pages(), null, page.id(), PageValue.bytes(page, contentUtf8),
                headers(CloudEvents.TYPE_PAGE_RECEIVED, page));
        SeenPage seen = new SeenPage(page.id(), page.contentHash(), page.url(), page.receivedAt());
        ProducerRecord<String, byte[]> seenRecord = new ProducerRecord<>(topics.seen(), null, page.id(), Json.bytes(seen),
                headers(Topics.PAGES_SEEN_TOPIC.ceType(), page));
        // Both before either is sent: a page published without its seen record would be published again.
        fits(page, record);
        fits(page, seenRecord);
        // A page larger than the whole byte bound still goes, alone.
        int size = Math.min(RecordSizes.upperBound(record), maxInFlightBytes);
        if (!slots.tryAcquire()) {
            throw busy(page, maxInFlight + " pages are already waiting for Kafka's acknowledgement");
        }
        if (!bytes.tryAcquire(size)) {
            slots.release();
            throw busy(page, "pages of " + (maxInFlightBytes - bytes.availablePermits()) + " bytes are already waiting for Kafka's"
                    + " acknowledgement (at most " + maxInFlightBytes + ")");
        }
        // Freed by whichever comes first, the acknowledgement or the send timeout (the producer may still hold the page
        // then, as the blocking send's timeout left it), and only once.
        AtomicBoolean held = new AtomicBoolean(true);
        Runnable release = () -> {
            if (held.compareAndSet(true, false)) {
                bytes.release(size);
                slots.release();
            }
        };
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer.send(record, (metadata, error) -> {
                if (error == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(error);
                }
            });
        } catch (KafkaException e) {
            release.run();
            throw refusal(page, e);
        }
        acked.orTimeout(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        // At once on the thread that completes it (a semaphore release), not behind other pages' follow-ups; and again
        // below, so that the slot is free before the caller hears the outcome.
        acked.whenComplete((ok, error) -> release.run());
        return acked.handleAsync((ok, error) -> {
            release.run();
            if (error != null) {
                throw refusal(page, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
            // Only after the page itself is acknowledged: a seen record for a lost page would suppress it forever.
            // Not awaited: if it is lost, the page may be published again after a restart (at-least-once), never lost.
            producer.send(seenRecord, (metadata, e) -> {
                if (e != null) {
                    LOG.warn("page {} published but not recorded as seen: {}", page.id(), e.toString());
                }
            });
            return null;
        }, continuations);
    }

    @Override
    public Refusal full() {
        if (slots.availablePermits() > 0) {
            return null;
        }
        return new Refusal(429, "kafka-busy", maxInFlight + " pages are already waiting for Kafka's acknowledgement;"
                + " nothing was published, retry shortly").retryAfter(1);
    }

    @PreDestroy
    void close() {
        if (ownContinuations != null) {
            ownContinuations.shutdown();
        }
    }

    /** The refusal for a page Kafka did not take: {@code cause} from the send, its acknowledgement or the timeout. */
    private static Refusal refusal(PageReceived page, Throwable cause) {
        if (cause instanceof Refusal r) {
            return r;
        }
        if (cause instanceof RecordTooLargeException) {
            // The topic's limit changed since it was read: the broker is the last word, and it will not change its mind.
            return tooLarge(page, cause.getMessage(), cause);
        }
        if (cause instanceof BufferExhaustedException) {
            return new Refusal(503, "kafka-busy", "the producer's buffer is full: Kafka is taking pages slower than they arrive;"
                    + " nothing was published, retry later", cause).retryAfter(2);
        }
        return unavailable(page, cause);
    }

    @Override
    public void deadLetter(Unpublishable page) {
        String key = page.url() != null ? page.url() : page.file();
        ProducerRecord<String, byte[]> dead = DeadLetters.unwritten(topics.pages(), key, Json.bytes(page),
                page.reason() + ": " + page.detail(), Refusal.class.getName(), SERVICE, page.identity());
        try {
            producer.send(DeadLetters.fitted(dead, limits.of(dead.topic()))).get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refusal(503, "kafka-unavailable", "the dead letter for " + key + " could not be written", e);
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            throw new Refusal(503, "kafka-unavailable", "the dead letter for " + key + " could not be written: " + e, e);
        }
        LOG.warn("{} {} dead-lettered to {}: {} ({})", page.channel(), key, dead.topic(), page.detail(), page.reason());
    }

    private void fits(PageReceived page, ProducerRecord<String, byte[]> record) {
        try {
            limits.check(record);
        } catch (RecordSizes.TooLarge e) {
            throw tooLarge(page, "its record for " + record.topic() + " would be " + e.size() + " bytes, more than the " + e.limit()
                    + " bytes Kafka accepts for that topic (the smaller of the producer's max.request.size and the topic's"
                    + " max.message.bytes)", e);
        }
    }

    private static Refusal busy(PageReceived page, String why) {
        LOG.debug("page {} refused for now: {}", page.id(), why);
        return new Refusal(429, "kafka-busy", why + "; nothing was published, retry shortly").retryAfter(1);
    }

    private static Refusal tooLarge(PageReceived page, String why, Throwable cause) {
        LOG.warn("page {} can never be written: {}", page.id(), why);
        return new Refusal(413, "page-too-large", "the page cannot be published: its content is "
                + dev.tumen.model.Utf8.length(page.content()) + " bytes of UTF-8 and " + why + "; send a smaller page", cause);
    }

    private static Refusal unavailable(PageReceived page, Throwable cause) {
        LOG.warn("page {} could not be handed to Kafka: {}", page.id(), String.valueOf(cause));
        return new Refusal(503, "kafka-unavailable", "the page could not be handed to Kafka (" + cause.getClass().getSimpleName()
                + "); nothing was published, retry later", cause);
    }
}
