package dev.tumen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesFollowTheConventionAndEveryConsumedTopicHasADeadLetterTopic() {
        Set<String> names = new HashSet<>();
        for (Topics.Topic topic : Topics.all()) {
            assertTrue(names.add(topic.name()), "duplicate " + topic.name());
            assertTrue(topic.name().matches("tumen\\.[a-z0-9.-]+\\.v\\d+(\\.dlt)?"), topic.name());
            assertTrue(topic.partitions() > 0, topic.name());
            assertTrue(topic.ceType().startsWith("dev.tumen."), topic.name());
        }
        for (String consumed : new String[] {Topics.PAGES, Topics.ARTICLES, Topics.SUBSCRIPTIONS, Topics.PAGES_SEEN, Topics.FEEDS,
                Topics.STORIES, Topics.deliveryRetry(1)}) {
            assertTrue(names.contains(Topics.deadLetter(consumed)), "no dead-letter topic for " + consumed);
        }
    }

    @Test
    void tablesAreCompactedAndForeverUnlessTheyExpire() {
        for (Topics.Topic t : new Topics.Topic[] {Topics.SUBSCRIPTIONS_TOPIC, Topics.PAGES_SEEN_TOPIC, Topics.FEEDS_TOPIC}) {
            assertEquals(Topics.Cleanup.COMPACT, t.cleanup(), t.name());
            assertEquals(-1, t.retentionMs(), t.name());
        }
        assertEquals("compact,delete", Topics.STORIES_TOPIC.cleanup().policy());
    }

    @Test
    void findsEveryTopicAndRetryTiersBeyondTheDefaultSchedule() {
        for (Topics.Topic t : Topics.all()) {
            assertEquals(t, Topics.find(t.name()).orElseThrow());
        }
        assertEquals(Topics.deliveryRetryTopic(9), Topics.find("tumen.deliveries.retry-9.v1").orElseThrow());
    }

    @Test
    void docsDescribeEveryTopic() throws IOException {
        String docs = Files.readString(repoRoot().resolve("docs/topics.md"));
        for (Topics.Topic topic : Topics.all()) {
            // Retry tiers are documented once, as tumen.deliveries.retry-N.v1.
            String documented = topic.name().replaceAll("retry-\\d+", "retry-N");
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
