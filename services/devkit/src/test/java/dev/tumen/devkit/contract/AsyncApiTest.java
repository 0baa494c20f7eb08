package dev.tumen.devkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tumen.devkit.RepoPaths;
import dev.tumen.model.Topics;
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
