package dev.tumen.ingest.api;

import dev.tumen.common.http.RefusalObserver;
import dev.tumen.ingest.page.IngestMetrics;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/**
 * Counts in {@code tumen.ingest.refusals} the page requests Micronaut refuses before a controller runs (a JSON body
 * that does not bind or breaks its constraints, too large, wrong media type), under the channel of the path.
 */
@Singleton
public class FrameworkRefusals implements RefusalObserver {
    private final IngestMetrics metrics;

    public FrameworkRefusals(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void refused(HttpRequest<?> request, int status, String slug) {
        String channel = channel(request.getPath());
        if (channel != null) {
            metrics.refused(channel, slug);
        }
    }

    static String channel(String path) {
        if (path.startsWith("/pages")) {
            return "push";
        } else if (path.startsWith("/fetch")) {
            return "fetch";
        } else if (path.startsWith("/feeds")) {
            return "feed";
        } else if (path.startsWith("/imports")) {
            return "file";
        }
        return null;
    }
}
