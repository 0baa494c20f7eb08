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
import java.util.List;
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

    @Test
    void linesRefusedWhileKafkaIsBusyAreTriedAgainUntilPublished(@TempDir Path dir) throws Exception {
        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.max-in-flight", 1))) {
            // when: two imports at once share one slot for pages waiting for Kafka's acknowledgement, so each is refused
            // 429 kafka-busy whenever the other's page is in flight
            List<ImportReport> reports = importConcurrently(app, busyFiles(dir, 2, 150));

            // then: every line is published once, none failed
            assertEquals(List.of(150, 150), reports.stream().map(ImportReport::published).toList(), reports.toString());
            assertEquals(0, reports.stream().mapToInt(ImportReport::failed).sum(), reports.toString());
            assertTrue(busyRefusals(app) > 0, "the imports never found Kafka busy: nothing was tested");
            assertEquals(300, app.pages(300).stream().map(r -> r.key()).distinct().count());
        }
    }

    @Test
    void linesStillRefusedAfterTheBusyTimeoutAreDeadLetteredWithTheReason(@TempDir Path dir) throws Exception {
        try (IngestApp app = new IngestApp(Map.of("tumen.ingest.max-in-flight", 1, "tumen.ingest.import-busy-timeout", "0s"))) {
            List<ImportReport> reports = importConcurrently(app, busyFiles(dir, 2, 150));

            // then: each line is published or dead-lettered (with its file, line and reason), never just dropped
            int published = reports.stream().mapToInt(ImportReport::published).sum();
            int failed = reports.stream().mapToInt(ImportReport::failed).sum();
            assertEquals(300, published + failed, reports.toString());
            assertTrue(failed > 0, "the imports never found Kafka busy: nothing was tested");
            var dead = dev.tumen.testkit.TestKafka.read(app.pagesTopic() + ".dlt", failed, java.time.Duration.ofMillis(500),
                    java.time.Duration.ofSeconds(20), false);
            assertEquals(failed, dead.size());
            for (var record : dead) {
                JsonNode what = Json.read(record.value(), JsonNode.class);
                assertEquals("kafka-busy", what.path("reason").asText());
                assertTrue(what.path("file").asText().matches(".*busy-\\d\\.jsonl:\\d+"), what.toString());
            }
            assertEquals(published, app.pages(published).size());
        }
    }

    /** {@code files} JSON-lines files of {@code lines} distinct pages each. */
    private static List<Path> busyFiles(Path dir, int files, int lines) throws Exception {
        List<Path> paths = new java.util.ArrayList<>();
        for (int f = 0; f < files; f++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < lines; i++) {
                b.append("{\"content\": \"Busy page ").append(f).append('-').append(i).append(": ")
                        .append("Kim Jong Un and Vladimir Putin met again. ".repeat(20)).append("\"}\n");
            }
            paths.add(Files.writeString(dir.resolve("busy-" + f + ".jsonl"), b));
        }
        return paths;
    }

    private static List<ImportReport> importConcurrently(IngestApp app, List<Path> files) throws Exception {
        PageFileImporter importer = app.context().getBean(PageFileImporter.class);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(files.size());
        try {
            List<java.util.concurrent.Future<ImportReport>> running = new java.util.ArrayList<>();
            for (Path file : files) {
                running.add(pool.submit(() -> importer.importPath(file)));
            }
            List<ImportReport> reports = new java.util.ArrayList<>();
            for (var r : running) {
                reports.add(r.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            return reports;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double busyRefusals(IngestApp app) {
        return app.context().getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .counter("tumen.ingest.refusals", "channel", "file", "reason", "kafka-busy").count();
    }
}
