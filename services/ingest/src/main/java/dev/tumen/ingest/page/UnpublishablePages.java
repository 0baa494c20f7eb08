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
     * @param contentSha256 the SHA-256 (hex) of the refused input's bytes, when it came from a file (the whole file, or
     *                  the JSON-lines line): the same bad content imported again is the same event, other content at
     *                  the same place another (review of session 45)
     */
    record Unpublishable(String channel, String source, String url, String file, String title, Instant published, String reason,
                         String detail, String contentSha256) {

        /** One whose content is not at hand (a feed entry, named by its link and date). */
        public Unpublishable(String channel, String source, String url, String file, String title, Instant published, String reason,
                             String detail) {
            this(channel, source, url, file, title, published, reason, detail, null);
        }

        /**
         * What names this refusal as one event, however often it is made: how it came, from which feed or file, the
         * page's URL or the file's place (with its line), the feed entry's date, the refusal's reason and, for a file,
         * its content's digest. A feed entry is refused again at the first poll of every start and instance, an
         * import's page when the import is run again: the same event. Left out: the detail (an exception's message, a
         * count of polls) and the title, which a feed may edit without the entry being another. A file edited in place
         * whose line at the same place is refused for the same reason is another event when the line is another
         * (named by place alone, it was the same: review of session 45); the same bad line at another place, a line
         * added above it, is another refusal too, as two equal bad lines in one file are two.
         */
        public String[] identity() {
            return contentSha256 == null
                    ? new String[]{channel, source, url, file, published == null ? null : published.toString(), reason}
                    : new String[]{channel, source, url, file, published == null ? null : published.toString(), reason, contentSha256};
        }
    }
}
