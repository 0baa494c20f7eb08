package dev.tumen.ingest.page;

import dev.tumen.common.http.TextFields;
import dev.tumen.common.net.AsciiUrls;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.model.text.OutsideText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one spelling of a URL that two pushes of the same page share: lower-case scheme and host, no
 * default port, no fragment, no tracking parameters, dot segments resolved, remaining query parameters
 * sorted. The page id is the hash of this spelling, so every rule here decides what counts as "the same page".
 */
public final class UrlCanonicalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "yclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl",
            "igshid", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "spm", "s_cid", "at_medium", "at_campaign",
            "_hsenc", "_hsmi", "mkt_tok", "vero_id", "oly_enc_id", "oly_anon_id", "rb_clickid", "wt_mc");

    private UrlCanonicalizer() {
    }

    /**
     * @throws IllegalArgumentException when {@code url} is not an absolute http(s) URL
     */
    public static String canonicalize(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("empty URL");
        }
        if (url.length() > TextFields.MAX_URL) {
            throw tooLong(url.length(), "");
        }
        URI uri;
        try {
            uri = new URI(AsciiUrls.of(url.trim()).replace(" ", "%20"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + OutsideText.quote(url));
        }
        if (uri.getRawAuthority() == null || uri.getHost() == null) {
            java.net.InetAddress numeric = OutboundGuard.numericAuthority(uri.getRawAuthority());
            if (numeric != null) {
                throw new NumericHost(OutboundGuard.ambiguous(uri.getRawAuthority().replaceFirst(":[0-9]*$", ""), numeric));
            }
            throw new IllegalArgumentException("URL has no host: " + OutsideText.quote(url));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if (port == 0 || port > 65_535) {
            // java.net.URI takes any digits; no connection can use such a port, so it names no page.
            throw new IllegalArgumentException("no such port: " + port);
        }
        if (port == 80 && scheme.equals("http") || port == 443 && scheme.equals("https")) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : normalizePath(uri.getRawPath());
        String query = canonicalQuery(uri.getRawQuery());
        StringBuilder out = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            out.append(':').append(port);
        }
        out.append(upperCaseEscapes(path));
        if (query != null) {
            out.append('?').append(upperCaseEscapes(query));
        }
        if (out.length() > TextFields.MAX_URL) {
            // The caller's URL fit the published maxLength, which counts characters as given: say what was counted.
            throw tooLong(out.length(), " once percent-encoded");
        }
        return out.toString();
    }

    /**
     * A URL whose host is an address spelled as a number {@link URI} cannot read as a host ({@code http://127.1/},
     * {@code http://10.0.0.1./}): the outbound guard refuses it as an address, so a fetch answers 403
     * {@code forbidden-address} as for any other spelling of one, not 400 "URL has no host" (probe of session 27).
     */
    public static final class NumericHost extends IllegalArgumentException {
        NumericHost(String message) {
            super(message);
        }
    }

    /** How the URL fields' descriptions say the limit, as the canonical form counts it (PushIT reads it back). */
    public static final String LENGTH_RULE = "at most 2,048 characters once its non-ASCII characters are percent-encoded (UTF-8): a longer one is refused (400 invalid-url)";

    private static IllegalArgumentException tooLong(int length, String counted) {
        return new IllegalArgumentException("longer than " + TextFields.MAX_URL + " characters" + counted + " (" + length + ")");
    }

    /**
     * Whether the URL carries credentials ({@code user:password@}). The canonical form leaves them out, as a page's
     * identity should; a URL to be fetched or followed with them is refused instead, so they are never dropped silently.
     */
    public static boolean hasUserInfo(String url) {
        if (url == null) {
            return false;
        }
        try {
            URI uri = new URI(AsciiUrls.of(url.trim()).replace(" ", "%20"));
            return uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Like {@link #canonicalize} but {@code null} instead of an exception. */
    public static String canonicalOrNull(String url) {
        try {
            return url == null ? null : canonicalize(url);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isTracking(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("utm_") || n.startsWith("__utm") || TRACKING.contains(n);
    }

    private static String normalizePath(String rawPath) {
        try {
            // Resolves "." and ".." on the raw (still escaped) path; a dummy authority keeps it absolute.
            String normalized = new URI("http://h" + rawPath).normalize().getRawPath();
            // java.net.URI keeps ".." segments that climb above the root ("/../../ok"); RFC 3986 (and every browser)
            // drops them, so a redirect to http://h/../../ok named the page /ok under a second id (probe of session 29).
            while (normalized != null && (normalized.startsWith("/../") || normalized.equals("/.."))) {
                normalized = normalized.substring(3);
            }
            return normalized == null || normalized.isEmpty() ? "/" : normalized;
        } catch (URISyntaxException e) {
            return rawPath;
        }
    }

    private static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!isTracking(name)) {
                kept.add(pair);
            }
        }
        if (kept.isEmpty()) {
            return null;
        }
        // Sorted so that ?a=1&b=2 and ?b=2&a=1 are one page; stable, so repeated names keep their order.
        kept.sort((x, y) -> name(x).compareTo(name(y)));
        return String.join("&", kept);
    }

    private static String name(String pair) {
        int eq = pair.indexOf('=');
        return eq < 0 ? pair : pair.substring(0, eq);
    }

    private static String upperCaseEscapes(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                b.append('%').append(Character.toUpperCase(s.charAt(i + 1))).append(Character.toUpperCase(s.charAt(i + 2)));
                i += 2;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
