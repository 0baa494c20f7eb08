package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.tumen.model.Topics;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Every topic's records, and every topic's dead letters (whatever their value), parse back into events with the
 * CloudEvents Java SDK's Kafka binding, as a stranger's consumer would read them.
 */
class CloudEventsRoundTripTest {

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> produced, long offset) {
        ConsumerRecord<String, byte[]> r = new ConsumerRecord<>(produced.topic(), 0, offset, produced.key(), produced.value());
        produced.headers().forEach(h -> r.headers().add(h));
        return r;
    }

    @Test
    void recordsOfEveryTopicAndTheirDeadLettersAreCloudEvents() {
        long offset = 0;
        for (Topics.Topic topic : Topics.all()) {
            if (topic.name().endsWith(Topics.DLT_SUFFIX)) {
                continue;
            }
            byte[] value = "{\"id\":\"k\"}".getBytes(StandardCharsets.UTF_8);
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), null, "k", value,
                    CloudEvents.headers(topic, "/tumen/test", "k"));
            CloudEvent event = KafkaMessageFactory.createReader(consumed(record, offset++)).toEvent();
            assertEquals(topic.ceType(), event.getType(), topic.name());
            assertEquals("k", event.getSubject(), topic.name() + ": ce_subject is the key");
            assertEquals("application/json", event.getDataContentType());
            assertArrayEquals(value, event.getData().toBytes());

            for (byte[] poison : new byte[][] {"{not json".getBytes(StandardCharsets.UTF_8), "null".getBytes(StandardCharsets.UTF_8),
                    {(byte) 0xff, 0, (byte) 0xfe}, value}) {
                ProducerRecord<String, byte[]> dead = DeadLetters.of(consumed(new ProducerRecord<>(topic.name(), null, "k", poison,
                        CloudEvents.headers(topic, "/tumen/test", "k")), offset++), new IllegalStateException("why"), "tumen-test", 2);
                CloudEvent parsed = KafkaMessageFactory.createReader(consumed(dead, offset++)).toEvent();
                assertEquals(Topics.TYPE_DEAD_LETTER, parsed.getType(), dead.topic());
                assertEquals("k", parsed.getSubject());
                assertNotNull(parsed.getDataContentType());
                assertArrayEquals(poison, parsed.getData().toBytes());
            }
        }
    }

    @Test
    void eventIdsAreDistinctVersionFourUuids() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            java.util.UUID id = java.util.UUID.fromString(CloudEvents.newId());
            assertEquals(4, id.version());
            assertEquals(2, id.variant());
            ids.add(id.toString());
        }
        assertEquals(10_000, ids.size());
    }
}
