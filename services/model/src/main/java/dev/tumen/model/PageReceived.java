package dev.tumen.model;

import java.time.Instant;

/**
 * A raw page as ingest received it, published once per distinct page to {@link Topics#PAGES}.
 * Key: {@link #id()}.
 *
 * @param id          stable page id: hex SHA-256 (first 32 hex chars) of the canonical URL, or of the
 *                    content when the page has no URL
 * @param url         canonical URL (fragment and tracking parameters removed), or {@code null} when unknown
 * @param source      where the page came from: a feed name, an outlet, {@code push} or a file path
 * @param channel     how it arrived: {@code push}, {@code fetch}, {@code feed} or {@code file}
 * @param contentType media type of {@link #content()}: {@code text/html} or {@code text/plain}
 * @param content     the page as text, already decoded from its charset; page chrome included
 * @param title       a title hint from the source (feed entry, pusher), or {@code null}
 * @param published   publication time claimed by the source, or {@code null}
 * @param receivedAt  when ingest accepted the page; the start of the latency clock
 * @param contentHash hex SHA-256 of {@link #content()}, for duplicate detection
 */
public record PageReceived(
        String id,
        String url,
        String source,
        String channel,
        String contentType,
        String content,
        String title,
        Instant published,
        Instant receivedAt,
        String contentHash) {
}
