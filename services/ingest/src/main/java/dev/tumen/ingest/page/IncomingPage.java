package dev.tumen.ingest.page;

import java.time.Instant;

/**
 * A page as a source handed it over, before canonicalisation and duplicate checks.
 *
 * @param url         the URL it was pushed/fetched as, or {@code null}
 * @param content     the page as text
 * @param contentType {@code text/html}, {@code text/plain} or {@code null} to guess
 * @param source      feed name, outlet, file path or {@code push}
 * @param channel     {@code push}, {@code fetch}, {@code feed} or {@code file}
 * @param title       a title hint, or {@code null}
 * @param published   claimed publication time, or {@code null}
 */
public record IncomingPage(String url, String content, String contentType, String source, String channel, String title,
                           Instant published) {
}
