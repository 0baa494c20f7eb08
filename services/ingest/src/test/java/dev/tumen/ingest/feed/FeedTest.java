package dev.tumen.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedTest {
    /**
     * A feed's last failure quotes what its server sent (a parser's message naming an element): escaped since session
     * 44, but kept whole, so 8 KiB of an element's name was stored and listed by {@code GET /feeds/{id}} (review of
     * session 51). Now by the rule of every text quoting outside input, stored and shown (a record written before).
     */
    @Test
    void aLastFailureQuotingTheServerIsBoundedAndEscaped() {
        String hostile = "unexpected element <" + "\u202Eevil\n\u200B".repeat(2_000) + ">";
        Feed feed = Feed.added("f1", "https://feeds.example/rss", "Feed", 3600, "api", Instant.now());
        String stored = feed.failed(Instant.now(), "feed-unparseable", hostile, 0).lastError();
        assertTrue(stored.length() <= 500, stored.length() + " characters");
        assertTrue(stored.startsWith("unexpected element <\\u202eevil\\n\\u200b"), stored);
        Feed before = new Feed("f1", "https://feeds.example/rss", "Feed", 3600, false, "api", null, null, Instant.now(), null,
                "feed-unparseable", hostile, 1, 0, Instant.now());
        String shown = before.shown().lastError();
        assertTrue(shown.length() <= 500 && shown.startsWith("unexpected element <\\u202eevil"), shown);
    }
}
