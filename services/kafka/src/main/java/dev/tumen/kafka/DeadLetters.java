package dev.tumen.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.tumen.model.Topics;
import dev.tumen.model.text.OutsideText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records: the original key and value unchanged, with headers that say why and where from, so
 * an operator can fix and replay them. The shape stays a valid CloudEvent: the original headers move under
 * {@value #ORIGINAL_PREFIX} (its {@code ce_*} described a value that may not be what the dead letter carries),
 * the dead letter gets its own {@code ce_*} headers of type {@value Topics#TYPE_DEAD_LETTER}, and its
 * {@code content-type} says what the value really is: JSON, UTF-8 text or bytes.
 */
public final class DeadLetters {
    public static final String REASON = "tumen.dlt.reason";
    public static final String EXCEPTION = "tumen.dlt.exception";
    public static final String ORIGIN_TOPIC = "tumen.dlt.topic";
    public static final String ORIGIN_PARTITION = "tumen.dlt.partition";
    public static final String ORIGIN_OFFSET = "tumen.dlt.offset";
    public static final String ATTEMPTS = "tumen.dlt.attempts";
    public static final String SERVICE = "tumen.dlt.service";
    /** Prefix of the failed record's own headers, e.g. {@code tumen.dlt.original.ce_type}. */
    public static final String ORIGINAL_PREFIX = "tumen.dlt.original.";
    /** Header of a dead letter whose value was dropped because even the dead letter would be too large. */
    public static final String VALUE_DROPPED = "tumen.dlt.value-dropped-bytes";
    /** On a dead letter too large with the record's own headers: how many were left out, and their size. */
    public static final String HEADERS_DROPPED = "tumen.dlt.headers-dropped";
    /** On a dead letter too large with the record's key (and its ce_subject): the key's size in bytes. */
    public static final String KEY_DROPPED = "tumen.dlt.key-dropped-bytes";
    /**
     * The size dead letters are kept under when the writer does not know its own limit: Kafka's default
     * {@code max.request.size}, a little under the broker's default {@code message.max.bytes}.
     */
    public static final int DEFAULT_LIMIT = 1_048_576;
    private static final JsonFactory JSON = new JsonFactory();

    private DeadLetters() {
    }

    /** A dead letter for {@code failed}, after {@code attempts} attempts, to {@code <topic>.dlt}. */
    public static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> failed, Throwable error, String service,
                                                    int attempts) {
        return of(failed, reason(error), error.getClass().getName(), service, attempts);
    }

    public static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> failed, Throwable error, String service) {
        return of(failed, error, service, 1);
    }

    /** A dead letter for {@code failed} with an explicit reason (e.g. {@code record-too-large: ...}). */
    public static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> failed, String reason, String exceptionClass,
                                                    String service, int attempts) {
        Headers headers = new RecordHeaders();
        for (Header h : failed.headers()) {
            if (!h.key().startsWith("tumen.dlt.")) {
                headers.add(ORIGINAL_PREFIX + h.key(), h.value());
            }
        }
        describeFailure(headers, idOf(failed, service), failed.key(), failed.value(), reason, exceptionClass, service, attempts,
                failed.topic());
        CloudEvents.add(headers, ORIGIN_PARTITION, Integer.toString(failed.partition()));
        CloudEvents.add(headers, ORIGIN_OFFSET, Long.toString(failed.offset()));
        return new ProducerRecord<>(Topics.deadLetter(failed.topic()), null, failed.key(), failed.value(), headers);
    }

    /**
     * The dead letter's {@code ce_id}: one per consumed record and service, however often it is dead-lettered. A table
     * is read whole at every start of every instance, so each instance dead-lettered the same poison record at each
     * start, and a loop dead-letters again a record it reads again (after a crash or an aborted transaction): each copy
     * had a new random id, where CloudEvents readers take a repeated {@code source} and {@code id} for the same event
     * and tell events apart by them (probe of session 42). The record's timestamp is in the name so that a topic
     * deleted and made again, whose offsets start over, names other events.
     */
    static String idOf(ConsumerRecord<String, byte[]> failed, String service) {
        return CloudEvents.idNamed("tumen.dead-letter", service, failed.topic(), Integer.toString(failed.partition()),
                Long.toString(failed.offset()), Long.toString(failed.timestamp()));
    }

    /**
     * A dead letter for a record that was never written to {@code topic} (it never can be, being too large, say) and
     * whose source has no caller to tell, such as a feed entry: {@code describing} (JSON) says what it was and where
     * it can be found again. It has no origin partition or offset, there being none.
     *
     * <p>Its {@code ce_id} is named by the service, the topic and {@code identity}, what identifies the failed input and
     * its failure (for a feed entry: the feed, the entry's link and date, the refusal's reason), so the same input
     * refused again is the same event. Each refusal drew a random id (reviews of sessions 42 and 43), and a feed entry
     * is refused again whenever an instance that has not dead-lettered it polls its feed (after every start, on every
     * instance), an import when it is run again: a reader deduplicating by {@code ce_source} and {@code ce_id} counted
     * one failure once per poll and instance. What changes between two refusals of one input without making it another
     * (the exception's message, a count of attempts, the time) must stay out of {@code identity}.
     */
    public static ProducerRecord<String, byte[]> unwritten(String topic, String key, byte[] describing, String reason,
                                                           String exceptionClass, String service, String... identity) {
        if (identity.length == 0) {
            throw new IllegalArgumentException("a dead letter of an unwritten record needs what identifies its input");
        }
        String[] parts = new String[identity.length + 3];
        parts[0] = "tumen.dead-letter.unwritten";
        parts[1] = service;
        parts[2] = topic;
        for (int i = 0; i < identity.length; i++) {
            // Each part led by its length: a feed's name or a link from outside may hold the line break idNamed joins on.
            String part = String.valueOf(identity[i]);
            parts[i + 3] = part.length() + ":" + part;
        }
        Headers headers = new RecordHeaders();
        describeFailure(headers, CloudEvents.idNamed(parts), key, describing, reason, exceptionClass, service, 1, topic);
        return new ProducerRecord<>(Topics.deadLetter(topic), null, key, describing, headers);
    }

    private static void describeFailure(Headers headers, String id, String subject, byte[] value, String reason, String exceptionClass,
                                        String service, int attempts, String originTopic) {
        CloudEvents.add(headers, CloudEvents.SPECVERSION, CloudEvents.SPEC_VERSION);
        CloudEvents.add(headers, CloudEvents.ID, id);
        CloudEvents.add(headers, CloudEvents.TYPE, Topics.TYPE_DEAD_LETTER);
        CloudEvents.add(headers, CloudEvents.SOURCE, "/tumen/" + service.replaceFirst("^tumen-", ""));
        CloudEvents.add(headers, CloudEvents.TIME, Instant.now().toString());
        if (subject != null) {
            CloudEvents.add(headers, CloudEvents.SUBJECT, subject);
        }
        if (value != null) {
            CloudEvents.add(headers, CloudEvents.CONTENT_TYPE, contentType(value));
        }
        String why = reason == null || reason.isBlank() ? exceptionClass : reason;
        // The reason quotes what the record held (an id, a field, a parser's view of the bytes) and is shown to operators
        // and their tools: escaped and bounded by the rule every such text keeps. Cut at 2,000 characters and not
        // escaped, a record's line break or U+202E reached the header and the log line quoting it (review of session 51).
        CloudEvents.add(headers, REASON, OutsideText.bounded(why));
        CloudEvents.add(headers, EXCEPTION, exceptionClass);
        CloudEvents.add(headers, ORIGIN_TOPIC, originTopic);
        CloudEvents.add(headers, ATTEMPTS, Integer.toString(attempts));
        CloudEvents.add(headers, SERVICE, service);
    }

    /**
     * {@code dead} as it can be written under {@code limit} bytes: unchanged when it fits; else without its value (the
     * source topic, partition and offset in its headers say where the value still is) and with
     * {@value #VALUE_DROPPED} saying how large it was; if that is not enough, without the record's own headers
     * ({@value #HEADERS_DROPPED}); and then without its key and ce_subject ({@value #KEY_DROPPED}). A dead letter that
     * cannot be written would leave the record nowhere, and its loop trying again without end: a record of 60,000 empty
     * headers (360 KB) made a 2 MB dead letter, each name longer by {@value #ORIGINAL_PREFIX} (probe of session 33).
     * What is left is the failure's own description, bounded.
     */
    public static ProducerRecord<String, byte[]> fitted(ProducerRecord<String, byte[]> dead, int limit) {
        if (RecordSizes.upperBound(dead) <= limit) {
            return dead;
        }
        Headers headers = new RecordHeaders(dead.headers().toArray());
        headers.remove(CloudEvents.CONTENT_TYPE);
        headers.add(VALUE_DROPPED, Integer.toString(dead.value() == null ? 0 : dead.value().length).getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> valueless = new ProducerRecord<>(dead.topic(), null, dead.key(), null, headers);
        if (RecordSizes.upperBound(valueless) <= limit) {
            return valueless;
        }
        Headers own = new RecordHeaders();
        int dropped = 0;
        long droppedBytes = 0;
        for (Header h : headers) {
            if (h.key().startsWith(ORIGINAL_PREFIX)) {
                dropped++;
                droppedBytes += h.key().length() + (h.value() == null ? 0 : h.value().length);
            } else {
                own.add(h);
            }
        }
        own.add(HEADERS_DROPPED, (dropped + " headers, " + droppedBytes + " bytes").getBytes(StandardCharsets.UTF_8));
        ProducerRecord<String, byte[]> headerless = new ProducerRecord<>(dead.topic(), null, dead.key(), null, own);
        if (RecordSizes.upperBound(headerless) <= limit || dead.key() == null) {
            return headerless;
        }
        own.remove(CloudEvents.SUBJECT);
        own.add(KEY_DROPPED, Integer.toString(dead.key().getBytes(StandardCharsets.UTF_8).length).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<String, byte[]>(dead.topic(), null, (String) null, (byte[]) null, own);
    }

    /** The reason of an error, with its cause's message when that says more. */
    public static String reason(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getClass().getSimpleName();
        }
        return message;
    }

    /** What a value really is: one JSON document, UTF-8 text, or bytes. */
    static String contentType(byte[] value) {
        if (isJson(value)) {
            return CloudEvents.JSON;
        }
        return CloudEvents.utf8(value) != null ? "text/plain; charset=utf-8" : "application/octet-stream";
    }

    private static boolean isJson(byte[] value) {
        try (JsonParser p = JSON.createParser(value)) {
            if (p.nextToken() == null) {
                return false;
            }
            p.skipChildren();
            return p.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Adds the dead-letter headers to a record the service itself dead-letters (no consumed record behind it). */
    public static void describe(Headers headers, String reason, String service) {
        CloudEvents.put(headers, REASON, OutsideText.bounded(reason));
        CloudEvents.put(headers, SERVICE, service);
    }
}
