package dev.tumen.kafka;

import dev.tumen.model.MalformedRecordException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The record key is the id of what the record is about, on every topic (docs/topics.md): it decides the partition, so
 * the order of a page's or a subscription's records, and compaction. A record whose key is not the id its value names
 * was labelled or delivered under the value's id (probe of session 28): another system's mistake, or a record moved
 * to the partition of another id.
 */
public final class RecordKeys {
    private RecordKeys() {
    }

    /**
     * @param what the id's name in the reason, e.g. "page id"
     * @throws MalformedRecordException when {@code id} is not the record's key
     */
    public static void requireKey(ConsumerRecord<String, ?> record, String id, String what) {
        if (id != null && !id.equals(record.key())) {
            String key = record.key() == null ? "null" : "'" + CloudEvents.abbreviate(record.key()) + "'";
            throw new MalformedRecordException(what + " '" + CloudEvents.abbreviate(id) + "' is not the record's key " + key);
        }
    }
}
