package dev.tumen.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.broker.EmbeddedKafka;
import dev.tumen.common.cli.CommandLine;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * {@code bin/tumen demo}: the whole pipeline on {@code seeds/} — an embedded broker, the three services
 * as processes, a local webhook receiver with a subscription — printing each alert as it arrives.
 */
public final class Demo {
    private final PrintStream out = System.out;
    private boolean exitWhenIdle;
    private Duration idle = Duration.ofSeconds(5);
    private Path pages = RepoPaths.seedsPages();
    private String minSeverity = "low";

    public static int run(List<String> args) throws Exception {
        String usage = "usage: tumen demo [--exit-when-idle] [--idle-seconds 5] [--pages DIR] [--min-severity low|medium|high|critical]";
        return CommandLine.run("demo", usage, System.out, System.err, () -> {
            Demo demo = new Demo();
            CommandLine a = new CommandLine(args);
            while (a.next()) {
                switch (a.option()) {
                    case "--exit-when-idle" -> demo.exitWhenIdle = true;
                    case "--idle-seconds" -> demo.idle = a.seconds(1, 86_400);
                    case "--pages" -> demo.pages = a.existingDirectory().toAbsolutePath();
                    case "--min-severity" -> demo.minSeverity = severity(a.value());
                    default -> throw a.unknown();
                }
            }
            return demo.run();
        });
    }

    private static String severity(String value) {
        String s = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("low", "medium", "high", "critical").contains(s)) {
            throw new CommandLine.UsageException("--min-severity takes low, medium, high or critical, not '" + dev.tumen.model.text.OutsideText.quote(value) + "'");
        }
        return s;
    }

    private int run() throws Exception {
        long started = System.nanoTime();
        Path work = RepoPaths.root().resolve(".tumen").resolve("demo");
        deleteRecursively(work);
        Files.createDirectories(work);
        out.println("Tumen demo: starting an embedded Kafka broker ...");
        EmbeddedKafka kafka = EmbeddedKafka.start(work.resolve("kafka"), true, 0, Map.of());
        dev.tumen.kafka.TopicProvisioner.catalogue(kafka.bootstrapServers(), "", 0);
        out.println("Starting ingest, classifier and alert (logs in " + RepoPaths.root().relativize(work.resolve("logs")) + ") ...");
        WebhookReceiver receiver = new WebhookReceiver();
        Stack stack;
        try {
            // Imports read only below an import root: the pages to import are the root.
            stack = Stack.start(kafka.bootstrapServers(), "", work.resolve("logs"), Map.of("TUMEN_INGEST_IMPORT_ROOT", pages.toString()));
        } catch (RuntimeException e) {
            receiver.close();
            kafka.close();
            throw e;
        }
        Runnable shutdown = () -> {
            stack.close();
            receiver.close();
            kafka.close();
        };
        Thread hook = new Thread(shutdown, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        JsonNode subscription = JsonHttp.post(stack.url("alert", "/subscriptions"),
                Map.of("name", "demo receiver", "url", receiver.url().toString(), "format", "json", "minSeverity", minSeverity),
                Duration.ofSeconds(10));
        receiver.trust(List.of(subscription.path("secret").asText()));
        out.printf("Subscribed %s (min severity %s) as %s%n", receiver.url(), minSeverity, subscription.path("id").asText());

        ArticleWatcher watcher = new ArticleWatcher(kafka.bootstrapServers(), Topics.ARTICLES);
        JsonNode imported = JsonHttp.post(stack.url("ingest", "/imports"), Map.of("path", pages.toString()), Duration.ofMinutes(5));
        long published = imported.path("published").asLong();
        out.printf("Imported %s: %d pages published, %d duplicates, %d failed%n%n", RepoPaths.root().relativize(pages),
                published, imported.path("duplicates").asLong(), imported.path("failed").asLong());

        Thread printer = new Thread(() -> printAlerts(receiver), "alert-printer");
        printer.setDaemon(true);
        printer.start();

        if (!exitWhenIdle) {
            out.println("Watching for alerts; Ctrl-C to stop.");
            Thread.currentThread().join();
            return 0;
        }
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(3);
        while (true) {
            long lastActivity = Math.max(watcher.lastArrivalMillis(),
                    receiver.all().stream().mapToLong(WebhookReceiver.Delivery::receivedAtMillis).max().orElse(0));
            boolean allLabelled = watcher.records() >= published;
            if (allLabelled && System.currentTimeMillis() - lastActivity > idle.toMillis()) {
                break;
            }
            if (System.currentTimeMillis() > deadline) {
                out.printf("Gave up waiting: %d of %d pages labelled after 3 minutes%n", watcher.records(), published);
                break;
            }
            Thread.sleep(200);
        }
        printer.interrupt();
        printSummary(watcher.articles(), receiver.all());
        boolean complete = watcher.records() >= published;
        watcher.close();
        Runtime.getRuntime().removeShutdownHook(hook);
        shutdown.run();
        out.printf("Done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return complete ? 0 : 1;
    }

    private void printAlerts(WebhookReceiver receiver) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WebhookReceiver.Delivery d = receiver.queue().take();
                JsonNode a = d.article();
                long latency = a.hasNonNull("receivedAt")
                        ? Duration.between(Instant.parse(a.path("receivedAt").asText()), Instant.ofEpochMilli(d.receivedAtMillis())).toMillis()
                        : -1;
                synchronized (out) {
                    out.printf("ALERT [%s] %s%n", a.path("severity").asText().toUpperCase(), a.path("title").asText());
                    out.printf("      categories: %s | lang: %s | signature %s%s%n", join(a.path("categories")),
                            a.path("lang").asText(), d.signatureValid() ? "verified" : "INVALID",
                            latency >= 0 ? " | " + latency + " ms after ingest" : "");
                    for (JsonNode evidence : a.path("evidence")) {
                        out.printf("      evidence: \"%s\"%n", abbreviate(evidence.asText(), 160));
                    }
                    out.println();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void printSummary(Map<String, ArticleLabelled> articles, List<WebhookReceiver.Delivery> deliveries) {
        Set<String> alerted = deliveries.stream().map(d -> d.article().path("id").asText()).collect(Collectors.toSet());
        long invalid = deliveries.stream().filter(d -> !d.signatureValid()).count();
        out.println("Per-page summary");
        out.printf("%-9s %-8s %-4s %-7s %s%n", "severity", "relevant", "lang", "alerted", "title");
        articles.values().stream()
                .sorted(Comparator.comparing(ArticleLabelled::severity).reversed().thenComparing(ArticleLabelled::title,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(a -> out.printf("%-9s %-8s %-4s %-7s %s%n", a.severity().wire(), a.relevant() ? "yes" : "no", a.lang(),
                        alerted.contains(a.id()) ? "yes" : "-", abbreviate(a.title() == null ? "(no title)" : a.title(), 90)));
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        articles.values().forEach(a -> bySeverity.merge(a.severity().wire(), 1L, Long::sum));
        out.printf("%n%d pages labelled, %d relevant, %d alerts delivered (%d with an invalid signature); by severity %s%n",
                articles.size(), articles.values().stream().filter(ArticleLabelled::relevant).count(), deliveries.size(), invalid,
                bySeverity);
    }


    private static String join(JsonNode array) {
        StringBuilder b = new StringBuilder();
        array.forEach(n -> b.append(b.isEmpty() ? "" : ", ").append(n.asText()));
        return b.isEmpty() ? "-" : b.toString();
    }

    private static String abbreviate(String s, int max) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
