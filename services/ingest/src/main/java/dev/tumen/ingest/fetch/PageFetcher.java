package dev.tumen.ingest.fetch;

import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.PageIntake;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.page.TextDecoder;
import dev.tumen.ingest.page.UrlCanonicalizer;
import java.net.URI;
import java.time.Instant;

/** Fetches a page by URL, decodes it and hands it to {@link PageIntake}: {@code POST /fetch} and feed entries. */
public class PageFetcher {
    private final HttpFetcher fetcher;
    private final PageIntake intake;
    private final IngestMetrics metrics;

    public PageFetcher(HttpFetcher fetcher, PageIntake intake, IngestMetrics metrics) {
        this.fetcher = fetcher;
        this.intake = intake;
        this.metrics = metrics;
    }

    /**
     * @param channel {@code fetch} or {@code feed}
     * @param source  source name recorded on the page ({@code fetch}, a feed name)
     * @param title   title hint (a feed entry's), or {@code null}
     * @param published publication time hint, or {@code null}
     * @throws Refusal when the page cannot be fetched or is refused
     */
    public PageIntake.Outcome fetch(String url, String channel, String source, String title, Instant published) {
        if (UrlCanonicalizer.hasUserInfo(url)) {
            metrics.refused(channel, "userinfo");
            throw Refusal.badRequest("userinfo", "url: URLs with credentials (user:password@) are not allowed; a fetch would go without them");
        }
        URI uri;
        try {
            uri = URI.create(UrlCanonicalizer.canonicalize(url));
        } catch (UrlCanonicalizer.NumericHost e) {
            metrics.refused(channel, "forbidden-address");
            throw new Refusal(403, "forbidden-address", "url: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            metrics.refused(channel, "invalid-url");
            throw Refusal.badRequest("invalid-url", "url: " + e.getMessage());
        }
        FetchResult result;
        TextDecoder.Decoded text;
        try {
            result = fetcher.get(uri, HttpFetcher.PAGE_TYPES, HttpFetcher.Validators.NONE);
            try {
                text = TextDecoder.decode(result.body(), result.charset(), false);
            } catch (Refusal r) {
                throw upstream(result, r);
            }
        } catch (Refusal r) {
            metrics.refused(channel, r.reason());
            throw r;
        }
        String contentType = "text/plain".equals(result.mediaType()) ? "text/plain" : "text/html";
        try {
            return intake.accept(new IncomingPage(result.url().toString(), text.text(), contentType, source, channel, title, published));
        } catch (Refusal r) {
            // 429 (Kafka busy) is the service's own and says when to retry; every other 4xx here is about the page.
            throw r.status() >= 400 && r.status() < 500 && r.status() != 429 ? upstream(result, r) : r;
        }
    }

    /**
     * A refusal of what the URL served, as the caller of {@code /fetch} reads it: 502 with the refusal's own type, the
     * gateway's status for an upstream answer it cannot use. With a push's 4xx the caller was blamed for a body it never
     * sent: an empty page answered 400 missing-content, one past the content limit 413 body-too-large, one past Kafka's
     * record limit 413 page-too-large, which a generated client reads as its own request's fault (probe of session 42;
     * the decoding refusals were 502 already).
     */
    private static Refusal upstream(FetchResult result, Refusal r) {
        return new Refusal(502, r.reason(), "the page at " + result.url() + " was refused: " + r.getMessage());
    }
}
