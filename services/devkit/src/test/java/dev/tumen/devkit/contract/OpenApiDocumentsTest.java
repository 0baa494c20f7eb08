package dev.tumen.devkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a stranger's code generator needs from each service's OpenAPI document (the one it serves at
 * {@code /openapi/<service>.yml}, generated at compile time): an operationId that names the operation and is unique,
 * a tag to group it by, a summary, and patterns every client language reads alike.
 */
class OpenApiDocumentsTest {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "classifier", "alert"})
    void everyOperationIsNamedTaggedAndSummarised(String service) throws IOException {
        JsonNode doc = document(service);
        Set<String> ids = new HashSet<>();
        List<String> problems = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!METHODS.contains(op.getKey())) {
                return;
            }
            String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
            JsonNode o = op.getValue();
            String id = o.path("operationId").asText("");
            if (!id.matches("[a-z][A-Za-z]{2,}") || !ids.add(id)) {
                problems.add(where + ": operationId '" + id + "' missing, not camelCase or not unique");
            }
            if (o.path("summary").asText("").isBlank()) {
                problems.add(where + ": no summary");
            }
            if (!o.path("tags").isArray() || o.path("tags").isEmpty()) {
                problems.add(where + ": no tag");
            }
        }));
        assertThat(problems).isEmpty();
        assertThat(ids).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "classifier", "alert"})
    void patternsUseNoPropertyClasses(String service) throws IOException {
        // JSON Schema patterns are ECMA-262; without the u flag \p{Cc} there is the letters p, C and c.
        List<String> patterns = new ArrayList<>();
        collectPatterns(document(service), patterns);
        assertThat(patterns).noneMatch(p -> p.contains("\\p{") || p.contains("\\P{"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "classifier", "alert"})
    void rawBodiesAreNotBase64(String service) throws IOException {
        // format: byte means base64: a generated client would encode the page before sending it.
        List<String> problems = new ArrayList<>();
        document(service).path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                op.getValue().path("requestBody").path("content").fields().forEachRemaining(media -> {
                    if (!media.getKey().contains("json") && "byte".equals(media.getValue().path("schema").path("format").asText())) {
                        problems.add(op.getKey() + " " + path.getKey() + " " + media.getKey());
                    }
                })));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "classifier", "alert"})
    void createdAnswersSayWhere(String service) throws IOException {
        // The services send Location with every 201; a generated client reads only the headers the document names.
        List<String> problems = new ArrayList<>();
        document(service).path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode created = op.getValue().path("responses").path("201");
            if (!created.isMissingNode() && created.path("headers").path("Location").isMissingNode()) {
                problems.add(op.getKey() + " " + path.getKey());
            }
        }));
        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "classifier", "alert"})
    void licenceIsTheRepositorys(String service) throws IOException {
        // Generated clients and API catalogues copy info.license into what they publish; a missing one reads as "all
        // rights reserved" for an Apache-2.0 project.
        JsonNode license = document(service).path("info").path("license");
        assertThat(license.path("name").asText()).isEqualTo("Apache-2.0");
        assertThat(license.path("url").asText()).startsWith("https://www.apache.org/licenses/LICENSE-2.0");
        assertThat(java.nio.file.Files.readString(dev.tumen.devkit.RepoPaths.root().resolve("LICENSE")))
                .contains("Apache License").contains("Version 2.0");
    }

    private static void collectPatterns(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("pattern") && f.getValue().isTextual()) {
                    into.add(f.getValue().asText());
                } else {
                    collectPatterns(f.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectPatterns(n, into));
        }
    }

    private static JsonNode document(String service) throws IOException {
        try (InputStream in = OpenApiDocumentsTest.class.getResourceAsStream("/META-INF/swagger/" + service + ".yml")) {
            assertThat(in).as("the " + service + " jar holds its OpenAPI document").isNotNull();
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
