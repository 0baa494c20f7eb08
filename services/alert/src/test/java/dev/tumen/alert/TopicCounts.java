package dev.tumen.alert;

import dev.tumen.testkit.TestKafka;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** How many records a topic holds (the alert service writes without transactions, so end minus start offsets). */
final class TopicCounts {
    private TopicCounts() {
    }

    static long count(String topic) {
        try (KafkaConsumer<String, byte[]> c = TestKafka.consumer(false)) {
            List<TopicPartition> parts = c.listTopics().containsKey(topic)
                    ? c.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList()
                    : List.of();
            if (parts.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            Map<TopicPartition, Long> start = c.beginningOffsets(parts);
            return parts.stream().mapToLong(tp -> end.get(tp) - start.get(tp)).sum();
        }
    }

    /** Every value the topic holds now, partition by partition, each partition's in offset order. */
    static List<byte[]> values(String topic) {
        try (KafkaConsumer<String, byte[]> c = TestKafka.consumer(false)) {
            if (!c.listTopics().containsKey(topic)) {
                return List.of();
            }
            List<TopicPartition> parts = c.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            c.assign(parts);
            c.seekToBeginning(parts);
            Map<TopicPartition, Long> end = c.endOffsets(parts);
            List<byte[]> out = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
            while (parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp)) && System.nanoTime() < deadline) {
                c.poll(java.time.Duration.ofMillis(200)).forEach(r -> out.add(r.value()));
            }
            return out;
        }
    }
}
