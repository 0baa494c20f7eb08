package dev.tumen.classifier.bench;

import dev.tumen.classifier.SharedFiles;
import dev.tumen.classifier.eval.Evaluate;
import dev.tumen.model.PageReceived;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Realistic pages for the benchmarks: the dev corpus ({@code ../shared/corpus/dev.jsonl}, real pages with their
 * chrome) when it is next to the repository, else the repository's own seed pages ({@code seeds/pages}), which carry
 * menus, related-headline lists and timestamps as stored pages do.
 */
final class BenchPages {
    private BenchPages() {
    }

    /** Where the pages came from, for the report. */
    static String source() {
        return devCorpus() != null ? devCorpus().toString() : repoSeeds().toString();
    }

    /** All pages, in file order. */
    static List<PageReceived> all() {
        Path dev = devCorpus();
        try {
            if (dev != null) {
                return Evaluate.read(dev).stream().map(Evaluate::page).toList();
            }
            List<PageReceived> pages = new ArrayList<>();
            try (Stream<Path> files = Files.list(repoSeeds())) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Files.readString(f, StandardCharsets.UTF_8);
                    pages.add(new PageReceived(f.getFileName().toString(), "https://seeds.example.org/" + f.getFileName(), "bench",
                            "file", "text/plain", text, null, null, Instant.now(), null));
                }
            }
            if (pages.isEmpty()) {
                throw new IllegalStateException("no benchmark pages: neither " + dev + " nor " + repoSeeds());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page of median length: the corpus's typical page rather than its easiest or its largest. */
    static PageReceived median() {
        List<PageReceived> sorted = all().stream().sorted(Comparator.comparingInt(p -> p.content().length())).toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * A page like the ones {@code bin/tumen bench} sends (devkit {@code Bench.relevantSeedPages}): a relevant seed
     * page followed by "Related:" lines, each the first 200 characters of another seed page, until it reaches 30,000
     * characters, as plain text. Same recipe and seed, so the same first page the bench sends.
     */
    static PageReceived longText() {
        try {
            List<String> seeds = Evaluate.read(repoSeedLabels()).stream().filter(Evaluate.Item::relevant).map(Evaluate.Item::text).toList();
            java.util.Random random = new java.util.Random(42);
            StringBuilder b = new StringBuilder(seeds.get(0));
            while (b.length() < 30_000) {
                b.append("\nRelated: ").append(seeds.get(random.nextInt(seeds.size())), 0, 200);
            }
            return new PageReceived("bench-long", "https://bench.example.org/long", "bench", "file", "text/plain", b.toString(),
                    null, null, Instant.now(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repoSeedLabels() {
        return SharedFiles.repoRoot().resolve("seeds/labels.jsonl");
    }

    private static Path devCorpus() {
        Path p = SharedFiles.repoRoot().resolveSibling("shared").resolve("corpus/dev.jsonl").normalize();
        return Files.exists(p) ? p : null;
    }

    private static Path repoSeeds() {
        return SharedFiles.repoRoot().resolve("seeds/pages");
    }
}
