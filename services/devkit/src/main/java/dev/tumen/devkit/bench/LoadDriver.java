package dev.tumen.devkit.bench;

import dev.tumen.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Offers pages to an ingest endpoint at a fixed rate (open loop: the schedule does not slow down when
 * the system does), each page distinct so that ingest publishes every one.
 */
public final class LoadDriver {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> templates;
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private final int groups;

    public LoadDriver(List<String> templates) {
        this(templates, 0);
    }

    /**
     * With {@code groups} above zero, page {@code n}'s first line carries the word {@code benchgroup<n % groups>x}, so
     * subscriptions with that keyword each see one page in {@code groups}.
     */
    public LoadDriver(List<String> templates, int groups) {
        this.templates = templates;
        this.groups = groups;
    }

    public static String groupWord(int group) {
        return "benchgroup" + group + "x";
    }

    /**
     * Sends {@code rate} pages per second for {@code duration} to {@code pagesUrl}; page URLs are
     * {@code https://bench.example/<tag>/<n>} so deliveries can be attributed to this step.
     */
    public void run(URI pagesUrl, String tag, int rate, Duration duration) throws InterruptedException {
        Semaphore inFlight = new Semaphore(512);
        long start = System.nanoTime();
        long total = rate * duration.toSeconds();
        for (long n = 0; n < total; n++) {
            long due = start + n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            if (!inFlight.tryAcquire()) {
                // The system is saturated: count what the schedule could not even send instead of queueing in the driver.
                dropped.incrementAndGet();
                continue;
            }
            String content = "Bench page " + tag + "-" + n + (groups > 0 ? " " + groupWord((int) (n % groups)) : "") + "\n"
                    + templates.get((int) (n % templates.size()));
            Map<String, Object> page = Map.of("url", "https://bench.example/" + tag + "/" + n, "content", content,
                    "contentType", "text/plain", "source", "bench-" + (n % 7));
            HttpRequest request = HttpRequest.newBuilder(pagesUrl).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Json.bytes(page))).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                inFlight.release();
                if (error == null && response.statusCode() / 100 == 2) {
                    accepted.incrementAndGet();
                } else {
                    refused.incrementAndGet();
                }
            });
        }
        inFlight.acquire(512);
        inFlight.release(512);
    }

    public long accepted() {
        return accepted.get();
    }

    public long refused() {
        return refused.get();
    }

    public long dropped() {
        return dropped.get();
    }
}
