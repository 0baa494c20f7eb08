package dev.tumen.devkit.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services' per-stage timers ({@code _sum} and {@code _count} from {@code /prometheus}) read before and after a load
 * step, so each step reports the mean time a page spent in each stage during that step alone: where pages wait, from
 * ingest's intake to the classifier's committed transaction. Means rather than the scraped quantiles, which cover a
 * sliding minute that overlaps the step before.
 */
final class StageTimers {
    /** Metric base names (Prometheus) of the stages, in a page's order; the unit is what the metric counts. */
    static final List<String> STAGES = List.of("tumen_ingest_accept_time_seconds", "tumen_ingest_publish_time_seconds",
            "tumen_kafka_loop_record_wait_seconds", "tumen_kafka_loop_batch_gather_seconds", "tumen_kafka_loop_batch_process_seconds",
            "tumen_kafka_loop_batch_transform_seconds", "tumen_kafka_loop_batch_transform_cpu_seconds",
            "tumen_kafka_loop_batch_commit_wait_seconds",
            "tumen_kafka_loop_batch_send_seconds", "tumen_kafka_loop_batch_commit_seconds", "tumen_kafka_loop_batch_records");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<URI> scrapes;

    /** @param scrapes the {@code /prometheus} URLs of the services to read */
    StageTimers(List<URI> scrapes) {
        this.scrapes = scrapes;
    }

    /** Sum and count per stage, added over every service and label set (the loop's threads). */
    Map<String, double[]> read() {
        Map<String, double[]> totals = new LinkedHashMap<>();
        STAGES.forEach(s -> totals.put(s, new double[2]));
        for (URI uri : scrapes) {
            String body = scrape(uri);
            if (body == null) {
                continue;
            }
            for (String line : body.split("\n")) {
                for (String stage : STAGES) {
                    int which = line.startsWith(stage + "_sum") ? 0 : line.startsWith(stage + "_count") ? 1 : -1;
                    if (which >= 0) {
                        totals.get(stage)[which] += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    }
                }
            }
        }
        return totals;
    }

    /** A service's {@code /prometheus} text, or null when it does not answer (the step's figure is then left out). */
    static String scrape(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return null;
        }
    }

    /** "stage mean" pairs between two reads: milliseconds for timers, the plain mean for the batch size. */
    static String means(Map<String, double[]> before, Map<String, double[]> after) {
        StringBuilder b = new StringBuilder();
        for (String stage : STAGES) {
            double sum = after.get(stage)[0] - before.get(stage)[0];
            double count = after.get(stage)[1] - before.get(stage)[1];
            String name = stage.replace("tumen_", "").replace("kafka_loop_", "").replace("_seconds", "");
            if (b.length() > 0) {
                b.append(", ");
            }
            if (count <= 0) {
                b.append(name).append(" -");
            } else if (stage.endsWith("_seconds")) {
                b.append(name).append(String.format(" %.1f ms", sum / count * 1000));
            } else {
                b.append(name).append(String.format(" %.1f", sum / count));
            }
        }
        return b.toString();
    }
}
