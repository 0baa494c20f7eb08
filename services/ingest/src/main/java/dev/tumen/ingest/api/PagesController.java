package dev.tumen.ingest.api;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.Pattern;
import dev.tumen.common.http.TextFields;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageIntake;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.page.TextDecoder;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * {@code POST /pages}: push a page, as a JSON object or as a raw {@code text/html} / {@code text/plain}
 * body. Answers 202 once Kafka acknowledged the page, 200 for a duplicate (nothing published). No thread waits for the
 * acknowledgement: the response completes when it comes.
 */
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's or an upstream's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "pages", description = "Pages pushed, fetched or imported")
@Controller("/pages")
// The intake may wait for the seen-pages table at start-up (tumen.ingest.startup-wait): never on the event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
public class PagesController {
    private final PageIntake intake;
    private final IngestMetrics metrics;

    public PagesController(PageIntake intake, IngestMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
    }

    /** A page as a JSON object. */
    @ApiResponse(responseCode = "202", description = "published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageAccepted.class)))
    @ApiResponse(responseCode = "200", description = "a duplicate: nothing published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageAccepted.class)))
    @Operation(operationId = "pushPage", summary = "Pushes a page: a JSON object, or the raw HTML or text with query parameters")
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<HttpResponse<PageAccepted>> pushJson(@Valid @Body PagePush page) {
        return accept(page.toIncoming("push"));
    }

    /**
     * A page as the raw HTML or text, with its URL, source and title as query parameters.
     *
     * @param url where the page lives; at most 2,048 characters once its non-ASCII characters are percent-encoded (UTF-8): a longer one is refused (400 invalid-url)
     */
    @ApiResponse(responseCode = "202", description = "published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageAccepted.class)))
    @ApiResponse(responseCode = "200", description = "a duplicate: nothing published",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PageAccepted.class)))
    @Operation(operationId = "pushPage", summary = "Pushes a page: a JSON object, or the raw HTML or text with query parameters")
    @Post(consumes = {MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XHTML}, produces = MediaType.APPLICATION_JSON)
    public CompletableFuture<HttpResponse<PageAccepted>> pushRaw(HttpRequest<?> request,
            @Nullable @Body @Schema(type = "string", format = "binary", description = "the page as sent, in the charset its Content-Type names (sniffed if none)") byte[] body,
            @Nullable @QueryValue @Size(max = TextFields.MAX_URL) String url,
            @Nullable @QueryValue @Size(max = TextFields.MAX_NAME) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE)
            String source,
            @Nullable @QueryValue @Size(max = TextFields.MAX_TITLE) @Pattern(regexp = TextFields.TEXT, message = TextFields.TEXT_MESSAGE)
            String title) {
        IncomingPage page;
        try {
            page = fromRaw(request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE), body, url, source, title);
        } catch (Refusal r) {
            metrics.refused("push", r.reason());
            throw r;
        }
        return accept(page);
    }

    private CompletableFuture<HttpResponse<PageAccepted>> accept(IncomingPage page) {
        CompletableFuture<HttpResponse<PageAccepted>> response = new CompletableFuture<>();
        intake.acceptAsync(page).whenComplete((outcome, error) -> {
            if (error != null) {
                // The refusal itself, not a CompletionException around it, so that RefusalHandler answers it.
                response.completeExceptionally(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            } else {
                response.complete(HttpResponse.<PageAccepted>status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                        .body(PageAccepted.of(outcome)));
            }
        });
        return response;
    }

    private static IncomingPage fromRaw(MediaType type, byte[] body, String url, String source, String title) {
        if (body == null || body.length == 0) {
            throw Refusal.badRequest("empty-body", "the request body is empty; expected the page");
        }
        String charset = type.getParameters().get("charset").orElse(null);
        // The pusher declared what it sends: a charset that does not fit is its mistake to hear about.
        String text = TextDecoder.decode(body, charset, true).text();
        String contentType = type.getName().equals(MediaType.TEXT_PLAIN) ? "text/plain" : "text/html";
        return new IncomingPage(url, text, contentType, source == null ? "push" : source, "push", title, null);
    }
}
