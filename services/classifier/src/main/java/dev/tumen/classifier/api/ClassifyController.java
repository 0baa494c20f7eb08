package dev.tumen.classifier.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.tumen.classifier.kafka.PageLabeller;
import dev.tumen.common.http.ProblemException;
import dev.tumen.model.Hashes;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.PageReceived;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code POST /classify}: labels one page synchronously through the same code as the Kafka pipeline,
 * for trying Tumen out or integrating without Kafka. Send a raw {@code text/html} or {@code text/plain}
 * page, or JSON {@code {"content": "...", "contentType": "text/html", "url": "...", "source": "..."}}.
 */
@Controller("/classify")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ClassifyController {
    private final PageLabeller labeller;

    public ClassifyController(PageLabeller labeller) {
        this.labeller = labeller;
    }

    /** The JSON form of a page to classify. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PageRequest(String content, String contentType, String url, String source, String title) {
    }

    @Post
    @Consumes({MediaType.TEXT_HTML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    public HttpResponse<String> classify(HttpRequest<?> request, @Body byte[] body,
                                         @Nullable @QueryValue String url, @Nullable @QueryValue String source) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("empty-body", "the request body is empty; send a page as text/html, "
                    + "text/plain or JSON {\"content\": ...}");
        }
        MediaType type = request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE);
        PageRequest page;
        if (type.getName().equals(MediaType.APPLICATION_JSON)) {
            try {
                page = Json.read(body, PageRequest.class);
            } catch (MalformedRecordException e) {
                throw ProblemException.badRequest("malformed-json", e.getMessage());
            }
            if (page.content() == null || page.content().isBlank()) {
                throw ProblemException.unprocessable("missing-content", "the JSON page needs a non-empty \"content\"");
            }
        } else {
            String text = new String(body, charset(type));
            page = new PageRequest(text, type.getName(), url, source, null);
        }
        String contentType = page.contentType() == null ? MediaType.TEXT_PLAIN : page.contentType();
        PageReceived received = new PageReceived(Hashes.pageId(page.url(), page.content()), page.url(),
                page.source() == null ? "classify-api" : page.source(), "push", contentType, page.content(), page.title(),
                null, Instant.now(), Hashes.sha256(page.content()));
        return HttpResponse.ok(Json.string(labeller.label(received))).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The declared charset; a malformed or unknown name is the client's mistake (it was a 500, found by fuzzing). */
    private static Charset charset(MediaType type) {
        try {
            return type.getCharset().orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unknown-charset", "Unsupported media type",
                    "unknown charset in Content-Type '" + type + "'; send UTF-8 or a charset Java knows, e.g. windows-1251");
        }
    }
}
