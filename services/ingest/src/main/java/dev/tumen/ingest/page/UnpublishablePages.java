package dev.tumen.ingest.page;

import java.time.Instant;

/**
 * Where a page goes that can never be published (too large for Kafka, not text, …) when no caller is there to be
 * told: a feed entry, an imported file. A pushed page's refusal is its answer; these have only the pages'
 * dead-letter topic, so nothing is lost without a trace (see {@code kafka.PagePublisher}).
 */
public interface UnpublishablePages {
    /**
     * Dead-letters {@code page} and returns once Kafka acknowledged it.
     *
     * @throws Refusal with status 503 when it could not be written: the caller keeps the page for later
     */
    void deadLetter(Unpublishable page);

    /**
     * What is known of a page that could not be published; the dead letter's value (JSON). The content is not in
     * it (it may be what made the page unpublishable); {@code url} or {@code file} says where it is.
     *
     * @param channel   how it arrived: {@code feed} or {@code file}
     * @param source    the feed's name, or {@code file}
     * @param url       the page's URL, when it has one
     * @param file      the imported file (with {@code :line} for a JSON-lines file), when it came from one
     * @param title     the feed entry's title, when known
     * @param published when the feed entry says it was published
     * @param reason    the refusal's slug ({@code body-too-large}, {@code page-too-large}, …)
     * @param detail    the refusal's message
     */
    record Unpublishable(String channel, String source, String url, String file, String title, Instant published, String reason,
                         String detail) {
    }
}
