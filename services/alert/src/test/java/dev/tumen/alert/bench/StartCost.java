package dev.tumen.alert.bench;

import com.sun.net.httpserver.HttpServer;
import dev.tumen.alert.AlertSettings;
import dev.tumen.alert.Fixtures;
import dev.tumen.alert.delivery.Alert;
import dev.tumen.alert.delivery.Payloads;
import dev.tumen.alert.delivery.Signer;
import dev.tumen.alert.delivery.WebhookSender;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.model.Severity;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * The CPU a webhook attempt's start costs the thread that starts it (the articles thread, for every first attempt):
 * {@link WebhookSender#send} to a local receiver, one at a time, timed by that thread's CPU clock alone, so the
 * receiver, the HTTP client's threads and the machine's other load are not in the figure. Sends go in batches of 50
 * (fewer than the concurrent-request slots, so none waits for a slot) and each batch's answers are awaited before the
 * next. Prints each round's microseconds per start, and their minimum (the least disturbed) and median.
 *
 * <p>Arguments (optional): {@code sends=20000 warmup=20000 rounds=5 secrets=1}.
 */
public final class StartCost {
    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> opts = AlertBench.options(args);
        int sends = Integer.parseInt(opts.getOrDefault("sends", "20000"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "20000"));
        int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
        int secretCount = Integer.parseInt(opts.getOrDefault("secrets", "1"));
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        receiver.setExecutor(Executors.newFixedThreadPool(4));
        receiver.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        AlertSettings settings = new AlertSettings(List.of(Duration.ZERO, Duration.ofSeconds(5)), 0.2, Duration.ofSeconds(60),
                Duration.ofSeconds(5), 2048, 32, 4, Duration.ofSeconds(5), 500, Duration.ofSeconds(10), 256, Duration.ofSeconds(1), 768,
                Duration.ofHours(12), Duration.ofDays(3), Duration.ofDays(7), 200, 32, Duration.ofHours(12), 4, Duration.ofSeconds(5),
                true, 6, Duration.ofSeconds(5));
        WebhookSender sender = new WebhookSender(new OutboundGuard(false, List.of("127.0.0.1"), false), settings);
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/sub_0123456789abcdef0123?token=abc";
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < secretCount; i++) {
            secrets.add(Signer.newSecret());
        }
        Alert.StoryRef story = new Alert.StoryRef("story_0123456789abcdef", 3);
        String body = new Payloads.PerArticle(Alert.ArticleView.of(Fixtures.article("a1", Severity.HIGH, "0f0f0f0f0f0f0f0f",
                "https://news.example/2026/12/02/article")), story, Instant.now()).render("json", "sub_0123456789abcdef0123", "alert.created", null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> perStart = new ArrayList<>();
        try {
            for (int i = 0; i < warmup; i += BATCH) {
                batch(sender, url, i, secrets, body);
            }
            for (int r = 0; r < rounds; r++) {
                long cpu = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < sends; i += BATCH) {
                    batch(sender, url, i, secrets, body);
                }
                double us = (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / sends;
                perStart.add(us);
                System.out.printf("round %d: %.1f µs of the starting thread's CPU per send%n", r + 1, us);
            }
        } finally {
            receiver.stop(0);
        }
        Collections.sort(perStart);
        System.out.printf("StartCost sends=%d warmup=%d secrets=%d body=%d bytes: median %.1f µs per send (min %.1f, max %.1f)%n",
                sends, warmup, secretCount, body.length(), perStart.get(perStart.size() / 2), perStart.get(0), perStart.get(perStart.size() - 1));
        System.exit(0);
    }

    private static final int BATCH = 50;

    private static void batch(WebhookSender sender, String url, int from, List<String> secrets, String body) {
        List<java.util.concurrent.CompletableFuture<WebhookSender.Result>> sent = new ArrayList<>(BATCH);
        for (int i = from; i < from + BATCH; i++) {
            sent.add(sender.send(url, "msg_" + i, secrets, body, Instant.now()));
        }
        for (var f : sent) {
            WebhookSender.Result r = f.join();
            if (!r.ok()) {
                throw new IllegalStateException("receiver answered " + r.status() + " " + r.error());
            }
        }
    }

    private StartCost() {
    }
}
