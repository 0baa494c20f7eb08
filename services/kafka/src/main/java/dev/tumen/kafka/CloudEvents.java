package dev.tumen.kafka;

import dev.tumen.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the record value is the plain event JSON and the event's
 * metadata rides in {@code ce_*} headers, so any console consumer can read the value. On every Tumen topic
 * {@code ce_subject} is the record key (see docs/topics.md).
 */
public final class CloudEvents {
    public static final String SPEC_VERSION = "1.0";
    public static final String SPECVERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";
    public static final String JSON = "application/json";
    /** Event types of the public topics, from the catalogue. */
    public static final String TYPE_PAGE_RECEIVED = Topics.PAGES_TOPIC.ceType();
    public static final String TYPE_ARTICLE_LABELLED = Topics.ARTICLES_TOPIC.ceType();
    public static final String TYPE_ALERT_DELIVERED = Topics.ALERTS_TOPIC.ceType();
    public static final String TYPE_SUBSCRIPTION_CHANGED = Topics.SUBSCRIPTIONS_TOPIC.ceType();

    private CloudEvents() {
    }

    /** Headers for a new event on {@code topic} emitted by {@code source} (e.g. {@code /tumen/ingest}); subject = the key. */
    public static Headers headers(Topics.Topic topic, String source, String key) {
        return headers(topic.ceType(), source, key);
    }

    /** Headers for a new event of {@code type} emitted by {@code source}; {@code subject} must be the record key. */
    public static Headers headers(String type, String source, String subject) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPECVERSION, SPEC_VERSION);
        add(headers, ID, newId());
        add(headers, TYPE, type);
        add(headers, SOURCE, source);
        add(headers, TIME, Instant.now().toString());
        add(headers, CONTENT_TYPE, JSON);
        if (subject != null) {
            add(headers, SUBJECT, subject);
        }
        return headers;
    }

    /**
     * A new event id: a random (version 4) UUID. An event id must be unique per source, not unpredictable, so it comes
     * from the thread's own {@link ThreadLocalRandom} instead of {@link UUID#randomUUID()}, whose one shared
     * {@code SecureRandom} every producing thread queued on (JFR at 200 pages/s: a labeller thread blocked up to 0.3 s in
     * 18 s on its lock, ingest's request threads likewise, two ids per page).
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The value of header {@code name}, or {@code null}. */
    public static String header(Headers headers, String name) {
        Header h = headers == null ? null : headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Replaces header {@code name} with {@code value}. */
    public static void put(Headers headers, String name, String value) {
        headers.remove(name);
        add(headers, name, value);
    }

    static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
