package dev.tumen.ingest.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.ingest.fetch.PageFetcher;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageIntake;
import dev.tumen.ingest.page.Refusal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.URI;

/** {@code POST /fetch {"url": …}}: fetch a page now (politely and safely) and publish it. */
@Controller("/fetch")
// A fetch waits on a remote server, robots.txt and the host rate limit: never on the event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
public class FetchController {
    private final PageFetcher fetcher;
    private final IngestMetrics metrics;

    public FetchController(PageFetcher fetcher, IngestMetrics metrics) {
        this.fetcher = fetcher;
        this.metrics = metrics;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<PageAccepted> fetch(@Nullable @Body byte[] body) {
        String url;
        String source;
        try {
            JsonNode node = JsonBodies.object(body);
            url = JsonBodies.text(node, "url");
            if (url == null || url.isBlank()) {
                throw Refusal.badRequest("missing-url", "\"url\" is required");
            }
            source = JsonBodies.text(node, "source");
        } catch (Refusal r) {
            metrics.refused("fetch", r.reason());
            throw r;
        }
        PageIntake.Outcome outcome = fetcher.fetch(url, "fetch", source != null ? source : hostOf(url), null, null);
        return HttpResponse.<PageAccepted>status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(PageAccepted.of(outcome));
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url.trim()).getHost();
            return host == null ? "fetch" : host;
        } catch (IllegalArgumentException e) {
            return "fetch";
        }
    }
}
