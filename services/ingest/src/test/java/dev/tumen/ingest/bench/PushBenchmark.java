package dev.tumen.ingest.bench;

import dev.tumen.testkit.TestKafka;
import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.ingest.page.PageIntake;
import dev.tumen.model.Topics;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Push throughput into Kafka: distinct ~30 KB HTML pages through the full ingest path (validation,
 * canonicalisation, head parsing, hashing, dedup, idempotent acks=all producer) on the in-process broker.
 * Mode {@code intake} calls the intake from N threads; mode {@code http} POSTs raw text/html to /pages.
 *
 * <pre>./mvnw -o -q -pl services/ingest test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.tumen.ingest.bench.PushBenchmark -Dexec.args="intake 20000 32"</pre>
 */
public final class PushBenchmark {
    private PushBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "intake";
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        String prefix = TestKafka.uniquePrefix();
        TestKafka.createTopics(List.of(prefix + Topics.PAGES), 6);
        String filler = "<p>" + "Russian and North Korean officials discussed the Tumen road bridge and rail freight. ".repeat(8) + "</p>\n";
        String body = "<html><head><title>Bench</title></head><body>" + filler.repeat(30_000 / filler.length()) + "</body></html>";
        System.out.printf("page size %d bytes, %d pages, %d threads, mode %s%n", body.getBytes(StandardCharsets.UTF_8).length, pages, threads, mode);

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(), "tumen.topic-prefix", prefix, "micronaut.server.port", -1), "test", "dev")) {
            PageIntake intake = server.getApplicationContext().getBean(PageIntake.class);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI uri = URI.create(server.getURL() + "/pages");
            // Warm up JIT, producer metadata and connections before timing.
            run(mode, intake, http, uri, body, 500, threads, "warm");
            long start = System.nanoTime();
            int failed = run(mode, intake, http, uri, body, pages, threads, "run");
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s: %d pages in %.2f s = %.0f pages/s (%.1f MB/s), %d failed%n", mode, pages, seconds, pages / seconds,
                    pages * (double) body.length() / seconds / 1e6, failed);
        }
        System.exit(0);
    }

    private static int run(String mode, PageIntake intake, HttpClient http, URI uri, String body, int pages, int threads, String tag)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < pages) {
                    String url = "https://bench.example/" + tag + "/" + i;
                    String content = body.replace("<title>Bench</title>", "<title>Bench " + tag + i + "</title>");
                    try {
                        if (mode.equals("http")) {
                            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(uri + "?url=" + url))
                                    .header("Content-Type", "text/html; charset=utf-8")
                                    .POST(HttpRequest.BodyPublishers.ofString(content)).build(), HttpResponse.BodyHandlers.discarding());
                            if (r.statusCode() != 202) {
                                failed.incrementAndGet();
                            }
                        } else if (intake.accept(new IncomingPage(url, content, "text/html", "bench", "push", null, null)).duplicate()) {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
        return failed.get();
    }
}
