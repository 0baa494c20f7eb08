package dev.tumen.ingest.feed;

import dev.tumen.common.http.TextFields;
import dev.tumen.common.logging.UrlRedaction;
import dev.tumen.model.text.InvisibleCharacters;
import dev.tumen.model.text.OutsideText;
import java.time.Instant;

/**
 * A followed feed and its polling state: the value of the compacted feeds topic, key = {@link #id()}
 * (a tombstone removes the feed). Shared by all ingest instances, so validators and schedules survive
 * restarts and an instance never re-polls a feed another one just polled.
 *
 * @param id                  first 16 hex digits of the SHA-256 of the canonical feed URL
 * @param url                 the feed URL (RSS 0.9x/1.0/2.0 or Atom); on the topic it is encrypted, and a caller whose
 *                            token may only read sees its origin, {@code https://host/…}
 *                            ({@code tmnenc:v1:…}, AES-256-GCM with {@code TUMEN_ENCRYPTION_KEY}): a feed's key is often in its URL
 * @param name                display name, used as the {@code source} of its pages
 * @param intervalSeconds     polling interval
 * @param paused              a paused feed is kept but not polled
 * @param origin              {@code api} or {@code config}
 * @param etag                ETag of the last 200 response, sent as If-None-Match
 * @param lastModified        Last-Modified of the last 200 response, sent as If-Modified-Since
 * @param lastPolledAt        when a poll last finished (any outcome)
 * @param lastSuccessAt       when a poll last succeeded (200 or 304)
 * @param lastOutcome         {@code ok}, {@code not-modified} or the refusal reason of the last poll
 * @param lastError           the last failure's detail, or {@code null}
 * @param consecutiveFailures failed polls in a row; the interval backs off with it
 * @param published           pages published from this feed, in total
 * @param createdAt           when the feed was added
 */
public record Feed(String id, String url, String name, long intervalSeconds, boolean paused, String origin,
                   String etag, String lastModified, Instant lastPolledAt, Instant lastSuccessAt, String lastOutcome,
                   String lastError, int consecutiveFailures, long published, Instant createdAt) {

    /**
     * The longest polling interval a caller may ask for: 30 days. {@code Long.MAX_VALUE} was taken (probe of session
     * 38), and the schedule's arithmetic overflowed: after a failure the doubled interval wrapped negative and the feed
     * was polled at every tick, once a second, where "almost never" was asked for.
     */
    public static final long MAX_INTERVAL_SECONDS = 30L * 24 * 3600;

    public static Feed added(String id, String url, String name, long intervalSeconds, String origin, Instant now) {
        return new Feed(id, url, name, intervalSeconds, false, origin, null, null, null, null, null, null, 0, 0, now);
    }

    /** When this feed is next due: its interval after the last poll, doubled per failure up to 16x. */
    public Instant nextDue() {
        if (lastPolledAt == null) {
            return Instant.EPOCH;
        }
        long factor = 1L << Math.min(Math.max(consecutiveFailures, 0), 4);
        // A record from the table may hold any interval: past Instant's range the feed is due never, not at once.
        long wait = intervalSeconds > Long.MAX_VALUE / factor ? Long.MAX_VALUE : intervalSeconds * factor;
        if (wait >= Instant.MAX.getEpochSecond() - lastPolledAt.getEpochSecond()) {
            return Instant.MAX;
        }
        return lastPolledAt.plusSeconds(wait);
    }

    public Feed withUrl(String newUrl) {
        return new Feed(id, newUrl, name, intervalSeconds, paused, origin, etag, lastModified, lastPolledAt, lastSuccessAt,
                lastOutcome, lastError, consecutiveFailures, published, createdAt);
    }

    /** The feed as a caller who may not change it sees it: the URL, and any URL the last error quotes, cut to its origin. */
    /**
     * This feed as the API shows it: its name with what the request's one-line rule refuses written as escapes, and the
     * texts that come from outside (the last failure, the feed server's ETag and Last-Modified, the outcome) with every
     * invisible character so, as {@link #failed} writes a failure. A record read from the feeds topic never passed the
     * API's checks (written before them, or by whoever may write the topic): a name holding U+202E was listed as stored,
     * reversing what followed it for whoever read the list; and a header value is read as ISO-8859-1, so a feed server's
     * ETag could hold C1 controls (CSI opens a terminal's escape sequence) (review of session 45). What the API took reads
     * back as given; the stored record, and the ETag sent back to the server, are unchanged.
     */
    public Feed shown() {
        Feed shown = new Feed(id, url, TextFields.shownAsOneLine(name), intervalSeconds, paused, origin, InvisibleCharacters.escape(etag),
                InvisibleCharacters.escape(lastModified), lastPolledAt, lastSuccessAt, InvisibleCharacters.escape(lastOutcome),
                OutsideText.bounded(lastError), consecutiveFailures, published, createdAt);
        return shown.equals(this) ? this : shown;
    }

    public Feed originOnly() {
        return new Feed(id, UrlRedaction.origin(url), name, intervalSeconds, paused, origin, etag, lastModified, lastPolledAt,
                lastSuccessAt, lastOutcome, UrlRedaction.origins(lastError), consecutiveFailures, published, createdAt);
    }

    public Feed paused(boolean value) {
        return new Feed(id, url, name, intervalSeconds, value, origin, etag, lastModified, lastPolledAt, lastSuccessAt,
                lastOutcome, lastError, consecutiveFailures, published, createdAt);
    }

    public Feed edited(String newName, long newInterval) {
        return new Feed(id, url, newName, newInterval, paused, origin, etag, lastModified, lastPolledAt, lastSuccessAt,
                lastOutcome, lastError, consecutiveFailures, published, createdAt);
    }

    public Feed succeeded(Instant at, String outcome, String newEtag, String newLastModified, int newPages) {
        return new Feed(id, url, name, intervalSeconds, paused, origin, newEtag, newLastModified, at, at, outcome, null, 0,
                published + newPages, createdAt);
    }

    /**
     * The detail keeps no URL's query values or user information: it often quotes the URL that failed, which for a
     * paid feed carries its key, and unlike the URL it is stored and listed as it is. It quotes what the feed's server
     * sent too (a parser's message naming an element, an exception's text), so its invisible and bidirectional
     * characters are written as escapes, as a problem's detail writes the caller's (review of session 44), and it is cut as
     * every such text is ({@link OutsideText#bounded}): a parser's message quoting a feed's 8 KiB element was kept whole
     * (review of session 51).
     */
    public Feed failed(Instant at, String reason, String detail, int newPages) {
        return new Feed(id, url, name, intervalSeconds, paused, origin, etag, lastModified, at, lastSuccessAt, reason,
                detail == null ? null : OutsideText.bounded(UrlRedaction.redact(detail)),
                consecutiveFailures + 1, published + newPages, createdAt);
    }
}
