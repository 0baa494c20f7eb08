package dev.tumen.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.net.OutboundGuard;
import dev.tumen.ingest.feed.FeedRegistry;
import dev.tumen.ingest.feed.FeedRegistryTest;
import dev.tumen.ingest.page.Refusal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedsControllerTest {
    final FeedRegistry registry = new FeedRegistry(new FeedRegistryTest.LogStore(), Clock.systemUTC(), 1);
    /** news.example is public, private.example resolves into the internal network, nowhere.example not at all. */
    final OutboundGuard guard = new OutboundGuard(false, List.of(), false, host -> switch (host) {
        case "news.example" -> new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        case "private.example" -> new InetAddress[] {InetAddress.getByName("10.1.2.3")};
        default -> throw new UnknownHostException(host);
    });
    static final io.micronaut.http.HttpRequest<?> READER = io.micronaut.http.HttpRequest.GET("/feeds");
    final FeedsController controller = new FeedsController(registry, null, guard, io.micronaut.json.JsonMapper.createDefault(), 600, Duration.ofMillis(50));

    @Test
    void beforeTheFeedsTableIsReadEveryCallAnswers503WithRetryAfter() {
        List<Runnable> calls = List.of(() -> controller.list(READER, null), () -> controller.get("0123456789abcdef", READER),
                () -> controller.add(new FeedRequest("https://news.example/rss", null, null, null)),
                () -> controller.remove("0123456789abcdef", READER, null), () -> controller.pause("0123456789abcdef", READER, null));
        for (Runnable call : calls) {
            Refusal refusal = assertThrows(Refusal.class, call::run);
            assertEquals(503, refusal.status());
            assertEquals("feeds-loading", refusal.reason());
            assertTrue(refusal.retryAfterSeconds() > 0);
        }
        assertTrue(registry.list().isEmpty(), "nothing was stored while the table was unread");
    }

    @Test
    void aFeedNoPollMayReadIsRefusedWhenFollowed() {
        registry.markLoaded();
        for (String url : List.of("http://private.example/rss", "http://10.0.0.7/rss", "http://169.254.169.254/latest", "http://[::1]/rss")) {
            Refusal refusal = assertThrows(Refusal.class, () -> controller.add(new FeedRequest(url, null, null, null)), url);
            assertEquals(403, refusal.status(), url);
            assertEquals("forbidden-address", refusal.reason(), url);
        }
        Refusal scheme = assertThrows(Refusal.class, () -> controller.add(new FeedRequest("ftp://news.example/rss", null, null, null)));
        assertEquals(400, scheme.status());
        assertTrue(registry.list().isEmpty(), "nothing refused was stored");
        // A name that does not resolve yet is followed: its polls report the failure on the feed.
        assertEquals(201, controller.add(new FeedRequest("https://nowhere.example/rss", null, null, null)).getStatus().getCode());
        // An internationalised name is followed under its ASCII spelling (it was 400 "URL has no host").
        assertEquals(201, controller.add(new FeedRequest("https://мид.рф/rss", null, null, null)).getStatus().getCode());
        assertTrue(registry.list().stream().anyMatch(f -> f.url().equals("https://xn--d1ahl.xn--p1ai/rss")), registry.list().toString());
    }

    @Test
    void onceReadTheCallsAreServed() {
        registry.markLoaded();
        assertEquals(201, controller.add(new FeedRequest("https://news.example/rss", "News", 600L, null)).getStatus().getCode());
        assertEquals(1, controller.list(READER, null).body().size());
        Refusal missing = assertThrows(Refusal.class, () -> controller.get("0123456789abcdef", READER));
        assertEquals(404, missing.status());
    }
}
