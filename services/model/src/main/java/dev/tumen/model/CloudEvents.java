package dev.tumen.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: the record value is the plain event JSON and the
 * event's metadata rides in {@code ce_*} headers, so any console consumer can read the value.
 */
public final class CloudEvents {
    public static final String SPEC_VERSION = "1.0";
    /** Event types, one per event record. */
    public static final String TYPE_PAGE_RECEIVED = "dev.tumen.page.received.v1";
    public static final String TYPE_ARTICLE_LABELLED = "dev.tumen.article.labelled.v1";
    public static final String TYPE_ALERT_DELIVERED = "dev.tumen.alert.delivered.v1";
    public static final String TYPE_SUBSCRIPTION_CHANGED = "dev.tumen.subscription.changed.v1";

    private CloudEvents() {
    }

    /** Headers for a new event of {@code type} emitted by {@code source} (e.g. {@code /tumen/ingest}). */
    public static Headers headers(String type, String source, String subject) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, "ce_specversion", SPEC_VERSION);
        add(headers, "ce_id", UUID.randomUUID().toString());
        add(headers, "ce_type", type);
        add(headers, "ce_source", source);
        add(headers, "ce_time", Instant.now().toString());
        add(headers, "content-type", "application/json");
        if (subject != null) {
            add(headers, "ce_subject", subject);
        }
        return headers;
    }

    /** The value of header {@code name}, or {@code null}. */
    public static String header(Headers headers, String name) {
        Header h = headers == null ? null : headers.lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
