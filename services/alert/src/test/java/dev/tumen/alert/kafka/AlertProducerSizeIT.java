package dev.tumen.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertHarness;
import dev.tumen.kafka.RecordSizes;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alert's writes are checked against the topic's {@code max.message.bytes} as well as the producer's
 * {@code max.request.size}: a record between the two fails at once with the sizes, instead of being sent and refused.
 */
@ExtendWith(KafkaExtension.class)
class AlertProducerSizeIT {

    @Test
    void aRecordOverTheTopicsMaxMessageBytesFailsBeforeItIsSent() throws Exception {
        try (AlertHarness harness = new AlertHarness(AlertHarness.fastRetries());
             Admin admin = Admin.create(Map.of("bootstrap.servers", TestKafka.bootstrapServers()))) {
            String topic = harness.prefix + "size-limited";
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1).configs(Map.of("max.message.bytes", "4000"))))
                    .all().get(30, TimeUnit.SECONDS);
            AlertProducer producer = harness.start().getApplicationContext().getBean(AlertProducer.class);

            // given: 10 KB, far under the producer's 1 MiB max.request.size but over the topic's 4,000 bytes
            var tooLarge = producer.send(new ProducerRecord<>(topic, "k", new byte[10_000]));

            ExecutionException failed = assertThrows(ExecutionException.class, () -> tooLarge.get(5, TimeUnit.SECONDS));
            assertInstanceOf(RecordSizes.TooLarge.class, failed.getCause());
            assertTrue(failed.getCause().getMessage().contains("4000"), failed.getCause().getMessage());
            producer.send(new ProducerRecord<>(topic, "k", new byte[1_000])).get(30, TimeUnit.SECONDS);
            assertEquals(1, TestKafka.read(topic, 1, java.time.Duration.ofMillis(300), java.time.Duration.ofSeconds(10), false).size());
        }
    }
}
