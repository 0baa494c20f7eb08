package dev.tumen.devkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.tumen.model.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A webhook receiver that keeps only what the benchmark needs: per step (the URL path segment after
 * the host), a histogram of milliseconds from ingest acceptance ({@code article.receivedAt}) to receipt.
 */
public final class LatencyReceiver implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Map<String, Histogram> byStep = new ConcurrentHashMap<>();
    private final Map<String, Histogram> labelledByStep = new ConcurrentHashMap<>();
    private final Map<String, Histogram> afterLabelByStep = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastArrival = new ConcurrentHashMap<>();

    private final AtomicLong failed = new AtomicLong();
    /** Requests held unanswered, closed with the receiver. */
    private final java.util.Queue<com.sun.net.httpserver.HttpExchange> held = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicLong lastAny = new AtomicLong();

    public LatencyReceiver() throws IOException {
        this(path -> false);
    }

    /** A receiver that answers 500 to every request whose path {@code failing} picks, and records only the others. */
    public LatencyReceiver(java.util.function.Predicate<String> failing) throws IOException {
        this(failing, false);
    }

    /**
     * As above; with {@code hang} the failing requests are never answered instead (a receiver that hangs): each holds
     * its connection until the sender gives up, and no thread of this receiver.
     */
    public LatencyReceiver(java.util.function.Predicate<String> failing, boolean hang) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        server.createContext("/hook", exchange -> {
            long now = System.currentTimeMillis();
            lastAny.set(now);
            if (failing.test(exchange.getRequestURI().getPath())) {
                exchange.getRequestBody().readAllBytes();
                failed.incrementAndGet();
                if (hang) {
                    held.add(exchange);
                    return;
                }
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
                return;
            }
            try {
                JsonNode article = Json.mapper().readTree(exchange.getRequestBody().readAllBytes()).path("data").path("article");
                String url = article.path("url").asText();
                String step = url.startsWith("https://bench.example/") ? url.substring(22, url.indexOf('/', 22)) : "other";
                long latency = article.hasNonNull("receivedAt") ? now - Instant.parse(article.path("receivedAt").asText()).toEpochMilli() : 0;
                byStep.computeIfAbsent(step, s -> new ConcurrentHistogram(3_600_000L, 3)).recordValue(Math.max(0, latency));
                if (article.hasNonNull("labelledAt") && article.hasNonNull("receivedAt")) {
                    long labelled = Instant.parse(article.path("labelledAt").asText()).toEpochMilli()
                            - Instant.parse(article.path("receivedAt").asText()).toEpochMilli();
                    labelledHistogram(step).recordValue(Math.max(0, labelled));
                    afterLabelHistogram(step).recordValue(Math.max(0, now - Instant.parse(article.path("labelledAt").asText()).toEpochMilli()));
                }
                lastArrival.computeIfAbsent(step, s -> new AtomicLong()).set(now);
                exchange.sendResponseHeaders(204, -1);
            } catch (RuntimeException e) {
                exchange.sendResponseHeaders(400, -1);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(executor);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    public Histogram histogram(String step) {
        return byStep.computeIfAbsent(step, s -> new ConcurrentHistogram(3_600_000L, 3));
    }

    /** Milliseconds from ingest acceptance to the classifier's label: the share of latency before the alert service. */
    public Histogram labelledHistogram(String step) {
        return labelledByStep.computeIfAbsent(step, s -> new ConcurrentHistogram(3_600_000L, 3));
    }

    /**
     * Milliseconds from the classifier's label to receipt: its transaction's commit, the alert's read, matching,
     * queueing and the request.
     */
    public Histogram afterLabelHistogram(String step) {
        return afterLabelByStep.computeIfAbsent(step, s -> new ConcurrentHistogram(3_600_000L, 3));
    }

    /** Requests answered 500 (or held unanswered) on purpose. */
    public long failed() {
        return failed.get();
    }

    /** When the last request of any step arrived, answered or failed on purpose. */
    public long lastArrivalMillis() {
        return lastAny.get();
    }

    public long lastArrivalMillis(String step) {
        AtomicLong t = lastArrival.get(step);
        return t == null ? 0 : t.get();
    }

    @Override
    public void close() {
        held.forEach(com.sun.net.httpserver.HttpExchange::close);
        server.stop(0);
        executor.shutdownNow();
    }
}
