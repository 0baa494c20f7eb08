package dev.tumen.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.ingest.feed.FeedRegistryTest;
import dev.tumen.ingest.page.Refusal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedsControllerTest {
    final FeedRegistry registry = new FeedRegistry(new FeedRegistryTest.LogStore(), Clock.systemUTC(), 1);
    final FeedsController controller = new FeedsController(registry, null, 600, Duration.ofMillis(50));

    @Test
    void beforeTheFeedsTableIsReadEveryCallAnswers503WithRetryAfter() {
        List<Runnable> calls = List.of(controller::list, () -> controller.get("0123456789abcdef"),
                () -> controller.add(new FeedRequest("https://news.example/rss", null, null, null)),
                () -> controller.remove("0123456789abcdef"), () -> controller.pause("0123456789abcdef"));
        for (Runnable call : calls) {
            Refusal refusal = assertThrows(Refusal.class, call::run);
            assertEquals(503, refusal.status());
            assertEquals("feeds-loading", refusal.reason());
            assertTrue(refusal.retryAfterSeconds() > 0);
        }
        assertTrue(registry.list().isEmpty(), "nothing was stored while the table was unread");
    }

    @Test
    void onceReadTheCallsAreServed() {
        registry.markLoaded();
        assertEquals(201, controller.add(new FeedRequest("https://news.example/rss", "News", 600L, null)).getStatus().getCode());
        assertEquals(1, controller.list().size());
        Refusal missing = assertThrows(Refusal.class, () -> controller.get("0123456789abcdef"));
        assertEquals(404, missing.status());
    }
}
