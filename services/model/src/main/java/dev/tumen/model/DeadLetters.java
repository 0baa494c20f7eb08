package dev.tumen.model;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds dead-letter records: the original key, value and headers unchanged, plus headers that say why
 * and where from, so an operator can fix and replay them.
 */
public final class DeadLetters {
    public static final String REASON = "tumen.dlt.reason";
    public static final String EXCEPTION = "tumen.dlt.exception";
    public static final String ORIGIN_TOPIC = "tumen.dlt.topic";
    public static final String ORIGIN_PARTITION = "tumen.dlt.partition";
    public static final String ORIGIN_OFFSET = "tumen.dlt.offset";
    public static final String SERVICE = "tumen.dlt.service";

    private DeadLetters() {
    }

    public static ProducerRecord<String, byte[]> of(ConsumerRecord<String, byte[]> failed, Throwable error, String service) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : failed.headers()) {
            headers.add(h);
        }
        String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        put(headers, REASON, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
        put(headers, EXCEPTION, error.getClass().getName());
        put(headers, ORIGIN_TOPIC, failed.topic());
        put(headers, ORIGIN_PARTITION, Integer.toString(failed.partition()));
        put(headers, ORIGIN_OFFSET, Long.toString(failed.offset()));
        put(headers, SERVICE, service);
        return new ProducerRecord<>(Topics.deadLetter(failed.topic()), null, failed.key(), failed.value(), headers);
    }

    private static void put(RecordHeaders headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
