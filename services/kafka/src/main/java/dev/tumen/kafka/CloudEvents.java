package dev.tumen.kafka;

import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Topics;
import dev.tumen.model.text.OutsideText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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

    /** The event type of each consumed topic, by its name with the deployment's prefix; empty for a topic not catalogued. */
    private static final Map<String, Optional<String>> TYPES = new ConcurrentHashMap<>();

    private CloudEvents() {
    }

    /**
     * Refuses a record whose CloudEvents headers say it is not an event of the topic it is on: a {@code ce_type} of
     * another topic, a {@code ce_specversion} other than 1.0, a {@code content-type} other than JSON, a
     * {@code ce_subject} other than its key, each header judged every time it is given. Other systems write the topics
     * too, and each of these was read as an event of the topic (probe of session 28). A record without the headers
     * passes: the readers need none, and a record replayed from a dead-letter topic with a console producer has none.
     * A record with some {@code ce_} headers claims binary mode, so it must carry every attribute CloudEvents 1.0
     * requires ({@code ce_specversion}, {@code ce_id}, {@code ce_source}, {@code ce_type}, none empty), and each
     * {@code ce_} header and {@code content-type} must be UTF-8: such a record was read as an event of the topic, its
     * missing attributes unknown to anyone forwarding it, and an invalid byte read as U+FFFD (probe of session 41).
     *
     * @throws MalformedRecordException naming the header, its value and what the topic carries
     */
    public static void requireEventOf(ConsumerRecord<String, ?> record) {
        Optional<String> expected = TYPES.computeIfAbsent(record.topic(), CloudEvents::catalogueType);
        if (expected.isEmpty()) {
            return;
        }
        java.util.Set<String> given = new java.util.HashSet<>();
        Map<String, String> seen = new java.util.HashMap<>();
        boolean binary = false;
        for (Header h : record.headers()) {
            boolean attribute = h.key().startsWith("ce_");
            if (!attribute && !CONTENT_TYPE.equals(h.key())) {
                continue;
            }
            String value = h.value() == null ? null : utf8(h.value());
            if (h.value() != null && value == null) {
                throw new MalformedRecordException("header " + h.key() + " is not UTF-8 text (" + h.value().length + " bytes)");
            }
            if (attribute && !ATTRIBUTE_NAME.matcher(h.key().substring(3)).matches()) {
                throw new MalformedRecordException("header " + abbreviate(h.key()) + " names no CloudEvents attribute: attribute names are"
                        + " lower-case ASCII letters and digits");
            }
            if (seen.containsKey(h.key()) && !java.util.Objects.equals(seen.get(h.key()), value)) {
                throw new MalformedRecordException("header " + h.key() + " given twice with different values ('"
                        + abbreviate(String.valueOf(seen.get(h.key()))) + "', '" + abbreviate(String.valueOf(value)) + "')");
            }
            seen.put(h.key(), value);
            binary |= attribute;
            if (value != null && !value.isEmpty()) {
                given.add(h.key());
            }
            String wrong = switch (h.key()) {
                case SPECVERSION -> SPEC_VERSION.equals(value) ? null : "is not CloudEvents " + SPEC_VERSION;
                case TYPE -> expected.get().equals(value) ? null : "is not " + expected.get() + ", the event type of " + record.topic();
                case CONTENT_TYPE -> value != null && JSON.equals(value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                        ? null : "is not " + JSON;
                case SUBJECT -> value != null && value.equals(record.key()) ? null : "is not the record's key";
                case TIME -> value != null && rfc3339(value) ? null : "is not an RFC 3339 time";
                case SOURCE -> value == null || value.isEmpty() || uriReference(value) ? null : "is not a URI-reference";
                case DATASCHEMA -> value != null && absoluteUri(value) ? null : "is not an absolute URI";
                case DATACONTENTTYPE -> "is the content-type header in Kafka's binding, never a ce_ header";
                default -> null;
            };
            if (wrong != null) {
                throw new MalformedRecordException("header " + h.key() + " '" + (value == null ? "null" : abbreviate(value)) + "' " + wrong);
            }
        }
        if (binary) {
            List<String> missing = REQUIRED.stream().filter(name -> !given.contains(name)).toList();
            if (!missing.isEmpty()) {
                throw new MalformedRecordException("CloudEvents headers without " + String.join(", ", missing)
                        + ": a binary-mode event carries every required attribute (" + String.join(", ", REQUIRED) + ")");
            }
        }
    }

    private static final Pattern RFC_3339 =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:(\\d{2})(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    /**
     * Whether {@code value} is a time as CloudEvents 1.0 asks of {@code ce_time}: RFC 3339's date-time, each field in its
     * range (a leap second's {@code :60} included). A record whose {@code ce_time} was no time ({@code yesterday}, a
     * month 13, an hour 25, epoch milliseconds) was read as an event of its topic (review of session 44), and a
     * CloudEvents reader downstream refuses it or, lenient, takes another time: as for the other attributes, a record
     * claiming binary mode must carry them as the specification writes them.
     */
    static boolean rfc3339(String value) {
        Matcher m = RFC_3339.matcher(value);
        if (!m.matches()) {
            return false;
        }
        // Java reads neither a leap second nor more than nine digits of a fraction, which RFC 3339 allows: the fields
        // are checked with the second read as :59 and the fraction (digits alone, any number) left out.
        String checked = value.substring(0, m.start(1)) + (m.group(1).equals("60") ? "59" : m.group(1)) + m.group(3);
        try {
            OffsetDateTime.parse(checked.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * CloudEvents 1.0: "attribute names MUST consist of lower-case letters ('a' to 'z') or digits ('0' to '9') from the
     * ASCII character set". A header {@code ce_Trace-Id} or {@code ce_dead_letter} names no attribute a CloudEvents reader
     * can map: an SDK refuses the record or drops the attribute (review of session 46). The specification's 20-character
     * length is a SHOULD, not judged.
     */
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z0-9]+");
    static final String DATASCHEMA = "ce_dataschema";
    static final String DATACONTENTTYPE = "ce_datacontenttype";

    /**
     * Whether {@code value} is a URI-reference (RFC 3986), as CloudEvents asks of {@code source}: a reader resolving or
     * comparing sources (a deduplication by source and id) cannot take a value with spaces, controls or a bare {@code %}.
     */
    static boolean uriReference(String value) {
        try {
            new java.net.URI(value);
            return value.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** Whether {@code value} is an absolute URI, as CloudEvents asks of {@code dataschema}. */
    static boolean absoluteUri(String value) {
        try {
            return uriReference(value) && new java.net.URI(value).isAbsolute();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** The attributes CloudEvents 1.0 requires of every event, as binary-mode Kafka headers. */
    private static final List<String> REQUIRED = List.of(SPECVERSION, ID, SOURCE, TYPE);

    /** {@code bytes} as UTF-8, or null when they are not well-formed UTF-8. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A value for a dead letter's reason, quoted as every text quoting outside input quotes it ({@link OutsideText#quote}):
     * cut at 100 characters and not escaped, a key's line break or U+202E reached the reason header (review of session 51).
     */
    static String abbreviate(String value) {
        return OutsideText.quote(value);
    }

    /** The catalogue's event type for {@code topic}: its name is a catalogued name after the deployment's prefix. */
    private static Optional<String> catalogueType(String topic) {
        for (int at = topic.indexOf("tumen."); at >= 0; at = topic.indexOf("tumen.", at + 1)) {
            Optional<Topics.Topic> known = Topics.find(topic.substring(at));
            if (known.isPresent()) {
                return Optional.of(known.get().ceType());
            }
        }
        return Optional.empty();
    }

    /** Headers for a new event on {@code topic} emitted by {@code source} (e.g. {@code /tumen/ingest}); subject = the key. */
    public static Headers headers(Topics.Topic topic, String source, String key) {
        return headers(topic.ceType(), source, key);
    }

    /** Headers for a new event of {@code type} emitted by {@code source}; {@code subject} must be the record key. */
    public static Headers headers(String type, String source, String subject) {
        return headers(type, source, subject, newId());
    }

    /** The same, the event's {@code id} given: {@link #idNamed} for an event that may be written more than once. */
    public static Headers headers(String type, String source, String subject, String id) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPECVERSION, SPEC_VERSION);
        add(headers, ID, id);
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

    /**
     * An event id named by what the event is (a name-based, version 3 UUID of {@code parts}, one per line): the same
     * event written again, by a retry or a reread, has the same id, which is how CloudEvents readers tell a repeat
     * (with {@code source}) from another event.
     */
    public static String idNamed(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)).toString();
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
