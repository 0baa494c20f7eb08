package dev.tumen.testkit.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metrics a service's documentation promises, checked against a {@code /prometheus} scrape taken right after
 * start-up: a dashboard or alert rule written from the README must find every series there, at zero, before the
 * first event. A metric documented per subscription or per feed ({@code name{subscription}}, {@code name{feed}})
 * has no series until its subscription or feed exists; those are returned apart, for the caller to check once it
 * made one.
 */
public final class DocumentedMetrics {
    private static final Pattern NAME = Pattern.compile("\\b(tumen_[a-z0-9_]+)(\\{(subscription|feed)})?");
    /** What Micrometer's Prometheus registry appends to a timer's, histogram's or counter's base name. */
    private static final List<String> SUFFIXES = List.of("", "_bucket", "_count", "_sum", "_max");

    /** The names, in {@code docs}, that start with one of the prefixes, split into those due at start-up and per-entity ones. */
    public record Names(Set<String> atStart, Set<String> perEntity) {
    }

    private DocumentedMetrics() {
    }

    /**
     * What {@code service}'s README and docs/operations.md name for it: its own {@code tumen_<service>_} metrics and
     * the {@code tumen_kafka_} loop metrics every service has. Paths are relative to the service's module folder,
     * where failsafe runs the ITs.
     */
    public static Names ofService(String service) {
        return read(List.of("tumen_" + service + "_", "tumen_kafka_"), Path.of("README.md"), Path.of("../../docs/operations.md"));
    }

    public static Names read(List<String> prefixes, Path... docs) {
        Set<String> all = new TreeSet<>();
        Set<String> perEntity = new TreeSet<>();
        for (Path doc : docs) {
            String text;
            try {
                text = Files.readString(doc);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + doc.toAbsolutePath(), e);
            }
            Matcher m = NAME.matcher(text);
            while (m.find()) {
                if (prefixes.stream().anyMatch(m.group(1)::startsWith)) {
                    all.add(m.group(1));
                    if (m.group(2) != null) {
                        perEntity.add(m.group(1));
                    }
                }
            }
        }
        all.removeAll(perEntity);
        return new Names(all, perEntity);
    }

    /** Fails listing every name of {@code names} without a series in {@code scrape}. */
    public static void assertScraped(String scrape, Set<String> names, String when) {
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            if (!scraped(scrape, name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("documented but not in /prometheus " + when + ": " + missing);
        }
    }

    /** Whether {@code scrape} has a sample line of metric {@code name} (any labels, any Micrometer suffix). */
    public static boolean scraped(String scrape, String name) {
        for (String line : scrape.split("\n")) {
            for (String suffix : SUFFIXES) {
                String series = name + suffix;
                if (line.startsWith(series) && line.length() > series.length()
                        && (line.charAt(series.length()) == '{' || line.charAt(series.length()) == ' ')) {
                    return true;
                }
            }
        }
        return false;
    }
}
