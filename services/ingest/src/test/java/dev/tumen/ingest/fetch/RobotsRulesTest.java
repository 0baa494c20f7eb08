package dev.tumen.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RobotsRulesTest {
    final RobotsRules robots = new RobotsRules("TumenBot", Duration.ofHours(1), Clock.systemUTC());

    @Test
    void obeysAgentSpecificDisallowAndCachesPerOrigin() {
        AtomicInteger downloads = new AtomicInteger();
        byte[] txt = "User-agent: *\nDisallow: /private/\n\nUser-agent: TumenBot\nDisallow: /news/secret\n".getBytes(StandardCharsets.UTF_8);
        var download = (java.util.function.Function<URI, RobotsRules.Response>) u -> {
            downloads.incrementAndGet();
            assertEquals("http://h.example:8080/robots.txt", u.toString());
            return new RobotsRules.Response(200, txt, "text/plain");
        };
        assertFalse(robots.allowed(URI.create("http://h.example:8080/news/secret/1"), download));
        assertTrue(robots.allowed(URI.create("http://h.example:8080/news/open"), download));
        // Our group replaces the * group, as RFC 9309 says.
        assertTrue(robots.allowed(URI.create("http://h.example:8080/private/x"), download));
        assertEquals(1, downloads.get());
    }

    @Test
    void missingRobotsAllowsAndServerErrorDisallows() {
        assertTrue(robots.allowed(URI.create("http://a.example/x"), u -> new RobotsRules.Response(404, null, null)));
        assertFalse(robots.allowed(URI.create("http://b.example/x"), u -> new RobotsRules.Response(503, null, null)));
        assertFalse(robots.allowed(URI.create("http://c.example/x"), u -> new RobotsRules.Response(0, null, null)));
        assertTrue(robots.allowed(URI.create("http://g.example/x"), u -> new RobotsRules.Response(410, null, null)));
        assertEquals(null, robots.note(URI.create("http://a.example/y")));
    }

    /** Rules refused to this crawler (401, 403) disallow the whole origin, for as long as any answer is kept. */
    @Test
    void robotsAnsweredUnauthorisedOrForbiddenDisallowsEveryPage() {
        for (int status : new int[] {401, 403}) {
            URI page = URI.create("http://s" + status + ".example/news/1");
            assertFalse(robots.allowed(page, u -> new RobotsRules.Response(status, "no".getBytes(), "text/plain")), "" + status);
            assertFalse(robots.allowed(URI.create("http://s" + status + ".example/"), u -> {
                throw new AssertionError("cached: not downloaded again");
            }));
            assertEquals("robots.txt answered HTTP " + status + ", read as disallowing every page", robots.note(page));
        }
    }
}
