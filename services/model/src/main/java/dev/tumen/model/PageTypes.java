package dev.tumen.model;

import java.util.regex.Pattern;

/**
 * The guess of a page's type ({@code text/html} or {@code text/plain}) when its sender declared none. One rule for
 * every reader of {@link PageReceived#contentType()}'s inputs, so that ingest's push and the classifier's
 * {@code /classify} read the same untyped page the same way.
 */
public final class PageTypes {
    public static final String HTML = "text/html";
    public static final String TEXT = "text/plain";

    /**
     * A document ({@code <!doctype html>}, {@code <html>}, {@code <head>}, {@code <body>}) or a fragment opening with an
     * element that plain text almost never opens with ({@code <p>}, {@code <article>}, {@code <h1>}, …), after any
     * comments. {@code <3}, {@code a < b} or {@code <Putin>} stay text.
     */
    private static final Pattern LOOKS_HTML = Pattern.compile("(?is)^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html\\b|(?:html|head|body"
            + "|p|div|article|section|main|header|h[1-6]|ul|ol|table|figure|blockquote|span|a|b|i|em|strong|br|hr|img|title|meta|link"
            + "|style|script)(?:\\s[^<>]*)?/?>)");
    private static final int HEAD_CHARS = 4096;

    private PageTypes() {
    }

    /** Whether an untyped page is HTML, from its first few kilobytes. */
    public static boolean looksLikeHtml(String content) {
        if (content == null) {
            return false;
        }
        return LOOKS_HTML.matcher(content.length() > HEAD_CHARS ? content.substring(0, HEAD_CHARS) : content).find();
    }

    /**
     * A declared type read the way every entry point reads it: {@link #HTML}, {@link #TEXT}, or {@code null} for a type
     * Tumen does not label (each caller refuses that with its own 415). Parameters ({@code ; charset=…}) are ignored.
     */
    public static String declared(String declared) {
        String base = declared.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        return switch (base) {
            case "text/html", "application/xhtml+xml", "html" -> HTML;
            case "text/plain", "text", "plain" -> TEXT;
            default -> null;
        };
    }

    /** {@link #HTML} or {@link #TEXT} for an untyped page. */
    public static String guess(String content) {
        return looksLikeHtml(content) ? HTML : TEXT;
    }
}
