package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is the one source of truth for topics: compose's {@code kafka-init} either runs
 * {@link ProvisionTopics} (and so creates exactly the catalogue), or every topic it creates by hand must equal
 * the catalogue's, name for name, with the same partitions, cleanup policy and retention.
 */
class CatalogueComposeTest {

    @Test
    void composeKafkaInitCreatesExactlyTheCatalogue() throws IOException {
        Path compose = repoRoot().resolve("docker-compose.yml");
        String init = kafkaInit(Files.readString(compose));
        if (init.contains(ProvisionTopics.class.getName())) {
            assertFalse(init.contains("kafka-topics.sh"), "kafka-init runs ProvisionTopics and creates topics of its own as well");
            return;
        }
        Map<String, String> composed = new TreeMap<>();
        Matcher m = Pattern.compile("(?m)^\\s*create (\\S+) (\\d+)(.*)$").matcher(init);
        while (m.find()) {
            composed.put(m.group(1), m.group(2) + " " + settings(m.group(3)));
        }
        Map<String, String> catalogue = new TreeMap<>();
        for (Topics.Topic t : Topics.all()) {
            catalogue.put(t.name(), t.partitions() + " cleanup.policy=" + t.cleanup().policy()
                    + (t.retention().isPresent() ? " retention.ms=" + t.retentionMs() : ""));
        }
        assertEquals(new TreeSet<>(catalogue.keySet()), new TreeSet<>(composed.keySet()), "topics of kafka-init vs the catalogue");
        catalogue.forEach((name, spec) -> assertEquals(spec, composed.get(name), "settings of " + name + " in kafka-init"));
    }

    /** "cleanup.policy=compact retention.ms=1" in a stable order, the default cleanup spelled out. */
    private static String settings(String configs) {
        Map<String, String> kv = new TreeMap<>();
        kv.put("cleanup.policy", "delete");
        for (String c : configs.trim().split("\\s+")) {
            if (c.contains("=")) {
                kv.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1));
            }
        }
        StringBuilder out = new StringBuilder();
        kv.forEach((k, v) -> out.append(out.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return out.toString();
    }

    private static String kafkaInit(String compose) {
        int start = compose.indexOf("\n  kafka-init:");
        assertTrue(start >= 0, "docker-compose.yml has no kafka-init service");
        Matcher next = Pattern.compile("\n  [a-z][a-z0-9-]*:\n").matcher(compose);
        int end = next.find(start + 1) ? next.start() : compose.length();
        return compose.substring(start, end);
    }

    static Path repoRoot() {
        String configured = System.getProperty("tumen.repo.root");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
