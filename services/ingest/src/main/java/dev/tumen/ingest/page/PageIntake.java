package dev.tumen.ingest.page;

import dev.tumen.common.http.TextFields;
import dev.tumen.common.text.CanonicalText;
import dev.tumen.ingest.dedup.SeenPages;
import dev.tumen.model.Hashes;
import dev.tumen.model.PageReceived;
import dev.tumen.model.PageTypes;
import dev.tumen.model.PublishedTimes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The one path every page takes, whatever its source: validate, canonicalise the URL (honouring the
 * page's own {@code rel=canonical} only on its transport URL's registrable domain), hash, drop duplicates, publish. Plain Java: unit-tested with a fake
 * {@link PageSink}.
 */
public class PageIntake {

    private final SeenPages seen;
    private final PageSink sink;
    private final IngestMetrics metrics;
    private final long maxContentBytes;
    private final Clock clock;

    /**
     * @param maxContentBytes the largest content accepted, in bytes of UTF-8 (what Kafka's limits count), whatever
     *                        the source
     */
    public PageIntake(SeenPages seen, PageSink sink, IngestMetrics metrics, long maxContentBytes, Clock clock) {
        this.seen = seen;
        this.sink = sink;
        this.metrics = metrics;
        this.maxContentBytes = maxContentBytes;
        this.clock = clock;
    }

    /** What happened to a page. */
    public record Outcome(String id, boolean duplicate, String url) {
    }

    /**
     * @throws Refusal when the page is not acceptable (bad URL, not text, too large) or Kafka is unavailable
     */
    public Outcome accept(IncomingPage in) {
        try {
            return acceptAsync(in).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * The same without waiting for Kafka: the page is checked, claimed and sent before this returns (a refusal found by
     * then is thrown), and the future completes with the outcome once Kafka acknowledged the page, or exceptionally with
     * a {@link Refusal}.
     */
    public CompletableFuture<Outcome> acceptAsync(IncomingPage in) {
        try {
            return doAccept(in).exceptionallyCompose(e -> {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                if (cause instanceof Refusal r) {
                    metrics.refused(in.channel(), r.reason());
                }
                return CompletableFuture.failedFuture(cause);
            });
        } catch (Refusal r) {
            metrics.refused(in.channel(), r.reason());
            throw r;
        }
    }

    private CompletableFuture<Outcome> doAccept(IncomingPage in) {
        long entered = System.nanoTime();
        // As a reader sees it: an NFD copy or one with zero-width characters in its words is the same page (CanonicalText).
        String content = CanonicalText.of(in.content());
        if (content == null || content.isBlank()) {
            throw Refusal.badRequest("missing-content", "the page has no content");
        }
        // Characters undercount: a Cyrillic or Korean character is 2-3 bytes in the record Kafka has to take. Every char
        // is at least one byte, so more chars than the limit is too large without encoding; else the page is encoded
        // once, here, and those bytes are counted, hashed and written to Kafka.
        if (content.length() > maxContentBytes) {
            throw tooLarge("more than " + maxContentBytes);
        }
        byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > maxContentBytes) {
            throw tooLarge(Integer.toString(utf8.length));
        }
        TextDecoder.requireText(content);
        String contentType = contentType(in.contentType(), content);
        String url = null;
        if (in.url() != null && !in.url().isBlank()) {
            try {
                url = UrlCanonicalizer.canonicalize(in.url());
            } catch (IllegalArgumentException e) {
                throw Refusal.badRequest("invalid-url", "url: " + e.getMessage());
            }
        }
        String title = TextFields.headline(CanonicalText.of(in.title()));
        if (contentType.equals("text/html")) {
            PageHead head = PageHead.parse(content, url);
            url = PageHead.choose(url, head.canonical());
            if (title == null) {
                // The head's title as jsoup decoded it: "&#xD800;" in it is a bare surrogate until made text here.
                title = TextFields.headline(CanonicalText.of(head.title()));
            }
        }
        Instant publishedAt = published(in);
        String hash = Hashes.sha256(utf8);
        // Without a URL the id is the content's hash (Hashes.pageId), which is at hand.
        String id = url != null && !url.isBlank() ? Hashes.pageId(url, content) : hash.substring(0, 32);
        String duplicateOf = seen.claim(id, hash, url != null);
        if (duplicateOf != null) {
            metrics.duplicate(in.channel());
            return CompletableFuture.completedFuture(new Outcome(duplicateOf, true, url));
        }
        PageReceived page = new PageReceived(id, url, blankToNull(in.source()), in.channel(), contentType, content, title,
                publishedAt, clock.instant(), hash);
        long sending = System.nanoTime();
        String pageUrl = url;
        CompletableFuture<Void> sent;
        try {
            sent = sink.publishAsync(page, utf8);
        } catch (RuntimeException e) {
            seen.release(id, hash);
            throw unpublished(e);
        }
        return sent.handle((ok, error) -> {
            if (error != null) {
                seen.release(id, hash);
                throw unpublished(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
            seen.confirm(id, hash);
            long published = System.nanoTime();
            metrics.published(published - entered, published - sending);
            metrics.accepted(in.channel());
            return new Outcome(id, false, pageUrl);
        });
    }

    /**
     * A publication time readers can use ({@link PublishedTimes}). A caller who pushed or imported the page is told; a
     * feed's or site's wrong clock makes the time unknown rather than wrong.
     */
    private Instant published(IncomingPage in) {
        Instant p = in.published();
        if (p == null || PublishedTimes.plausible(p, clock.instant())) {
            return p;
        }
        if (in.channel().equals("push") || in.channel().equals("file")) {
            throw Refusal.badRequest("invalid-field", "\"published\" must lie between 1900 and a day from now, got " + p);
        }
        return null;
    }

    private Refusal tooLarge(String bytes) {
        return new Refusal(413, "body-too-large", "the page has " + bytes + " bytes of UTF-8 content, more than the limit of "
                + maxContentBytes + " (tumen.ingest.max-body-bytes)");
    }

    private static Refusal unpublished(Throwable e) {
        return e instanceof Refusal r ? r : new Refusal(503, "kafka-unavailable", "the page could not be handed to Kafka: " + e.getMessage(), e);
    }

    /** {@code text/html} or {@code text/plain}; guessed from the content when not given. */
    static String contentType(String declared, String content) {
        if (declared == null || declared.isBlank()) {
            return PageTypes.guess(content);
        }
        String type = PageTypes.declared(declared);
        if (type == null) {
            throw Refusal.unsupportedMediaType("unsupported-content-type",
                    "contentType must be text/html or text/plain, got '" + declared + "'");
        }
        return type;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
