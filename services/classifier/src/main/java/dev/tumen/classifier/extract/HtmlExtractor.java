package dev.tumen.classifier.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.model.Json;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML article extraction: metadata from JSON-LD ({@code NewsArticle}), OpenGraph, {@code <time>} and
 * {@code rel=canonical}; the body from the best-scoring block (much paragraph text, few links, class/id hints
 * such as {@code article}, {@code itemprop=articleBody} for, {@code nav}, {@code related}, {@code comment} against).
 * Kept apart from the plain-text path so it can be tuned against an extraction benchmark on its own. Thread-safe.
 */
public final class HtmlExtractor {
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|story|content|entry|post|main|body|text|news");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)nav|menu|footer|header|comment|share|social|related|sidebar|promo|cookie|consent|banner|advert|\\bad\\b|ads|"
                    + "popular|trending|recommend|subscribe|newsletter|widget|breadcrumb|tags|more-|outbrain|taboola");
    private static final String DROP = "script,style,noscript,template,svg,iframe,form,nav,footer,aside,header:not(article header),"
            + "button,select,input,[aria-hidden=true],[hidden]";

    /** Title, body, dateline and canonical URL of an HTML page. */
    public record Result(String title, String body, Instant published, String canonicalUrl, String htmlLang) {
    }

    public Result extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        String title = "";
        Instant published = null;
        for (Element ld : doc.select("script[type=application/ld+json]")) {
            JsonNode article = findArticle(readJson(ld.data()));
            if (article != null) {
                title = text(article.get("headline"));
                published = instant(text(article.get("datePublished")));
                break;
            }
        }
        if (title.isEmpty()) {
            title = doc.select("meta[property=og:title]").attr("content").strip();
        }
        if (title.isEmpty()) {
            Element h1 = doc.selectFirst("h1");
            title = h1 != null ? h1.text().strip() : doc.title().strip();
        }
        if (published == null) {
            published = instant(doc.select("meta[property=article:published_time]").attr("content"));
        }
        if (published == null) {
            Element time = doc.selectFirst("time[datetime]");
            published = time == null ? null : instant(time.attr("datetime"));
        }
        String canonical = doc.select("link[rel=canonical]").attr("abs:href");
        if (canonical.isBlank()) {
            canonical = doc.select("meta[property=og:url]").attr("content");
        }
        String lang = doc.select("html").attr("lang");

        doc.select(DROP).remove();
        Element best = bestBlock(doc);
        List<String> paragraphs = new ArrayList<>();
        if (best != null) {
            Elements blocks = best.select("p, h2, h3, h4, li, blockquote");
            for (Element b : blocks) {
                if (insideNegative(b, best)) {
                    continue;
                }
                String t = b.text().strip();
                if (!t.isEmpty() && (b.tagName().equals("p") || LineRules.tokens(t) >= 5) && linkDensity(b) < 0.5) {
                    paragraphs.add(t);
                }
            }
            if (paragraphs.isEmpty()) {
                paragraphs.add(best.text());
            }
        }
        if (!title.isEmpty() && !paragraphs.isEmpty() && LineRules.normalise(paragraphs.get(0)).equals(LineRules.normalise(title))) {
            paragraphs.remove(0);
        }
        return new Result(title, String.join("\n\n", new LinkedHashSet<>(paragraphs)), published,
                canonical.isBlank() ? null : canonical, lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT));
    }

    /** A paragraph in a "related" or "share" box nested inside the article block is not article text. */
    private static boolean insideNegative(Element e, Element block) {
        for (Element a = e; a != null && a != block; a = a.parent()) {
            if (negative(a)) {
                return true;
            }
        }
        return false;
    }

    /** The element whose paragraphs carry the most text once link text and negative hints are discounted. */
    private static Element bestBlock(Document doc) {
        Element explicit = doc.selectFirst("[itemprop=articleBody]");
        if (explicit != null && explicit.text().length() > 200) {
            return explicit;
        }
        Element best = null;
        double bestScore = 0;
        for (Element candidate : doc.select("article, main, div, section, td")) {
            double score = 0;
            for (Element p : candidate.children()) {
                if (p.tagName().equals("p") || p.tagName().equals("blockquote")) {
                    int len = p.text().length();
                    score += len > 40 ? len : len / 4.0;
                }
            }
            if (score == 0) {
                continue;
            }
            score *= 1 - linkDensity(candidate);
            String hint = candidate.className() + " " + candidate.id();
            if (candidate.tagName().equals("article") || candidate.tagName().equals("main") || POSITIVE.matcher(hint).find()) {
                score *= 1.3;
            }
            if (negative(candidate)) {
                score *= 0.2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best != null ? best : doc.body();
    }

    private static boolean negative(Element e) {
        return NEGATIVE.matcher(e.className() + " " + e.id()).find();
    }

    private static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) total);
    }

    private static JsonNode readJson(String data) {
        try {
            return Json.mapper().readTree(data);
        } catch (Exception e) {
            return null;
        }
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode found = findArticle(n);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = text(node.get("@type"));
        return type.contains("Article") || type.contains("Posting") ? node : null;
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return "";
        }
        if (n.isArray()) {
            return n.size() == 0 ? "" : text(n.get(0));
        }
        return n.asText("").strip();
    }

    private static Instant instant(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return DateFinder.find(s);
        }
    }
}
