package dev.tumen.ingest.api;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.common.http.TextConstraints;
import dev.tumen.common.http.TextFields;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.PublishedConstraints;
import dev.tumen.testkit.TestKafka;
import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.ingest.support.IngestApp;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class PushIT {

    private static JsonNode json(HttpResponse<String> r) {
        return Json.read(r.body(), JsonNode.class);
    }

    @Test
    void publishesAPushedPageOnceWithCloudEventsHeadersAcrossRestarts() {
        try (IngestApp app = new IngestApp(Map.of())) {
            String body = """
                    {"url": "https://news.example/kim-moscow?utm_source=tg#top", "content": "Kim Jong Un arrived in Moscow.",
                     "source": "example", "title": "Kim in Moscow", "published": "2025-01-14T09:30:00Z"}""";
            HttpResponse<String> first = app.postJson("/pages", body);
            assertEquals(202, first.statusCode(), first.body());
            assertFalse(json(first).get("duplicate").asBoolean());
            assertEquals("https://news.example/kim-moscow", json(first).get("url").asText());
            String id = json(first).get("id").asText();

            HttpResponse<String> again = app.postJson("/pages", body.replace("utm_source=tg", "utm_medium=x"));
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(json(again).get("duplicate").asBoolean());
            assertEquals(id, json(again).get("id").asText());

            app.restart();
            HttpResponse<String> afterRestart = app.postJson("/pages", body);
            assertEquals(200, afterRestart.statusCode(), afterRestart.body());

            var records = app.pages(1);
            assertEquals(1, records.size());
            var record = records.get(0);
            assertEquals(id, record.key());
            PageReceived page = Json.read(record.value(), PageReceived.class);
            assertEquals("push", page.channel());
            assertEquals("example", page.source());
            assertEquals(Instant.parse("2025-01-14T09:30:00Z"), page.published());
            assertEquals(CloudEvents.TYPE_PAGE_RECEIVED, CloudEvents.header(record.headers(), "ce_type"));
            assertEquals("/tumen/ingest", CloudEvents.header(record.headers(), "ce_source"));
            assertEquals("1.0", CloudEvents.header(record.headers(), "ce_specversion"));
        }
    }

    @Test
    void publishesAPageOnceAcrossTwoInstances() {
        try (IngestApp first = new IngestApp(Map.of());
             IngestApp second = new IngestApp(first.prefix, Map.of())) {
            // given: a page pushed to one instance
            String body = "{\"url\": \"https://news.example/two-instances\", \"content\": \"Lavrov met Choe Son Hui in Pyongyang.\"}";
            HttpResponse<String> accepted = first.postJson("/pages", body);
            assertEquals(202, accepted.statusCode(), accepted.body());

            String id = json(accepted).get("id").asText();

            // when: the seen record reaches the other instance, which shares only the Kafka topics. Pushing before that
            // would race it (documented in docs/operations.md) and publish a second copy, so the test waits without pushing.
            SeenPages secondSeen = second.context().getBean(SeenPages.class);
            await().atMost(Duration.ofSeconds(10)).until(() -> secondSeen.knowsId(id));

            // then: it answers the same page as a duplicate
            HttpResponse<String> again = second.postJson("/pages", body);
            assertEquals(200, again.statusCode(), again.body());
            assertTrue(json(again).get("duplicate").asBoolean());
            assertEquals(id, json(again).get("id").asText());
            // and the same content under another URL is a duplicate too (content hash)
            HttpResponse<String> sameContent = second.postJson("/pages", body.replace("two-instances", "mirror"));
            assertTrue(json(sameContent).get("duplicate").asBoolean(), sameContent.body());
            assertEquals(1, first.pages(1).size());
        }
    }

    @Test
    void acceptsRawHtmlAndPlainTextInTheirDeclaredCharset() {
        try (IngestApp app = new IngestApp(Map.of())) {
            byte[] html = "<html><head><title>Пхеньян</title></head><body><p>Белоусов прибыл в Пхеньян</p></body></html>"
                    .getBytes(Charset.forName("windows-1251"));
            HttpResponse<String> r = app.post("/pages?url=https://ria.example/a&source=ria", "text/html; charset=windows-1251", html);
            assertEquals(202, r.statusCode(), r.body());
            HttpResponse<String> t = app.post("/pages", "text/plain", "평양 회담".getBytes(StandardCharsets.UTF_8));
            assertEquals(202, t.statusCode(), t.body());

            var pages = app.pages(2).stream().map(rec -> Json.read(rec.value(), PageReceived.class)).toList();
            PageReceived ru = pages.stream().filter(p -> "ria".equals(p.source())).findFirst().orElseThrow();
            assertTrue(ru.content().contains("Белоусов прибыл в Пхеньян"));
            assertEquals("Пхеньян", ru.title());
            assertEquals("text/html", ru.contentType());
            PageReceived ko = pages.stream().filter(p -> "text/plain".equals(p.contentType())).findFirst().orElseThrow();
            assertEquals("평양 회담", ko.content());
            assertEquals("push", ko.source());
        }
    }

    @Test
    void refusesBadInputPreciselyAndPublishesNothing() {
        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.max-body-bytes", 4096))) {
            assertProblem(app.postJson("/pages", "{\"content\": \"unterminated"), 400, "malformed-json");
            assertProblem(app.postJson("/pages", ""), 400, "empty-body");
            assertProblem(app.postJson("/pages", "{\"url\": \"https://e.example/x\"}"), 422, "invalid-request");
            assertProblem(app.postJson("/pages", "[1, 2]"), 400, "not-an-object");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"published\": \"yesterday\"}"), 400, "invalid-field");
            // Epoch seconds are no ISO-8601 text, and one past the JSR-310 range was read as 1970.
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"published\": 1e999999}"), 400, "invalid-field");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"published\": 1733200000}"), 400, "invalid-field");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"url\": \"file:///etc/passwd\"}"), 400, "invalid-url");
            assertProblem(app.postJson("/pages", "{\"content\": \"" + "x".repeat(5000) + "\"}"), 413, "body-too-large");
            assertProblem(app.post("/pages", "text/plain", "y".repeat(5000).getBytes(StandardCharsets.UTF_8)), 413, "body-too-large");
            byte[] junk = new byte[3000];
            new Random(7).nextBytes(junk);
            assertProblem(app.post("/pages", "text/plain", junk), 415, "binary-content");
            assertProblem(app.post("/pages", "text/html; charset=utf-8", "Pjöngjang".getBytes(StandardCharsets.ISO_8859_1)), 422,
                    "wrong-encoding");
            assertProblem(app.post("/pages", "application/json", new byte[] {'{', '"', 'c', '"', ':', '"', (byte) 0xff, '"', '}'}), 422,
                    "wrong-encoding");
            assertProblem(app.postJson("/pages", "{\"content\": \"a\\u0000b\"}"), 422, "binary-content");
            assertProblem(app.post("/pages", "application/pdf", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), 415, "unsupported-media-type");
            assertProblem(app.post("/pages", "text/plain", new byte[0]), 400, "empty-body");
            // A JSON body the router passed over for its Accept header: the Accept header is named, not the body's type.
            for (String accept : List.of("application/xml", "text/html", "text/plain;q=0.9, application/xml")) {
                HttpResponse<String> r = app.send(HttpRequest.newBuilder(app.uri("/pages")).header("Content-Type", "application/json")
                        .header("Accept", accept).POST(HttpRequest.BodyPublishers.ofString("{\"content\": \"x\"}")).build());
                assertProblem(r, 406, "not-acceptable");
                assertTrue(r.body().contains(accept.replace("\"", "")), r.body());
            }

            assertEquals(0, app.pages(0).size(), "nothing may be published for refused input");
            assertEquals(200, app.get("/health").statusCode());
            String served = app.get("/openapi/ingest.yml").body();
            assertTrue(served.contains("/feeds/{id}/poll"));
            // Names and sources of spaces or invisible characters alone are refused 422 (f4361520), which no JSON Schema
            // keyword says: every field carrying the rule, read from the code, says it in the served description (session 41).
            List<Class<?>> types = io.micronaut.core.beans.BeanIntrospector.SHARED.findIntrospections(
                    ref -> ref.getBeanType().getPackageName().startsWith("dev.tumen.ingest")).stream()
                    .<Class<?>>map(io.micronaut.core.beans.BeanIntrospection::getBeanType).toList();
            List<String> visible = new java.util.ArrayList<>();
            assertEquals(List.of(), PublishedConstraints.unpublished(served, TextConstraints.Visible.class, TextFields.VISIBLE_RULE,
                    types, visible));
            assertTrue(visible.containsAll(List.of("FeedRequest.name", "FeedChange.name", "PagePush.source", "FetchRequest.source")),
                    "the fields the rule applies to: " + visible);
            // JSON Schema reads a pattern as matching anywhere, so an unanchored one said nothing: a generated client took
            // a name with a line break that the service refuses (session 42).
            assertEquals(List.of(), PublishedConstraints.unanchoredPatterns(served));
            assertEquals(List.of(), PublishedConstraints.undeclaredProblems(served), "every operation may answer 4xx and 5xx problems");
            assertEquals(TextFields.ONE_LINE, ((io.swagger.v3.oas.models.media.Schema<?>) new io.swagger.v3.parser.OpenAPIV3Parser()
                    .readContents(served).getOpenAPI().getComponents().getSchemas().get("PagePush").getProperties().get("source"))
                    .getPattern(), "the one-line rule is published as enforced");
            // maxLength counts the URL's characters as given, the limit its percent-encoded form: a URL of 418 characters,
            // 400 of them é, fit the description and was refused 400 "longer than 2048 characters (2418)" (session 42).
            for (String schema : List.of("PagePush", "FeedRequest", "FetchRequest")) {
                String description = PublishedConstraints.description(served, schema, "url");
                assertTrue(description != null && description.endsWith(dev.tumen.ingest.page.UrlCanonicalizer.LENGTH_RULE),
                        schema + ".url: " + description);
            }
            String rawUrl = new io.swagger.v3.parser.OpenAPIV3Parser().readContents(served).getOpenAPI().getPaths().get("/pages").getPost()
                    .getParameters().stream().filter(p -> p.getName().equals("url")).findFirst().orElseThrow().getDescription();
            assertTrue(rawUrl != null && rawUrl.endsWith(dev.tumen.ingest.page.UrlCanonicalizer.LENGTH_RULE), "?url: " + rawUrl);
            HttpResponse<String> longIri = app.postJson("/pages", "{\"content\": \"x\", \"url\": \"https://x.example/"
                    + "\u00e9".repeat(400) + "\"}");
            assertProblem(longIri, 400, "invalid-url");
            assertTrue(longIri.body().contains("longer than 2048 characters once percent-encoded (2418)"), longIri.body());
            String metrics = app.get("/prometheus").body();
            assertTrue(metrics.contains("tumen_ingest_refusals_total{channel=\"push\",reason=\"binary-content\"}"), metrics);
            // Refused by the framework before the controller ran, counted all the same.
            for (String reason : List.of("malformed-json", "invalid-request", "not-an-object", "unsupported-media-type")) {
                assertTrue(metrics.contains("tumen_ingest_refusals_total{channel=\"push\",reason=\"" + reason + "\"} 1.0"),
                        reason + " counted once:\n" + metrics);
            }
            assertTrue(metrics.contains("tumen_ingest_refusals_total{channel=\"push\",reason=\"not-acceptable\"} 3.0"), metrics);
            assertTrue(metrics.contains("tumen_ingest_refusals_total{channel=\"push\",reason=\"invalid-field\"} 3.0"), metrics);
            // Reasons that never happened are there at zero.
            assertTrue(metrics.contains("tumen_ingest_refusals_total{channel=\"fetch\",reason=\"robots-disallowed\"} 0.0"), metrics);

            // Free-text fields end in logs, chat messages and other systems: one line, bounded, on every endpoint.
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"source\": \"a\\nFORGED LOG LINE\"}"), 422, "invalid-request");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"source\": \"evil\\u202Egnp.exe\"}"), 422, "invalid-request");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"source\": \"" + "s".repeat(201) + "\"}"), 422, "invalid-request");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"title\": \"bell\\u0007\"}"), 422, "invalid-request");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"url\": \"https://e.example/" + "u".repeat(2100) + "\"}"), 422,
                    "invalid-request");
            assertProblem(app.postJson("/pages", "{\"content\": \"x\", \"published\": \"9999-12-31T23:59:59Z\"}"), 400, "invalid-field");
            assertProblem(app.postJson("/feeds", "{\"url\": \"https://e.example/rss\", \"name\": \"a\\r\\nb\"}"), 422, "invalid-request");
            assertProblem(app.postJson("/fetch", "{\"url\": \"https://e.example/a\", \"source\": \"\\u001b[31mred\"}"), 422,
                    "invalid-request");
            // A URL is a request's target when it is fetched: a line break in it would start a header of the caller's.
            for (String path : List.of("/pages", "/feeds", "/fetch")) {
                String body = "{\"url\": \"https://e.example/a\\r\\nX-Injected: yes\"" + (path.equals("/pages") ? ", \"content\": \"x\"" : "") + "}";
                assertProblem(app.postJson(path, body), 400, "invalid-url");
            }
            assertEquals(0, app.pages(0).size(), "nothing may be published for refused input");

            // No Content-Type, or one that does not parse, matches both /pages routes: 415 naming what the path reads.
            for (String type : new String[] {null, ";;;"}) {
                HttpResponse<String> r = app.post("/pages", type, "{\"content\": \"x\"}".getBytes(StandardCharsets.UTF_8));
                assertProblem(r, 415, "unsupported-media-type");
                assertTrue(r.body().contains("application/json") && r.body().contains("text/html"), r.body());
            }
            // A value of the wrong JSON type is refused, not converted ("content": ["x"] was read as "x").
            for (String body : List.of("{\"content\": [\"x\"]}", "{\"content\": \"x\", \"title\": [\"t\"]}",
                    "{\"content\": \"x\", \"published\": \"\"}", "{\"content\": \"x\", \"source\": 7}")) {
                assertProblem(app.postJson("/pages", body), 400, "invalid-field");
            }
            HttpResponse<String> feed = app.postJson("/feeds", "{\"url\": \"https://feeds.example/rss\", \"intervalSeconds\": 600.7}");
            assertProblem(feed, 400, "invalid-field");
            assertTrue(feed.body().contains("\\\"intervalSeconds\\\" must be an integer"), feed.body());
            for (String body : List.of("{\"url\": \"https://feeds.example/rss\", \"intervalSeconds\": \"600\"}",
                    "{\"url\": \"https://feeds.example/rss\", \"intervalSeconds\": [600]}",
                    "{\"url\": \"https://feeds.example/rss\", \"paused\": 1}", "{\"url\": \"https://feeds.example/rss\", \"paused\": \"true\"}")) {
                assertProblem(app.postJson("/feeds", body), 400, "invalid-field");
            }
            // An interval past 30 days: Long.MAX_VALUE was taken and overflowed the schedule (probe of session 38).
            for (String interval : List.of("9223372036854775807", "2592001")) {
                HttpResponse<String> tooLong = app.postJson("/feeds", "{\"url\": \"https://feeds.example/rss\", \"intervalSeconds\": " + interval + "}");
                assertProblem(tooLong, 422, "invalid-request");
                assertTrue(tooLong.body().contains("intervalSeconds: must be less than or equal to 2592000"), tooLong.body());
            }
            // A name or source of spaces or invisible characters alone was taken and not applied: PATCH /feeds answered 200
            // and kept the old name, POST fell back to the host, a page's source to none (review of session 38).
            HttpResponse<String> created = app.postJson("/feeds", "{\"url\": \"https://feeds.example/names\", \"name\": \"desk\", \"paused\": true}");
            assertEquals(201, created.statusCode(), created.body());
            String feedId = Json.read(created.body(), JsonNode.class).get("id").asText();
            for (String blank : List.of("", "   ", "\\u00a0\\u00a0", "\\u3000", "\\u200b\\u200f", "\\u2800", "\\u3164", "\\ufeff\\u2060")) {
                HttpResponse<String> renamed = app.send(java.net.http.HttpRequest.newBuilder(app.uri("/feeds/" + feedId))
                        .header("Content-Type", "application/json")
                        .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"" + blank + "\"}")).build());
                assertProblem(renamed, 422, "invalid-request");
                assertTrue(renamed.body().contains("name: must hold a letter"), blank + " -> " + renamed.body());
                HttpResponse<String> named = app.postJson("/feeds", "{\"url\": \"https://feeds.example/other\", \"name\": \"" + blank + "\"}");
                assertProblem(named, 422, "invalid-request");
                assertTrue(named.body().contains("name: must hold a letter"), blank + " -> " + named.body());
                HttpResponse<String> pushed = app.postJson("/pages", "{\"content\": \"x\", \"source\": \"" + blank + "\"}");
                assertProblem(pushed, 422, "invalid-request");
                assertTrue(pushed.body().contains("source: must hold a letter"), blank + " -> " + pushed.body());
                HttpResponse<String> fetched = app.postJson("/fetch", "{\"url\": \"https://e.example/a\", \"source\": \"" + blank + "\"}");
                assertProblem(fetched, 422, "invalid-request");
                assertTrue(fetched.body().contains("source: must hold a letter"), blank + " -> " + fetched.body());
            }
            assertEquals("desk", Json.read(app.get("/feeds/" + feedId).body(), JsonNode.class).get("name").asText(),
                    "a refused change changes nothing");
            assertEquals(0, app.pages(0).size(), "nothing may be published for refused input");
        }
    }

    @Test
    void aPushWithMoreJsonTokensThanAnyArticleObjectIsRefusedUnread() {
        // Unknown fields are skipped (pushers send their whole article object), but each skipped name still cost the
        // parser a symbol-table entry and a duplicate check: 150,000 of them in a 2 MB body took about a second of CPU
        // per request, against milliseconds for a page of that size.
        try (IngestApp app = new IngestApp(Map.of())) {
            StringBuilder many = new StringBuilder("{\"content\": \"Pyongyang and Moscow\"");
            for (int i = 0; i < 150_000; i++) {
                many.append(",\"k").append(i).append("\":0");
            }
            HttpResponse<String> refused = app.postJson("/pages", many.append('}').toString());
            assertProblem(refused, 413, "json-too-complex");
            assertTrue(refused.body().contains("10000"), refused.body());
            StringBuilder deep = new StringBuilder("{\"content\": \"Pyongyang and Moscow\", \"extra\": ");
            deep.append("[".repeat(1500)).append("]".repeat(1500)).append('}');
            assertProblem(app.postJson("/pages", deep.toString()), 413, "json-too-complex");
            assertEquals(0, app.pages(0).size(), "nothing may be published for refused input");

            // A whole article object of a CMS, a few hundred fields deep and wide, is still a page.
            StringBuilder article = new StringBuilder("{\"content\": \"Pyongyang and Moscow\", \"url\": \"https://e.example/whole\"");
            for (int i = 0; i < 500; i++) {
                article.append(",\"meta").append(i).append("\": {\"a\": [1, 2, {\"b\": \"c\"}]}");
            }
            assertEquals(202, app.postJson("/pages", article.append('}').toString()).statusCode());
            String metrics = app.get("/prometheus").body();
            assertTrue(metrics.contains("tumen_ingest_refusals_total{channel=\"push\",reason=\"json-too-complex\"} 2.0"), metrics);
        }
    }

    @Test
    // 64 KB of gzip that inflates to 64 MB: Micronaut counts the decompressed bytes against the limit (held, 413).
    void aCompressedBodyIsHeldToTheLimitDecompressed() throws Exception {
        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.max-body-bytes", 65536))) {
            for (String coding : List.of("gzip", "deflate")) {
                byte[] bomb = compress(coding, new byte[64 * 1024 * 1024], "a".getBytes(StandardCharsets.US_ASCII));
                HttpResponse<String> r = app.send(HttpRequest.newBuilder(app.uri("/pages")).header("Content-Type", "text/plain")
                        .header("Content-Encoding", coding).POST(HttpRequest.BodyPublishers.ofByteArray(bomb)).build());
                assertProblem(r, 413, "body-too-large");
                byte[] page = compress(coding, null, ("Pyongyang and Moscow signed a treaty, sent " + coding + ".").getBytes(StandardCharsets.UTF_8));
                HttpResponse<String> ok = app.send(HttpRequest.newBuilder(app.uri("/pages?url=https://e.example/" + coding))
                        .header("Content-Type", "text/plain").header("Content-Encoding", coding)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(page)).build());
                assertEquals(202, ok.statusCode(), ok.body());
            }
            assertEquals(200, app.get("/health").statusCode());
        }
    }

    /** {@code filler} (zeros, squeezed to almost nothing) then {@code text}, compressed as {@code coding} says. */
    private static byte[] compress(String coding, byte[] filler, byte[] text) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStream z = coding.equals("gzip") ? new java.util.zip.GZIPOutputStream(out)
                : new java.util.zip.DeflaterOutputStream(out)) {
            if (filler != null) {
                z.write(filler);
            }
            z.write(text);
        }
        return out.toByteArray();
    }

    @Test
    void malformedSeenRecordGoesToTheDeadLetterTopicAndTheNextRecordStillCounts() throws Exception {
        String prefix = TestKafka.uniquePrefix();
        String seenTopic = prefix + "tumen.pages.seen.v1";
        try (IngestApp first = new IngestApp(prefix, Map.of())) {
            HttpResponse<String> r = first.postJson("/pages", "{\"content\": \"warm-up\"}");
            assertEquals(202, r.statusCode(), r.body());
        }
        String goodId = "0123456789abcdef0123456789abcdef";
        try (var producer = TestKafka.producer()) {
            producer.send(new ProducerRecord<>(seenTopic, "poison", "{not json".getBytes(StandardCharsets.UTF_8))).get();
            // A page another instance published: its content must now count as a duplicate here.
            String hash = dev.tumen.model.Hashes.sha256("published elsewhere");
            producer.send(new ProducerRecord<>(seenTopic, goodId, Json.bytes(new SeenPage(goodId, hash, null, Instant.now())))).get();
        }
        try (IngestApp second = new IngestApp(prefix, Map.of())) {
            HttpResponse<String> dup = second.postJson("/pages", "{\"content\": \"published elsewhere\"}");
            assertEquals(200, dup.statusCode(), dup.body());
            assertEquals(goodId, json(dup).get("id").asText());
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                var dead = TestKafka.read(seenTopic + ".dlt", 1, Duration.ofMillis(300), Duration.ofSeconds(5), false);
                assertEquals(List.of("poison"), dead.stream().map(d -> d.key()).toList());
                assertTrue(CloudEvents.header(dead.get(0).headers(), DeadLetters.REASON).contains("not valid JSON"));
            });
        }
    }

    static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0], response.body());
        JsonNode problem = Json.read(response.body(), JsonNode.class);
        assertEquals("https://tumen.dev/problems/" + slug, problem.get("type").asText(), response.body());
        assertFalse(problem.get("detail").asText().isBlank());
    }
}
