package dev.tumen.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.ingest.api.PushITSupport;
import dev.tumen.ingest.support.IngestApp;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(KafkaExtension.class)
class ImportIT {

    @Test
    void importsTheSeedsFormatOnceSkippingLabelsAndReadme(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("README.md"), "# not a page");
        Files.writeString(dir.resolve("labels.jsonl"), "{\"id\": \"01\", \"relevant\": true}\n");
        Files.writeString(dir.resolve("01_plain.txt"), "Site chrome\nKim Jong Un met Putin in Vostochny.\nRelated: weather");
        Files.write(dir.resolve("02_ru.html"), ("<html><head><meta charset=windows-1251><link rel=canonical href='https://ria.example/x?utm_source=a'>"
                + "<title>Пхеньян</title></head><body>Белоусов в Пхеньяне</body></html>").getBytes(Charset.forName("windows-1251")));
        Files.writeString(dir.resolve("03_pushed.jsonl"), """
                {"url": "https://e.example/1", "content": "first pushed page", "source": "scraper"}
                not json
                {"url": "https://e.example/2"}
                """);
        Files.write(dir.resolve("04_junk.txt"), new byte[] {0, 1, 2, 3, 0, 0});
        Files.writeString(dir.resolve("notes.csv"), "a,b");

        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.import-root", dir.toString()))) {
            JsonNode report = Json.read(app.postJson("/imports", "{\"path\": \"" + dir + "\"}").body(), JsonNode.class);
            assertEquals(4, report.get("files").asInt(), report.toString());
            assertEquals(3, report.get("published").asInt(), report.toString());
            assertEquals(3, report.get("failed").asInt(), report.toString());
            assertEquals(3, report.get("errors").size());

            JsonNode again = Json.read(app.postJson("/imports", "{\"path\": \"" + dir + "\"}").body(), JsonNode.class);
            assertEquals(0, again.get("published").asInt());
            assertEquals(3, again.get("duplicates").asInt());

            var pages = app.pages(3).stream().map(r -> Json.read(r.value(), PageReceived.class)).toList();
            assertEquals(3, pages.size());
            PageReceived ru = pages.stream().filter(p -> "text/html".equals(p.contentType())).findFirst().orElseThrow();
            // A file has no transport URL to vouch for its rel=canonical: it is known by its content only.
            assertNull(ru.url());
            assertEquals("file", ru.source());
            assertTrue(ru.content().contains("Белоусов в Пхеньяне"));
            PageReceived txt = pages.stream().filter(p -> p.content().startsWith("Site chrome")).findFirst().orElseThrow();
            assertNull(txt.url());
            assertEquals("text/plain", txt.contentType());
            assertTrue(pages.stream().anyMatch(p -> "scraper".equals(p.source())));

            // Relative paths are read inside the root; missing and outside get one answer.
            PushITSupport.assertProblem(app.postJson("/imports", "{\"path\": \"relative/dir\"}"), 404, "not-found");
            PushITSupport.assertProblem(app.postJson("/imports", "{\"path\": \"" + dir.resolve("missing") + "\"}"), 404, "not-found");
        }
    }

    @Test
    void importsTheRepositorySeedsAtStartup() throws Exception {
        Path seeds = Path.of(System.getProperty("tumen.repo.root", "../.."), "seeds", "pages").toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds), "no seeds/pages in this checkout");
        long expected;
        try (var files = Files.list(seeds)) {
            expected = files.filter(f -> f.toString().matches(".*\\.(txt|html?)$")).count();
        }
        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.import-dir", seeds.toString(), "tumen.ingest.import-root", seeds.getParent().toString()))) {
            assertEquals(expected, app.pages((int) expected).size());
            PushITSupport.assertProblem(app.postJson("/imports", "{\"path\": \"/etc\"}"), 404, "not-found");
            assertTrue(Files.readString(seeds.resolve(seeds.toFile().list()[0])).length() > 0, StandardCharsets.UTF_8.name());
        }
    }

    @Test
    void aFileTooLargeToPublishIsDeadLetteredWithItsNameAndReason(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("01_small.txt"), "Kim Jong Un met Putin in Vostochny.");
        // 3,000 Cyrillic letters: 6,000 bytes of UTF-8, over the 4 KB limit.
        Files.writeString(dir.resolve("02_huge.txt"), "ж".repeat(3000));
        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.import-root", dir.toString(), "tumen.ingest.max-body-bytes", 4096))) {
            JsonNode report = Json.read(app.postJson("/imports", "{\"path\": \"" + dir + "\"}").body(), JsonNode.class);
            assertEquals(1, report.get("published").asInt(), report.toString());
            assertEquals(1, report.get("failed").asInt(), report.toString());

            var dead = dev.tumen.testkit.TestKafka.read(app.pagesTopic() + ".dlt", 1, java.time.Duration.ofMillis(300),
                    java.time.Duration.ofSeconds(10), false);
            assertEquals(1, dead.size());
            JsonNode what = Json.read(dead.get(0).value(), JsonNode.class);
            assertEquals("02_huge.txt", what.path("file").asText());
            assertEquals("file", what.path("channel").asText());
            assertEquals("body-too-large", what.path("reason").asText());
            assertTrue(dev.tumen.kafka.CloudEvents.header(dead.get(0).headers(), dev.tumen.kafka.DeadLetters.REASON)
                    .startsWith("body-too-large: "));
        }
    }
}
