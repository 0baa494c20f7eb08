package dev.tumen.alert.delivery;

import dev.tumen.model.text.InvisibleCharacters;
import dev.tumen.model.Category;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders an {@link Alert} in a subscription's channel format: generic JSON, Slack or Discord. */
public final class Payloads {
    public static final List<String> FORMATS = List.of("json", "slack", "discord");

    private Payloads() {
    }

    public static String render(String format, Alert alert) {
        return switch (format) {
            case "slack" -> Json.string(slack(alert));
            case "discord" -> Json.string(discord(alert));
            default -> Json.string(alert);
        };
    }

    /**
     * Renders one article's alerts for many subscribers, byte for byte as {@link #render} would: the article's JSON is
     * written once, not once per subscriber, and a chat message (which names no subscriber) once per kind of alert.
     * With a thousand subscriptions and ten per article, rendering was a tenth of the articles loop's time. One per
     * article, on one thread.
     */
    public static final class PerArticle {
        private final Alert.ArticleView article;
        private final Alert.StoryRef story;
        private final java.time.Instant timestamp;
        private RawValue articleJson;
        private final Map<String, String> chat = new java.util.HashMap<>();
        private final Map<String, String[]> json = new java.util.HashMap<>();

        public PerArticle(Alert.ArticleView article, Alert.StoryRef story, java.time.Instant timestamp) {
            this.article = article;
            this.story = story;
            this.timestamp = timestamp;
        }

        /** The alert itself, as {@link Payloads#render} takes it. */
        Alert alert(String subscriptionId, String type, Alert.Escalation escalation) {
            return new Alert(type, timestamp, new Alert.Data(subscriptionId, article, story, escalation));
        }

        public String render(String format, String subscriptionId, String type, Alert.Escalation escalation) {
            if (format.equals("slack") || format.equals("discord")) {
                String key = format + "|" + type + "|" + (escalation == null ? "" : escalation.from() + ">" + escalation.to());
                return chat.computeIfAbsent(key, k -> Payloads.render(format, alert(subscriptionId, type, escalation)));
            }
            if (articleJson == null) {
                articleJson = new RawValue(Json.string(article));
            }
            // Everything but the subscriber is the same for every alert of a kind: written once around a marker, then
            // each body is the two halves around the subscriber's id. The marker is the first string of the body
            // after the type and the time, so the first place it appears is where it was put, whatever the article says.
            String[] halves = json.computeIfAbsent(type + "|" + (escalation == null ? "" : escalation.from() + ">" + escalation.to()), k -> {
                String template = Json.string(new Wire(type, timestamp, new WireData(MARKER, articleJson, story, escalation)));
                int at = template.indexOf(MARKER_JSON);
                return new String[] {template.substring(0, at), template.substring(at + MARKER_JSON.length())};
            });
            return halves[0] + Json.string(subscriptionId) + halves[1];
        }
    }

    private static final String MARKER = "\u0000subscription\u0000";
    private static final String MARKER_JSON = Json.string(MARKER);

    /** {@link Alert} with its article already rendered: the same fields in the same order. */
    private record Wire(String type, java.time.Instant timestamp, WireData data) {
    }

    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    private record WireData(String subscriptionId, RawValue article, Alert.StoryRef story, Alert.Escalation escalation) {
    }

    /** Slack incoming-webhook message: {@code text} is the notification fallback, {@code blocks} the layout. */
    static Map<String, Object> slack(Alert alert) {
        Alert.ArticleView a = alert.data().article();
        String headline = headline(alert);
        List<Object> blocks = new ArrayList<>();
        // Cut before escaping, and the title inside its link: cutting the escaped text at 3,000 characters cut a long title
        // inside the <url|title> link or an &amp; in half, and Slack showed the markup (probe of session 33).
        String prefix = badge(alert) + " *";
        int room = SLACK_TEXT - prefix.length() - 1;
        String url = a.url() == null ? null : a.url().replace("<", "%3C").replace(">", "%3E").replace("|", "%7C");
        String link = url != null && url.length() + 3 + MIN_LINKED_TITLE <= room
                ? "<" + url + "|" + fitSlack(title(a), room - url.length() - 3) + ">" : fitSlack(title(a), room);
        blocks.add(Map.of("type", "section", "text", mrkdwn(prefix + link + "*")));
        if (!a.evidence().isEmpty()) {
            String quote = a.evidence().stream().limit(3).map(e -> "> " + fitSlack(shown(e), SLACK_TEXT / 3 - 3)).collect(Collectors.joining("\n"));
            blocks.add(Map.of("type", "section", "text", mrkdwn(quote)));
        }
        blocks.add(Map.of("type", "context", "elements", List.of(mrkdwn(fitSlack(facts(alert), SLACK_TEXT)))));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", fitSlack(headline, SLACK_TEXT));
        body.put("blocks", blocks);
        return body;
    }

    /**
     * A Slack mrkdwn text object taken as written: {@code verbatim} off (Slack's default), Slack turns a page's bare
     * {@code @channel}, {@code @here}, {@code #channel} and URLs into mentions and links of its own, so a title
     * {@code @channel Kim is dead https://phish.example} notified the whole channel and linked the phish (review of
     * session 45). Explicit markup ({@code <url|title>}) still renders; a page's {@code <}, {@code >} and {@code &}
     * are escaped ({@link #escapeSlack}), so its {@code <!everyone>} is text.
     */
    private static Map<String, Object> mrkdwn(String text) {
        return Map.of("type", "mrkdwn", "text", text, "verbatim", true);
    }

    /**
     * Discord webhook message: {@code content} plus one embed, within Discord's field limits. Every text of the page's own
     * is escaped ({@link #escapeDiscord}) and cut before escaping, never between a backslash and its character: the embed's
     * title was cut but not escaped, so a page titled {@code **Kim** ~~dead~~} showed bold and struck through, and the
     * other texts were cut after escaping, so a cut could fall after an escaping backslash (probe of session 34). Line
     * breaks in them are spaces: a line of the page's own could open as a list item or a heading.
     */
    static Map<String, Object> discord(Alert alert) {
        Alert.ArticleView a = alert.data().article();
        Map<String, Object> embed = new LinkedHashMap<>();
        embed.put("title", fitDiscord(title(a), 256));
        if (a.url() != null) {
            embed.put("url", a.url());
        }
        if (!a.evidence().isEmpty()) {
            // Three quotes of at most 1,365 characters each, the line breaks between them: within the description's 4,096.
            embed.put("description", a.evidence().stream().limit(3).map(e -> "> " + fitDiscord(shown(e), DISCORD_DESCRIPTION / 3 - 3))
                    .collect(Collectors.joining("\n")));
        }
        embed.put("color", color(a.severity()));
        List<Map<String, Object>> fields = new ArrayList<>();
        fields.add(field("Severity", severityText(alert)));
        if (!a.categories().isEmpty()) {
            fields.add(field("Categories", a.categories().stream().map(Category::wire).collect(Collectors.joining(", "))));
        }
        fields.add(field("Outlets", Integer.toString(alert.data().story().outlets())));
        if (a.source() != null) {
            fields.add(field("Source", fitDiscord(shown(a.source()), 1024)));
        }
        embed.put("fields", fields);
        if (a.published() != null) {
            embed.put("timestamp", a.published().toString());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        String badge = badge(alert) + " ";
        body.put("content", badge + fitDiscord(title(a), 2000 - badge.length()));
        body.put("embeds", List.of(embed));
        body.put("allowed_mentions", Map.of("parse", List.of()));
        return body;
    }

    /** The most characters of an embed's description. */
    static final int DISCORD_DESCRIPTION = 4096;

    /** {@code raw} on one line, escaped for Discord in at most {@code max} characters, cut before escaping. */
    static String fitDiscord(String raw, int max) {
        return fit(LINE_BREAKS.matcher(raw).replaceAll(" "), max, Payloads::escapeDiscord);
    }

    private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("\\R");

    static String headline(Alert alert) {
        return badge(alert) + " " + title(alert.data().article());
    }

    private static String badge(Alert alert) {
        Alert.Escalation e = alert.data().escalation();
        return e == null ? "[" + e(alert.data().article().severity()) + "]"
                : "[ESCALATED " + e(e.from()) + " → " + e(e.to()) + "]";
    }

    private static String severityText(Alert alert) {
        Alert.Escalation e = alert.data().escalation();
        return e == null ? alert.data().article().severity().wire() : e.from().wire() + " → " + e.to().wire();
    }

    private static String facts(Alert alert) {
        Alert.ArticleView a = alert.data().article();
        List<String> parts = new ArrayList<>();
        parts.add("severity: " + severityText(alert));
        if (!a.categories().isEmpty()) {
            parts.add("categories: " + a.categories().stream().map(Category::wire).collect(Collectors.joining(", ")));
        }
        int outlets = alert.data().story().outlets();
        parts.add(outlets + (outlets == 1 ? " outlet" : " outlets"));
        if (a.source() != null) {
            parts.add("source: " + shown(a.source()));
        }
        return String.join(" · ", parts);
    }

    private static String e(Severity s) {
        return s.wire().toUpperCase(java.util.Locale.ROOT);
    }

    private static String title(Alert.ArticleView a) {
        return a.title() == null || a.title().isBlank() ? "(untitled)" : shown(a.title());
    }

    /**
     * A page's own text as a chat message shows it to people: on one line, every control, bidirectional override or
     * isolate and invisible character written as its escape ({@link InvisibleCharacters#escapeInText}; joiners and soft
     * hyphens stay, being writing). Each such text ended its line or block, so an override reordered only the site's own
     * words (the thirteenth review), but those words are shown as Tumen's alert: a title ending {@code U+202E}
     * {@code moc.elgoog} reads as {@code google.com} (review of session 45).
     */
    static String shown(String pageText) {
        return InvisibleCharacters.escapeInText(LINE_BREAKS.matcher(pageText).replaceAll(" "));
    }

    private static int color(Severity s) {
        return switch (s) {
            case CRITICAL -> 0xD32F2F;
            case HIGH -> 0xF57C00;
            case MEDIUM -> 0xFBC02D;
            default -> 0x1976D2;
        };
    }

    private static Map<String, Object> field(String name, String value) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", name);
        f.put("value", truncate(value, 1024));
        f.put("inline", true);
        return f;
    }

    /**
     * Discord renders markdown in a webhook's content, an embed's description and its field values: a page titled
     * {@code [Kim is dead](https://phish.example)} would become a link the channel trusts as Tumen's, and {@code ||},
     * {@code #} or a code fence would reshape the message. Every markdown character of the page's own text is escaped
     * with a backslash, which Discord shows as the bare character. Mentions are already off ({@code allowed_mentions}).
     */
    static String escapeDiscord(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\*_~`|<>[]()#-:".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Slack mrkdwn control characters, per Slack's formatting guide. */
    static String escapeSlack(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The most characters a Slack text object or message text takes here (a section's text: 3,000). */
    static final int SLACK_TEXT = 3000;
    /** A link whose URL leaves less room than this for its title is left out: the title goes alone. */
    private static final int MIN_LINKED_TITLE = 16;

    /**
     * {@code raw} escaped for Slack in at most {@code max} characters: cut before escaping (never inside an entity such as
     * {@code &amp;}, never half of a surrogate pair), with an ellipsis when cut.
     */
    static String fitSlack(String raw, int max) {
        return fit(raw, max, Payloads::escapeSlack);
    }

    /**
     * {@code raw} escaped in at most {@code max} characters: cut before escaping (never inside an escape, never half of a
     * surrogate pair), with an ellipsis when cut.
     */
    private static String fit(String raw, int max, java.util.function.UnaryOperator<String> escape) {
        String escaped = escape.apply(raw);
        if (escaped.length() <= max) {
            return escaped;
        }
        int lo = 0;
        int hi = Math.min(raw.length(), max);
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (escape.apply(cut(raw, mid)).length() + 1 <= max) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return escape.apply(cut(raw, lo)) + "…";
    }

    /** The first {@code n} characters of {@code s}, one fewer if the last would be half of a surrogate pair. */
    private static String cut(String s, int n) {
        return s.substring(0, n > 0 && Character.isHighSurrogate(s.charAt(n - 1)) ? n - 1 : n);
    }

    /** At most {@code max} characters, never half of a surrogate pair (which would reach the receiver as an invalid character). */
    static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 2)) ? max - 2 : max - 1;
        return s.substring(0, end) + "…";
    }
}
