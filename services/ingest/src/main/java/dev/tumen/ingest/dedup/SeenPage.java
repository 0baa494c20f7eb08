package dev.tumen.ingest.dedup;

import java.time.Instant;

/**
 * The fact "this page was published", one record per page in the compacted seen-pages topic, key =
 * {@link #id()}. Every ingest instance reads the whole topic at start-up and keeps tailing it, so "once
 * each" holds across restarts and instances without a local database.
 *
 * @param id          the page id ({@code PageReceived.id})
 * @param contentHash hex SHA-256 of the content ({@code PageReceived.contentHash})
 * @param url         the canonical URL, or {@code null}
 * @param at          when it was published
 */
public record SeenPage(String id, String contentHash, String url, Instant at) {
}
