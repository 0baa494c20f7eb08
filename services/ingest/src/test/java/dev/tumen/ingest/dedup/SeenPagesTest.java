package dev.tumen.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tumen.ingest.page.Refusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SeenPagesTest {
    @Test
    void claimsOnceAndRemembersOtherInstancesPages() {
        SeenPages seen = new SeenPages(Duration.ofMillis(10));
        seen.remember(new SeenPage("id1", "h1", null, Instant.now()));
        seen.markLoaded();
        assertEquals("id1", seen.claim("id1", "other"));
        assertEquals("id1", seen.claim("id2", "h1"));
        assertNull(seen.claim("id3", "h3"));
        assertEquals("id3", seen.claim("id3", "h3"), "a page in flight is not claimed twice");
        seen.release("id3", "h3");
        assertNull(seen.claim("id3", "h3"));
    }

    @Test
    void answersWarmingUpUntilTheTopicIsRead() {
        SeenPages seen = new SeenPages(Duration.ofMillis(10));
        assertEquals("warming-up", assertThrows(Refusal.class, () -> seen.claim("a", "b")).reason());
    }
}
