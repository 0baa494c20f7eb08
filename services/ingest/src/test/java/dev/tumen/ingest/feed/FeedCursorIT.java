package dev.tumen.ingest.feed;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.ingest.support.IngestApp;
import dev.tumen.ingest.support.TestWebServer;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The feed cursor advances only past handled entries: nothing left by the cap or a failure is lost to a 304. */
@ExtendWith(KafkaExtension.class)
class FeedCursorIT {
    TestWebServer web;

    @BeforeEach
    void startWeb() throws Exception {
        web = new TestWebServer();
        web.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        for (String p : List.of("a", "b", "c", "d", "e")) {
            web.text("/news/" + p, "text/html", "<html><head><title>" + p + "</title></head><body>Story " + p + "</body></html>");
        }
    }

    @AfterEach
    void stopWeb() {
        web.close();
    }

    /** An RSS feed of {@code items} with a fixed ETag: it answers 304 to a matching If-None-Match. */
    void serveFeed(String path, String... items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
                + "<link>http://127.0.0.1/</link><description>d</description>");
        for (String item : items) {
            b.append("<item><title>").append(item).append("</title><link>").append(web.url("/news/" + item)).append("</link></item>");
        }
        byte[] body = b.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
        web.route(path, ex -> {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                TestWebServer.respond(ex, 304, null, null);
            } else {
                TestWebServer.respond(ex, 200, "application/rss+xml", body);
            }
        });
    }

    static Map<String, Object> config(int cap) {
        Map<String, Object> c = new HashMap<>(FeedIT.FAST);
        c.put("tumen.ingest.feeds.max-entries-per-poll", cap);
        return c;
    }

    static JsonNode json(HttpResponse<String> r) {
        return Json.read(r.body(), JsonNode.class);
    }

    String addFeed(IngestApp app, String path) {
        HttpResponse<String> added = app.postJson("/feeds", "{\"url\": \"" + web.url(path) + "\", \"intervalSeconds\": 3600}");
        assertEquals(201, added.statusCode(), added.body());
        String id = json(added).get("id").asText();
        // The scheduler polls a new feed at once; the manual polls below come after it.
        await().atMost(Duration.ofSeconds(20)).until(() -> json(app.get("/feeds/" + id)).hasNonNull("lastPolledAt"));
        return id;
    }

    int poll(IngestApp app, String id) {
        HttpResponse<String> r = app.postJson("/feeds/" + id + "/poll", "");
        assertEquals(200, r.statusCode(), r.body());
        return json(r).get("published").asInt();
    }

    @Test
    void fiveEntriesWithACapOfTwoArePublishedOnceEachInThreePollsDespiteTheEtag() {
        serveFeed("/rss", "a", "b", "c", "d", "e");
        try (IngestApp app = new IngestApp(config(2))) {
            String id = addFeed(app, "/rss");
            assertEquals("partial", json(app.get("/feeds/" + id)).get("lastOutcome").asText());
            assertEquals(2, poll(app, id), "second poll: the feed is asked unconditionally and the next two are taken");
            assertEquals(1, poll(app, id), "third poll: the last one");
            assertEquals(0, poll(app, id), "everything handled: now the ETag is kept and the feed answers 304");
            assertEquals("not-modified", json(app.get("/feeds/" + id)).get("lastOutcome").asText());

            List<String> titles = app.pages(5).stream().map(r -> Json.read(r.value(), PageReceived.class).title()).sorted().toList();
            assertEquals(List.of("a", "b", "c", "d", "e"), titles);
            for (String p : List.of("a", "b", "c", "d", "e")) {
                assertEquals(1, web.count("/news/" + p), p + " fetched once");
            }
        }
    }

    @Test
    void anEntryThatFailsOnceIsTakenOnTheNextPoll() {
        AtomicInteger calls = new AtomicInteger();
        web.route("/news/flaky", ex -> {
            if (calls.incrementAndGet() == 1) {
                TestWebServer.respond(ex, 500, "text/plain", "down".getBytes(StandardCharsets.UTF_8));
            } else {
                TestWebServer.respond(ex, 200, "text/html",
                        "<html><head><title>flaky</title></head><body>Story flaky</body></html>".getBytes(StandardCharsets.UTF_8));
            }
        });
        serveFeed("/flaky-rss", "a", "flaky");
        try (IngestApp app = new IngestApp(config(50))) {
            String id = addFeed(app, "/flaky-rss");
            assertEquals("partial", json(app.get("/feeds/" + id)).get("lastOutcome").asText());
            assertEquals(1, poll(app, id), "the failed entry is retried, although the feed's ETag did not change");
            assertEquals(0, poll(app, id));
            List<String> titles = app.pages(2).stream().map(r -> Json.read(r.value(), PageReceived.class).title()).sorted().toList();
            assertEquals(List.of("a", "flaky"), titles);
            assertEquals(2, calls.get());
        }
    }
}
