package dev.tumen.ingest.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.common.http.TextConstraints;
import dev.tumen.common.http.TextFields;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * A page pushed as JSON to {@code POST /pages}. Fields it does not know are ignored (pushers often send their
 * whole article object).
 *
 * @param url         where the page lives; canonicalised, and the key of duplicate detection; at most 2,048 characters once its non-ASCII characters are percent-encoded (UTF-8): a longer one is refused (400 invalid-url)
 * @param content     the page itself, HTML or plain text
 * @param contentType {@code text/html} or {@code text/plain}; guessed from the content when absent
 * @param source      the outlet or pusher, shown with alerts (default {@code push}); must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)
 * @param title       a title hint
 * @param published   when the page was published, ISO-8601
 */
@Introspected
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "PagePush", description = "A page pushed as JSON")
public record PagePush(@Nullable @Size(max = TextFields.MAX_URL) String url,
                       @NotNull String content,
                       @Nullable @Schema(example = "text/html") String contentType,
                       @Nullable @TextConstraints.Visible @Size(max = TextFields.MAX_NAME) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String source,
                       @Nullable @Size(max = TextFields.MAX_TITLE) @Pattern(regexp = TextFields.TEXT, message = TextFields.TEXT_MESSAGE) String title,
                       @Nullable Instant published) {

    /**
     * Identity, not the fields: Micronaut's validation keeps each bean it validates in a hash set (to stop at cycles),
     * and a record's own {@code hashCode} hashes every field, here the whole content on every push (about 2.5 % of
     * ingest's CPU at 150 pages/s, JFR, session 11). Nothing compares two pushes.
     */
    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    IncomingPage toIncoming(String channel) {
        return new IncomingPage(url, content, contentType, source == null ? channel : source, channel, title, published);
    }
}
