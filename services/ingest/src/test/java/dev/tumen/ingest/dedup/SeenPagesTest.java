package dev.tumen.ingest.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void confirmedOnlyOnceTheClaimIsConfirmedOrTheRecordRead() {
        SeenPages seen = new SeenPages(Duration.ofMillis(10));
        seen.remember(new SeenPage("theirs", "h0", null, Instant.now()));
        seen.markLoaded();
        assertTrue(seen.confirmed("theirs"));
        assertNull(seen.claim("mine", "h1", true));
        assertFalse(seen.confirmed("mine"), "a claim in flight: its record is read in full");
        seen.confirm("mine", "h1");
        assertTrue(seen.confirmed("mine"));
        // What the reader would have added had it parsed the record is already there.
        assertEquals("mine", seen.claim("other-url", "h1", true));
        assertFalse(seen.confirmed("unknown"));
        assertFalse(seen.confirmed(null));
    }

    @Test
    void answersWarmingUpUntilTheTopicIsRead() {
        SeenPages seen = new SeenPages(Duration.ofMillis(10));
        assertEquals("warming-up", assertThrows(Refusal.class, () -> seen.claim("a", "b")).reason());
    }

    @Test
    void remembersTheNewestPagesOnlyAndNeverForgetsAClaimInFlight() {
        SeenPages seen = new SeenPages(Duration.ofMillis(10), 3);
        seen.remember(new SeenPage("old1", "h-old1", "https://a.example/1", Instant.now()));
        seen.remember(new SeenPage("old2", "h-old2", null, Instant.now()));
        seen.markLoaded();
        assertNull(seen.claim("flight", "h-flight", true));
        for (int i = 0; i < 5; i++) {
            assertNull(seen.claim("new" + i, "h-new" + i, true));
            seen.confirm("new" + i, "h-new" + i);
        }
        assertEquals(3, seen.size());
        assertEquals(5, seen.forgotten(), "old1, old2, new0, new1 and new2");
        assertEquals("flight", seen.claim("flight", "h-flight", true), "the page in flight is still claimed");
        assertEquals("new4", seen.claim("x", "h-new4", true), "the newest are remembered by id and content");
        assertFalse(seen.knowsId("old1"));
        assertNull(seen.claim("again", "h-old1", true), "a forgotten page's content is new again");
        assertThrows(IllegalArgumentException.class, () -> new SeenPages(Duration.ofMillis(10), 0));
    }
}
