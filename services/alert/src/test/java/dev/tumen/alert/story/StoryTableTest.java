package dev.tumen.alert.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryTableTest {
    private static final Instant NOW = Instant.parse("2026-12-06T23:00:00Z");

    private static Story story(String id, Instant firstSeen) {
        return new Story(id, List.of("0f0f0f0f0f0f0f0f"), List.of("outlet.example"), List.of("a1"), Severity.HIGH, null, firstSeen,
                firstSeen, 1);
    }

    /**
     * A story from the topic whose firstSeen lies in the future was open until then: never evicted, it took in every later
     * copy near its fingerprints (probe of session 43). Now malformed past a day ahead; a writer's clock a little ahead
     * is taken.
     */
    @Test
    void aStoryFirstSeenInTheFutureIsMalformed() {
        StoryTable table = new StoryTable(Duration.ofHours(12), 4);
        MalformedRecordException e = assertThrows(MalformedRecordException.class,
                () -> table.replicate(story("story_far", Instant.parse("9999-12-31T00:00:00Z")), NOW));
        assertTrue(e.getMessage().contains("ahead of this instance's clock"), e.getMessage());
        assertThrows(MalformedRecordException.class, () -> table.replicate(story("story_2d", NOW.plus(Duration.ofDays(2))), NOW));
        assertEquals(0, table.size());

        table.replicate(story("story_skew", NOW.plusSeconds(90)), NOW);
        table.replicate(story("story_now", NOW), NOW);
        assertEquals(2, table.size());
    }
}
