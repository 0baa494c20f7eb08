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
    /** Per template, where the group sentence goes: the end of its longest own line (see {@link #page}). */
    private final int[] sentenceAt;

    public LoadDriver(List<String> templates) {
        this(templates, 0);
    }

    /**
     * With {@code groups} above zero, page {@code n}'s body carries the word {@code benchgroup<n % groups>x}, so
     * subscriptions with that keyword each see one page in {@code groups}.
     */
    public LoadDriver(List<String> templates, int groups) {
        this.templates = templates;
        this.groups = groups;
        this.sentenceAt = templates.stream().mapToInt(LoadDriver::longestOwnLineEnd).toArray();
    }

    public static String groupWord(int group) {
        return "benchgroup" + group + "x";
    }

    /**
     * Page {@code n} of step {@code tag}: a unique first line, then template {@code n % templates}; with groups, the
     * group word rides in a sentence appended to the template's longest paragraph. It used to be on the first line,
     * which the extractor drops as chrome on some templates: those pages then matched no subscription, and the
     * failing-receivers scenario waited for a quarter of its "expected" deliveries that could never happen.
     */
    public String page(String tag, long n) {
        int t = (int) (n % templates.size());
        String template = templates.get(t);
        String body = template;
        if (groups > 0) {
            int at = sentenceAt[t];
            body = template.substring(0, at) + " The desk filed this report under " + groupWord((int) (n % groups)) + "."
                    + template.substring(at);
        }
        return "Bench page " + tag + "-" + n + "\n" + body;
    }

    public int templateCount() {
        return templates.size();
    }

    /**
     * The end of the template's longest sentence-ending line, in the template's own text: the "Related:" headlines the
     * bench appends (as chrome for the extractor to remove) are slices of other pages, line breaks included, so no
     * line after the first of them belongs to the article. A line ending in no sentence mark is most likely chrome
     * (a 400-character run of icon names on one seed page).
     */
    static int longestOwnLineEnd(String template) {
        int own = template.indexOf("\nRelated: ");
        int limit = own < 0 ? template.length() : own;
        int bestEnd = -1;
        int bestLength = -1;
        int longestEnd = limit;
        int longest = -1;
        int start = 0;
        while (start <= limit) {
            int end = template.indexOf('\n', start);
            if (end < 0 || end > limit) {
                end = limit;
            }
            String line = template.substring(start, end).strip();
            if (line.length() > longest) {
                longest = line.length();
                longestEnd = end;
            }
            if (!line.isEmpty() && ".!?\"\u201d\u00bb\u3002".indexOf(line.charAt(line.length() - 1)) >= 0 && line.length() > bestLength) {
                bestLength = line.length();
                bestEnd = end;
            }
            start = end + 1;
        }
        return bestEnd >= 0 ? bestEnd : longestEnd;
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
            String content = page(tag, n);
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
