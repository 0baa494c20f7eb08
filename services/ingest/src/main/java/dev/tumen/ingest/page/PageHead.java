package dev.tumen.ingest.page;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What ingest reads from an HTML page's head: its declared canonical URL ({@code rel=canonical}, else
 * {@code og:url}) and its title. Only the head is parsed: a 30 KB body costs nothing then.
 *
 * @param canonical the declared canonical URL, resolved and canonicalised, or {@code null}
 * @param title     the {@code <title>} text, or {@code null}
 */
public record PageHead(String canonical, String title) {
    private static final int MAX_HEAD_CHARS = 64 * 1024;

    public static PageHead parse(String html, String baseUrl) {
        String head = headOf(html);
        Document doc = Jsoup.parse(head, baseUrl == null ? "" : baseUrl);
        String canonical = null;
        Element link = doc.selectFirst("link[rel~=(?i)^canonical$][href]");
        if (link != null) {
            canonical = UrlCanonicalizer.canonicalOrNull(link.absUrl("href").isEmpty() ? link.attr("href") : link.absUrl("href"));
        }
        if (canonical == null) {
            Element og = doc.selectFirst("meta[property=og:url][content]");
            if (og != null) {
                canonical = UrlCanonicalizer.canonicalOrNull(og.absUrl("content").isEmpty() ? og.attr("content") : og.absUrl("content"));
            }
        }
        String title = doc.title();
        return new PageHead(canonical, title == null || title.isBlank() ? null : title.strip());
    }

    /**
     * The URL a page is known by: its declared canonical only when it stays within the transport URL's registrable
     * domain (public-suffix aware, through crawler-commons' copy of the Public Suffix List), else the transport URL.
     * A page without a transport URL (a push without one, a feed entry without a link, a file) has nothing to vouch
     * for its canonical, so it is known by no URL at all and deduplicated by content only: otherwise anyone could
     * claim any site's URL and suppress the genuine page as a duplicate.
     */
    public static String choose(String transportUrl, String declaredCanonical) {
        if (transportUrl == null) {
            return null;
        }
        if (declaredCanonical == null) {
            return transportUrl;
        }
        return sameSite(transportUrl, declaredCanonical) ? declaredCanonical : transportUrl;
    }

    static boolean sameSite(String a, String b) {
        String ha = host(a);
        String hb = host(b);
        if (ha == null || hb == null) {
            return false;
        }
        if (ha.equals(hb)) {
            return true;
        }
        String da = EffectiveTldFinder.getAssignedDomain(ha, true, false);
        String db = EffectiveTldFinder.getAssignedDomain(hb, true, false);
        return da != null && da.equals(db);
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String headOf(String html) {
        int end = indexOfIgnoreCase(html, "</head>", MAX_HEAD_CHARS);
        if (end >= 0) {
            return html.substring(0, end + 7);
        }
        return html.length() > MAX_HEAD_CHARS ? html.substring(0, MAX_HEAD_CHARS) : html;
    }

    private static int indexOfIgnoreCase(String s, String needle, int limit) {
        int max = Math.min(s.length(), limit) - needle.length();
        for (int i = 0; i <= max; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
