package dev.tumen.alert.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.story.Story;
import dev.tumen.alert.story.StoryTable;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.model.Severity;
import dev.tumen.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

/** A story record says its version in a header, so the reader of the stories topic skips the ones it holds already. */
class StoryHeadersTest {
    private static final Instant T = Instant.parse("2026-12-02T12:00:00Z");

    private static Story story(long version) {
        return new Story("story_a1", List.of("0f0f0f0f0f0f0f0f"), List.of("outlet.example"), List.of("a1"), Severity.HIGH, null, T, T, version);
    }

    @Test
    void theVersionWrittenIsTheVersionRead() {
        assertEquals(7, AlertProducer.storyVersion(AlertProducer.storyHeaders(story(7))));
    }

    @Test
    void aRecordWithoutTheHeaderOrNotFromAnAlertInstanceSaysNothing() {
        assertEquals(-1, AlertProducer.storyVersion(CloudEvents.headers(Topics.STORIES_TOPIC, AlertProducer.SOURCE, "story_a1")));
        Headers foreign = CloudEvents.headers(Topics.STORIES_TOPIC, "/somebody/else", "story_a1");
        foreign.add(AlertProducer.VERSION_HEADER, "7".getBytes(StandardCharsets.UTF_8));
        assertEquals(-1, AlertProducer.storyVersion(foreign));
        Headers garbled = CloudEvents.headers(Topics.STORIES_TOPIC, AlertProducer.SOURCE, "story_a1");
        garbled.add(AlertProducer.VERSION_HEADER, "seven".getBytes(StandardCharsets.UTF_8));
        assertEquals(-1, AlertProducer.storyVersion(garbled));
    }

    @Test
    void theTableHoldsAVersionOnceItHasItOrALaterOne() {
        StoryTable table = new StoryTable(new AlertSettings(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0.2, Duration.ofSeconds(15),
                Duration.ofSeconds(5), 2048, 32, 4, Duration.ofSeconds(5), 500, Duration.ofSeconds(10), 256, Duration.ofSeconds(1), 768,
                Duration.ofHours(12), Duration.ofDays(3), Duration.ofDays(7), 200, 32, Duration.ofHours(12), 4, Duration.ofSeconds(5),
                true, 6, Duration.ofSeconds(5)));
        assertFalse(table.holds("story_a1", 1));
        table.replicate(story(3), T);
        assertTrue(table.holds("story_a1", 2));
        assertTrue(table.holds("story_a1", 3));
        assertFalse(table.holds("story_a1", 4), "a later version is news: it is parsed and put");
        assertFalse(table.holds("story_b2", 1));
    }
}
