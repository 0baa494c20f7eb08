package dev.tumen.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class EmbeddedKafkaIT {

    @Test
    void committedTransactionsAreVisibleAndAbortedOnesAreNot() throws Exception {
        String topic = TestKafka.uniquePrefix() + "tx";
        TestKafka.createTopics(List.of(topic), 2);
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TestKafka.uniqueGroup("tx"));
        try (var producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k1", "kept".getBytes(StandardCharsets.UTF_8)));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "k2", "aborted".getBytes(StandardCharsets.UTF_8)));
            producer.flush();
            producer.abortTransaction();
        }

        var committed = TestKafka.read(topic, 1, Duration.ofMillis(500), Duration.ofSeconds(20), true);
        assertEquals(List.of("kept"), committed.stream().map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList());
    }

    @Test
    void brokerKeepsDataAcrossRestart() throws Exception {
        var dir = java.nio.file.Files.createTempDirectory("tumen-restart-");
        String topic = "restart";
        try (EmbeddedKafka first = EmbeddedKafka.start(dir, false, 0, java.util.Map.of())) {
            try (var producer = new KafkaProducer<>(props(first), new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "v".getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        try (EmbeddedKafka second = EmbeddedKafka.start(dir, true, 0, java.util.Map.of())) {
            Properties c = new Properties();
            c.put("bootstrap.servers", second.bootstrapServers());
            c.put("group.id", "restart-reader");
            c.put("auto.offset.reset", "earliest");
            try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(c,
                    new org.apache.kafka.common.serialization.StringDeserializer(),
                    new org.apache.kafka.common.serialization.StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                int seen = 0;
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (seen == 0 && System.nanoTime() < deadline) {
                    seen += consumer.poll(Duration.ofMillis(200)).count();
                }
                assertEquals(1, seen);
            }
        }
    }

    private static Properties props(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        return p;
    }
}
