package dev.tumen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesFollowTheConventionAndEveryStreamHasADeadLetterTopic() {
        Set<String> names = new HashSet<>();
        for (Topics.Spec spec : Topics.all()) {
            assertTrue(names.add(spec.name()), "duplicate " + spec.name());
            assertTrue(spec.name().matches("tumen\\.[a-z0-9.-]+\\.v\\d+(\\.dlt)?"), spec.name());
        }
        for (String consumed : new String[] {Topics.PAGES, Topics.ARTICLES, Topics.SUBSCRIPTIONS, Topics.PAGES_SEEN, Topics.FEEDS}) {
            assertTrue(names.contains(Topics.deadLetter(consumed)), "no dead-letter topic for " + consumed);
        }
    }

    @Test
    void composeCreatesEveryTopicOfTheCatalogueWithItsPartitions() throws IOException {
        String compose = Files.readString(repoRoot().resolve("docker-compose.yml"));
        for (Topics.Spec spec : Topics.all()) {
            Matcher m = Pattern.compile("create " + Pattern.quote(spec.name()) + " (\\d+) (\\S+)").matcher(compose);
            assertTrue(m.find(), "docker-compose.yml does not create " + spec.name());
            assertEquals(spec.partitions(), Integer.parseInt(m.group(1)), "partitions of " + spec.name());
            assertEquals(spec.compacted(), m.group(2).contains("compact"), "cleanup policy of " + spec.name());
        }
    }

    @Test
    void docsDescribeEveryTopic() throws IOException {
        String docs = Files.readString(repoRoot().resolve("docs/topics.md"));
        for (Topics.Spec spec : Topics.all()) {
            // Retry tiers are documented once, as tumen.deliveries.retry-N.v1.
            String documented = spec.name().replaceAll("retry-\\d+", "retry-N");
            assertTrue(docs.contains(documented), "docs/topics.md does not describe " + documented);
        }
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
