package dev.tumen.ingest.api;

import dev.tumen.ingest.files.PageFileImporter;
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

/**
 * {@code POST /pages}: push a page, as a JSON object or as a raw {@code text/html} / {@code text/plain}
 * body. Answers 202 once Kafka acknowledged the page, 200 for a duplicate (nothing published).
 */
@Controller("/pages")
// Handing a page to Kafka waits for the broker's acknowledgement: never on the event loop.
@ExecuteOn(TaskExecutors.BLOCKING)
public class PagesController {
    private final PageIntake intake;
    private final IngestMetrics metrics;

    public PagesController(PageIntake intake, IngestMetrics metrics) {
        this.intake = intake;
        this.metrics = metrics;
    }

    @Post(consumes = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_XHTML},
            produces = MediaType.APPLICATION_JSON)
    public HttpResponse<PageAccepted> push(HttpRequest<?> request, @Nullable @Body byte[] body,
                                           @Nullable @QueryValue String url, @Nullable @QueryValue String source,
                                           @Nullable @QueryValue String title) {
        MediaType type = request.getContentType().orElse(MediaType.APPLICATION_JSON_TYPE);
        IncomingPage page;
        try {
            page = type.getName().equals(MediaType.APPLICATION_JSON) ? fromJson(body) : fromRaw(type, body, url, source, title);
        } catch (Refusal r) {
            metrics.refused("push", r.reason());
            throw r;
        }
        PageIntake.Outcome outcome = intake.accept(page);
        return HttpResponse.<PageAccepted>status(outcome.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED).body(PageAccepted.of(outcome));
    }

    private static IncomingPage fromJson(byte[] body) {
        return PageFileImporter.fromJson(JsonBodies.object(body), "push");
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
