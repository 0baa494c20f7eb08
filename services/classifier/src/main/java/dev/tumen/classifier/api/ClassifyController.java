package dev.tumen.classifier.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.classifier.kafka.PageLabeller;
import dev.tumen.common.http.Problems;
import dev.tumen.common.http.ProblemException;
import dev.tumen.common.text.BinaryContent;
import dev.tumen.common.text.CanonicalText;
import dev.tumen.common.http.TextFields;
import dev.tumen.model.Hashes;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.PageReceived;
import dev.tumen.model.PageTypes;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import dev.tumen.model.TooCostlyException;
import jakarta.validation.constraints.Size;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * {@code POST /classify}: labels one page synchronously through the same code as the Kafka pipeline,
 * for trying Tumen out or integrating without Kafka. Send a raw {@code text/html} or {@code text/plain}
 * page, or JSON {@code {"content": "...", "contentType": "text/html", "url": "...", "source": "..."}}.
 */
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "classify", description = "Labelling on request")
@Controller("/classify")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ClassifyController {
    private final PageLabeller labeller;

    public ClassifyController(PageLabeller labeller) {
        this.labeller = labeller;
    }

    /**
     * The JSON form of a page to classify.
     *
     * @param content     the page, HTML or plain text
     * @param contentType {@code text/html} or {@code text/plain}; guessed from the content when absent, as ingest does
     * @param url         where the page lives
     * @param source      the outlet (default {@code classify-api})
     * @param title       a title hint
     */
    @Introspected
    @Schema(name = "ClassifyRequest")
    public record PageRequest(@NotBlank String content, @Nullable String contentType,
                              @Nullable @Size(max = TextFields.MAX_URL) @Pattern(regexp = TextFields.HTTP_URL, message = TextFields.HTTP_URL_MESSAGE) String url,
                              @Nullable @Size(max = TextFields.MAX_NAME) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String source,
                              @Nullable @Size(max = TextFields.MAX_TITLE) @Pattern(regexp = TextFields.TEXT, message = TextFields.TEXT_MESSAGE) String title) {
    }

    /** A page as JSON. */
    @Operation(operationId = "classifyPage", summary = "Labels a page (JSON, or the raw HTML or text) without publishing anything")
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public ArticleLabelled classifyJson(@Valid @Body PageRequest page) {
        return label(page);
    }

    /** A raw page; its URL and source as query parameters. */
    @Operation(operationId = "classifyPage", summary = "Labels a page (JSON, or the raw HTML or text) without publishing anything")
    @Post(consumes = {MediaType.TEXT_HTML, MediaType.TEXT_PLAIN}, produces = MediaType.APPLICATION_JSON)
    public ArticleLabelled classifyRaw(HttpRequest<?> request,
            @Nullable @Body @Schema(type = "string", format = "binary", description = "the page as sent, in the charset its Content-Type names (UTF-8 if none)") byte[] body,
            @Nullable @QueryValue @Size(max = TextFields.MAX_URL) @Pattern(regexp = TextFields.HTTP_URL, message = TextFields.HTTP_URL_MESSAGE) String url,
            @Nullable @QueryValue @Size(max = TextFields.MAX_NAME) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String source) {
        if (body == null || body.length == 0) {
            throw ProblemException.badRequest("empty-body", "the request body is empty; send a page as text/html, "
                    + "text/plain or JSON {\"content\": ...}");
        }
        String binary = BinaryContent.kind(body);
        if (binary != null) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "binary-content",
                    "the body is not text (" + binary + "); send a page as text/html or text/plain");
        }
        MediaType type = request.getContentType().orElse(MediaType.TEXT_PLAIN_TYPE);
        return label(new PageRequest(new String(body, charset(type)), type.getName(), url, source, null));
    }

    private ArticleLabelled label(PageRequest page) {
        String notText = BinaryContent.notText(page.content());
        if (notText != null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "binary-content", notText);
        }
        String contentType = contentType(page.contentType());
        // As ingest publishes it: an NFD page or one with zero-width characters in its words is labelled as the page it
        // shows (probe of session 31: a Korean page in NFD was not relevant where its NFC form was high).
        String content = CanonicalText.of(page.content());
        PageReceived received = new PageReceived(Hashes.pageId(page.url(), content), page.url(),
                page.source() == null ? "classify-api" : page.source(), "push", contentType, content, page.title(),
                null, Instant.now(), Hashes.sha256(content));
        try {
            return labeller.label(received);
        } catch (TooCostlyException e) {
            // The page's own doing (the same page takes as long again), so the client's problem, not the service's.
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "page-too-costly", e.getMessage());
        }
    }

    /**
     * The declared type, checked as ingest checks a push: HTML or plain text, anything else 415. Absent stays absent, so
     * the extractor guesses from the content, as it does for a page ingest published without a type; defaulting to
     * plain text labelled an HTML fragment as its own markup, tags in the title.
     */
    private static String contentType(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String type = PageTypes.declared(declared);
        if (type == null) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-content-type", "contentType must be text/html or text/plain, got '" + Problems.quote(declared) + "'");
        }
        return type;
    }

    /** The declared charset; a malformed or unknown name is the client's mistake (it was a 500, found by fuzzing). */
    private static Charset charset(MediaType type) {
        try {
            return type.getCharset().orElse(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unknown-charset",
                    "unknown charset in Content-Type '" + Problems.quote(String.valueOf(type)) + "'; send UTF-8 or a charset Java knows, e.g. windows-1251");
        }
    }
}
