package dev.tumen.ingest.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.common.net.AsciiUrls;
import dev.tumen.ingest.fetch.PageFetcher;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageIntake;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;

/** {@code POST /fetch {"url": …}}: fetch a page now (politely and safely) and publish it. */
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's or an upstream's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "pages", description = "Pages pushed, fetched or imported")
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

    @ApiResponse(responseCode = "202", description = "fetched and published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageAccepted.class)))
    @ApiResponse(responseCode = "200", description = "a duplicate: nothing published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageAccepted.class)))
    @Operation(operationId = "fetchPage", summary = "Fetches a URL now and publishes the page once")
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public HttpResponse<PageAccepted> fetch(@Valid @Body FetchRequest request) {
        String url = request.url();
        PageIntake.Outcome outcome = fetcher.fetch(url, "fetch", request.source() != null ? request.source() : hostOf(url), null, null);
        return HttpResponse.<PageAccepted>status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(PageAccepted.of(outcome));
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(AsciiUrls.of(url.trim())).getHost();
            return host == null ? "fetch" : host;
        } catch (IllegalArgumentException e) {
            return "fetch";
        }
    }
}
