package dev.tumen.devkit.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.tumen.testkit.TestKafka;
import dev.tumen.devkit.RepoPaths;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads every catalogue topic of a test deployment and checks each record's value against the payload schema that the
 * committed docs/asyncapi.yaml gives its topic, and that the CloudEvents SDK reads each record (dead letters too) as an
 * event of its topic's type: what the services really wrote, not a fixture.
 */
public final class TopicRecords {
    private TopicRecords() {
    }

    /**
     * @return per topic name, how many records were checked
     * @throws AssertionError listing every value that does not match its schema
     */
    public static Map<String, Integer> assertMatchTheirSchemas(String prefix) {
        JsonNode document = AsyncApiDocument.committed(RepoPaths.root());
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        Map<String, Integer> counted = new TreeMap<>();
        List<String> mismatches = new ArrayList<>();
        Map<String, Integer> cloudEvents = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = TestKafka.consumer(false)) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, Topics.Topic> byName = new TreeMap<>();
            consumer.listTopics(Duration.ofSeconds(10)).forEach((name, infos) -> {
                if (name.startsWith(prefix)) {
                    Topics.find(name.substring(prefix.length())).ifPresent(topic -> {
                        byName.put(name, topic);
                        infos.forEach(p -> partitions.add(new TopicPartition(name, p.partition())));
                    });
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    Topics.Topic topic = byName.get(r.topic());
                    if (r.value() != null) {
                        // What a stranger's consumer does with it: the CloudEvents SDK's Kafka binding, dead letters included.
                        try {
                            CloudEvent event = KafkaMessageFactory.createReader(r).toEvent();
                            cloudEvents.merge(topic.name(), 1, Integer::sum);
                            if (!topic.ceType().equals(event.getType())) {
                                mismatches.add(r.topic() + "@" + r.partition() + ":" + r.offset() + " CloudEvents type " + event.getType()
                                        + ", the catalogue says " + topic.ceType());
                            }
                        } catch (RuntimeException e) {
                            mismatches.add(r.topic() + "@" + r.partition() + ":" + r.offset() + " is no CloudEvent for the SDK: " + e);
                        }
                    }
                    if (r.value() == null || topic.ceType().equals(Topics.TYPE_DEAD_LETTER)) {
                        continue; // a tombstone, or a dead letter's value, which is whatever failed
                    }
                    String message = topic.name();
                    JsonNode payloadRef = document.path("components").path("messages").path(message).path("payload").path("$ref");
                    JsonNode schemaNode = document.at(payloadRef.asText().substring(1));
                    if (schemaNode.isMissingNode()) {
                        mismatches.add(r.topic() + ": docs/asyncapi.yaml has no payload schema for it");
                        continue;
                    }
                    JsonSchema schema = factory.getSchema(schemaNode);
                    var errors = schema.validate(Json.read(r.value(), JsonNode.class));
                    counted.merge(topic.name(), 1, Integer::sum);
                    if (!errors.isEmpty()) {
                        mismatches.add(r.topic() + "@" + r.partition() + ":" + r.offset() + " " + errors);
                    }
                }
            }
        }
        if (!mismatches.isEmpty()) {
            throw new AssertionError("records that do not match their AsyncAPI schema or are no CloudEvent:\n" + String.join("\n", mismatches));
        }
        System.out.println("records parsed by the CloudEvents SDK's Kafka binding: " + cloudEvents);
        return counted;
    }
}
