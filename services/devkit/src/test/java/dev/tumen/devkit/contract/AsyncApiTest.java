package dev.tumen.devkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tumen.devkit.RepoPaths;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Topics;
import dev.tumen.model.text.OutsideText;
import dev.tumen.testkit.OutsideTexts;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml is what the catalogue and the records say, and a valid AsyncAPI 3.0.0 document. */
class AsyncApiTest {
    private static final Path FILE = RepoPaths.root().resolve(AsyncApiDocument.FILE);

    @Test
    void theCommittedDocumentIsTheGeneratedOne() throws Exception {
        String generated = AsyncApiDocument.yaml();
        if (Boolean.getBoolean("tumen.asyncapi.write")) {
            Files.writeString(FILE, generated);
        }
        assertThat(Files.readString(FILE))
                .as("docs/asyncapi.yaml differs from what the topic catalogue and the records generate; regenerate it: "
                        + "./mvnw -B -pl services/devkit -am test -Dtest=AsyncApiTest -Dtumen.asyncapi.write=true "
                        + "-Dsurefire.failIfNoSpecifiedTests=false")
                .isEqualTo(generated);
    }

    /**
     * The published dead-letter headers are what {@code DeadLetters} writes: a reason quoting 8 KiB of a record with an
     * override, a line separator and a zero-width space keeps the reason's {@code maxLength} on every dead-letter topic.
     * The contract said only "why the record was dead-lettered" where docs/topics.md and the code said at most 500
     * characters, escaped (review of session 51).
     */
    @Test
    void aDeadLetterQuotingAHostileRecordKeepsThePublishedHeaders() throws Exception {
        JsonNode document = AsyncApiDocument.committed(RepoPaths.root());
        String hostile = "\u202Eevil\u2028\u200B" + "x".repeat(8_192);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        int checked = 0;
        for (Topics.Topic topic : Topics.all()) {
            if (!topic.ceType().equals(Topics.TYPE_DEAD_LETTER)) {
                continue;
            }
            String origin = topic.name().substring(0, topic.name().length() - ".dlt".length());
            ConsumerRecord<String, byte[]> failed = new ConsumerRecord<>(origin, 0, 7L, hostile, hostile.getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, byte[]> dead = DeadLetters.of(failed, "no record of this kind: " + hostile,
                    "java.lang.IllegalArgumentException", "tumen-test", 1);
            ObjectNode headers = new ObjectMapper().createObjectNode();
            for (Header h : dead.headers()) {
                headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8));
            }
            assertThat(dead.topic()).isEqualTo(topic.name());
            JsonNode schema = document.path("components").path("messages").path(dead.topic()).path("headers");
            assertThat(schema.path("properties").path(DeadLetters.REASON).path("maxLength").asInt())
                    .as(dead.topic()).isEqualTo(OutsideText.MAX_MESSAGE);
            assertThat(factory.getSchema(schema).validate(headers)).as(dead.topic()).isEmpty();
            assertThat(OutsideTexts.refusal(headers.path(DeadLetters.REASON).asText())).as(dead.topic()).isNull();
            checked++;
        }
        assertThat(checked).isGreaterThan(3);
    }

    @Test
    void isAValidAsyncApi3Document() throws Exception {
        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(AsyncApiDocument.yaml());
        try (InputStream schema = AsyncApiTest.class.getResourceAsStream("/asyncapi/asyncapi-3.0.0.schema.json")) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(document);
            assertThat(errors).as("AsyncAPI 3.0.0 schema violations").isEmpty();
        }
    }

    @Test
    void describesEveryTopicWithItsPartitionsAndCleanupPolicy() {
        JsonNode channels = new ObjectMapper().valueToTree(AsyncApiDocument.document()).path("channels");
        for (Topics.Topic topic : Topics.all()) {
            JsonNode kafka = channels.path(topic.name()).path("bindings").path("kafka");
            assertThat(kafka.path("partitions").asInt()).as(topic.name()).isEqualTo(topic.partitions());
            assertThat(kafka.path("topicConfiguration").path("cleanup.policy").toString()).as(topic.name())
                    .contains(topic.cleanup().policy().split(",")[0]);
        }
    }
}
