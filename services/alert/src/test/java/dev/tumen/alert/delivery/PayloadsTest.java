package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.alert.Fixtures;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.Severity;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PayloadsTest {
    private final ArticleLabelled article = Fixtures.article("a1", Severity.CRITICAL, "00000000000000ff", "https://x.example/a?b=<c>");
    private final Alert created = new Alert("alert.created", Instant.parse("2025-01-01T00:00:00Z"),
            new Alert.Data("sub_1", Alert.ArticleView.of(article), new Alert.StoryRef("story_a1", 3), null));
    private final Alert escalated = new Alert("alert.escalated", Instant.parse("2025-01-01T00:00:00Z"),
            new Alert.Data("sub_1", Alert.ArticleView.of(article), new Alert.StoryRef("story_a1", 3),
                    new Alert.Escalation(Severity.HIGH, Severity.CRITICAL)));

    private static JsonNode json(String s) throws Exception {
        return Json.mapper().readTree(s);
    }

    @Test
    void genericJsonHasTheStandardWebhooksShape() throws Exception {
        JsonNode n = json(Payloads.render("json", created));
        assertEquals("alert.created", n.get("type").asText());
        assertEquals("2025-01-01T00:00:00Z", n.get("timestamp").asText());
        JsonNode a = n.get("data").get("article");
        for (String field : new String[] {"id", "url", "title", "lang", "source", "published", "severity", "relevance", "categories",
                "actors", "evidence", "fingerprint", "model"}) {
            assertTrue(a.has(field), field);
        }
        assertFalse(a.has("body"));
        assertEquals("critical", a.get("severity").asText());
        assertEquals(3, n.get("data").get("story").get("outlets").asInt());
        assertFalse(n.get("data").has("escalation"));
        JsonNode e = json(Payloads.render("json", escalated)).get("data").get("escalation");
        assertEquals("high", e.get("from").asText());
        assertEquals("critical", e.get("to").asText());
    }

    @Test
    void slackHasTextAndBlocks() throws Exception {
        JsonNode n = json(Payloads.render("slack", escalated));
        assertTrue(n.get("text").asText().contains("ESCALATED HIGH → CRITICAL"));
        assertTrue(n.get("blocks").isArray());
        assertEquals("section", n.get("blocks").get(0).get("type").asText());
        assertTrue(n.get("blocks").get(0).get("text").get("text").asText().contains("b=%3Cc%3E|"), "URL brackets cannot end the mrkdwn link early");
    }

    @Test
    void discordHasContentAndAnEmbedWithinLimits() throws Exception {
        JsonNode n = json(Payloads.render("discord", created));
        assertTrue(n.get("content").asText().startsWith("[CRITICAL]"));
        JsonNode embed = n.get("embeds").get(0);
        assertEquals(article.title(), embed.get("title").asText());
        assertEquals(0xD32F2F, embed.get("color").asInt());
        assertTrue(embed.get("fields").size() >= 3);
        assertTrue(n.get("allowed_mentions").get("parse").isEmpty(), "an article must never ping @everyone");
    }
    /**
     * Review of session 45: a page's title, source and evidence are outside content shown to people as the alert's own.
     * Slack's mrkdwn objects were not verbatim, so Slack turned a title's bare {@code @channel}, {@code @here} and URLs
     * into mentions and links; and a bidirectional override, an isolate or an invisible character went into every chat
     * message as the page held it ({@code U+202E moc.elgoog} reads as {@code google.com}). Now every mrkdwn object is
     * verbatim, and those characters are written as escapes in Slack and Discord alike; joiners (an emoji family, Persian)
     * and soft hyphens stay.
     */
    @Test
    void aPageCannotMentionReorderOrHideTextInAChatMessage() throws Exception {
        String family = "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67";
        String hostile = "@channel @here <!everyone> Kim is dead https://phish.example [Kim](https://phish.example) "
                + "\u202emoc.elgoog\u2066x\u200b " + family + " Ma\u00adrine";
        Alert.ArticleView a = Alert.ArticleView.of(Fixtures.article("a4", Severity.HIGH, "00000000000000fc", "https://x.example/a4"));
        Alert alert = new Alert("alert.created", Instant.parse("2025-01-01T00:00:00Z"),
                new Alert.Data("sub_1", new Alert.ArticleView(a.id(), a.url(), hostile, a.lang(), "TASS\u202e", a.published(), a.severity(),
                        a.relevance(), a.categories(), a.actors(), java.util.List.of("quoted \u2067evidence"), a.fingerprint(), a.model(),
                        a.receivedAt(), a.labelledAt()), new Alert.StoryRef("story_a4", 1), null));

        JsonNode slack = json(Payloads.render("slack", alert));
        java.util.List<JsonNode> mrkdwn = new java.util.ArrayList<>(slack.findParents("type").stream()
                .filter(o -> o.get("type").asText().equals("mrkdwn")).toList());
        assertEquals(3, mrkdwn.size(), slack.toString());
        for (JsonNode o : mrkdwn) {
            assertTrue(o.path("verbatim").asBoolean(), "Slack would parse mentions and bare links in " + o);
        }
        String discord = Payloads.render("discord", alert);
        for (String shown : java.util.List.of(slack.toString(), json(discord).toString())) {
            for (String hidden : java.util.List.of("\u202e", "\u2066", "\u2067", "\u200b")) {
                assertFalse(shown.contains(hidden), "U+" + Integer.toHexString(hidden.charAt(0)) + " as the page held it: " + shown);
            }
            assertTrue(shown.contains("\\\\u202emoc.elgoog") && shown.contains("u2066x") && shown.contains("u200b "), shown);
            assertTrue(shown.contains(family) && shown.contains("Ma\u00adrine"), "joiners and soft hyphens are writing: " + shown);
            assertFalse(shown.contains("<!everyone>"), shown);
        }
        assertTrue(json(discord).get("allowed_mentions").get("parse").isEmpty());
    }

    @Test
    void aPageCannotPutMarkdownIntoADiscordMessage() throws Exception {
        String hostile = "[Kim is dead](https://phish.example) ||hidden|| # big `code` **bold** <#1> \\[";
        Alert.ArticleView a = Alert.ArticleView.of(Fixtures.article("a2", Severity.HIGH, "00000000000000fe", "https://x.example/a2", hostile));
        Alert alert = new Alert("alert.created", Instant.parse("2025-01-01T00:00:00Z"),
                new Alert.Data("sub_1", new Alert.ArticleView(a.id(), a.url(), hostile, a.lang(), hostile, a.published(), a.severity(),
                        a.relevance(), a.categories(), a.actors(), java.util.List.of(hostile), a.fingerprint(), a.model(), a.receivedAt(), a.labelledAt()),
                        new Alert.StoryRef("story_a2", 1), null));
        JsonNode n = json(Payloads.render("discord", alert));
        JsonNode embed = n.get("embeds").get(0);
        String content = n.get("content").asText();
        assertTrue(content.startsWith("[HIGH] "), content);
        // The embed's title too: it was cut but not escaped (the seventh review's note).
        for (String rendered : new String[] {content.substring("[HIGH] ".length()), embed.get("description").asText().substring(2),
                embed.get("title").asText(),
                embed.get("fields").findValues("value").stream().map(JsonNode::asText).filter(v -> v.contains("Kim")).findFirst().orElseThrow()}) {
            for (int i = 0; i < rendered.length(); i++) {
                if ("*_~`|<>[]()#-:".indexOf(rendered.charAt(i)) >= 0) {
                    assertEquals('\\', rendered.charAt(i - 1), "unescaped '" + rendered.charAt(i) + "' at " + i + " of " + rendered);
                }
            }
            assertEquals(hostile, rendered.replaceAll("\\\\(.)", "$1"), "escaping only adds backslashes");
        }
    }

    /**
     * Discord's texts were cut after escaping, so a cut could leave an escaping backslash last (it then escaped the
     * ellipsis, and its character was gone), and a line break in a page's text could open a line of markdown (a list
     * item, a heading) of its own (probe of session 34). Each text is now one line, cut before escaping, within its limit.
     */
    @Test
    void discordCutsItsTextsBeforeEscapingAndKeepsThemOnOneLine() throws Exception {
        for (String hostile : new String[] {"*".repeat(300), "a" + "_".repeat(3000), "T".repeat(255) + "*", "x\n# heading\r\n1. item\u2028- dash"}) {
            Alert.ArticleView a = Alert.ArticleView.of(Fixtures.article("a3", Severity.HIGH, "00000000000000fd", "https://x.example/a3"));
            Alert alert = new Alert("alert.created", Instant.parse("2025-01-01T00:00:00Z"),
                    new Alert.Data("sub_1", new Alert.ArticleView(a.id(), a.url(), hostile, a.lang(), hostile, a.published(), a.severity(),
                            a.relevance(), a.categories(), a.actors(), java.util.List.of(hostile, hostile, hostile, hostile), a.fingerprint(),
                            a.model(), a.receivedAt(), a.labelledAt()), new Alert.StoryRef("story_a3", 1), null));
            JsonNode n = json(Payloads.render("discord", alert));
            JsonNode embed = n.get("embeds").get(0);
            String source = embed.get("fields").findValues("value").stream().map(JsonNode::asText).reduce("", (x, y) -> y.length() > x.length() ? y : x);
            String[][] texts = {{n.get("content").asText(), "2000"}, {embed.get("title").asText(), "256"},
                    {embed.get("description").asText(), "4096"}, {source, "1024"}};
            for (String[] t : texts) {
                String what = t[1] + ": " + (t[0].length() > 80 ? t[0].substring(0, 40) + " … " + t[0].substring(t[0].length() - 40) : t[0]);
                assertTrue(t[0].length() <= Integer.parseInt(t[1]), what);
                assertFalse(t[0].matches("(?s).*(?<!\\\\)(\\\\\\\\)*\\\\…"), "an escaping backslash cut from its character: " + what);
            }
            for (String[] t : new String[][] {texts[0], texts[1], texts[3]}) {
                assertFalse(t[0].matches("(?s).*[\\n\\r\\u2028].*"), "one line: " + t[0]);
            }
            assertEquals(3, embed.get("description").asText().split("\n").length, "three quotes, one line each");
        }
    }

    /**
     * A long title or URL (a title of 1,000 '&' is 5,000 characters escaped) was cut with the whole escaped text at 3,000
     * characters: inside the {@code <url|title>} link or an {@code &amp;}, and Slack showed the markup (probe of session
     * 33). Every text stays within Slack's 3,000, the link whole or left out, and no entity cut.
     */
    @Test
    void slackCutsLongTitlesAndLinksWholeNeverInsideTheirMarkup() throws Exception {
        java.util.regex.Pattern brokenEntity = java.util.regex.Pattern.compile("&(?!amp;|lt;|gt;)");
        String[][] cases = {{"&".repeat(1000), "https://x.example/a"}, {"<b>".repeat(400), "https://x.example/" + "p".repeat(2000)},
                {"T".repeat(990) + "😀&", "https://x.example/" + "p".repeat(2900)}, {"short", "https://x.example/" + "p".repeat(2990)}};
        for (String[] c : cases) {
            ArticleLabelled long1 = Fixtures.article("a2", Severity.HIGH, "00000000000000fe", c[1], c[0]);
            Alert alert = new Alert("alert.created", Instant.parse("2025-01-01T00:00:00Z"),
                    new Alert.Data("sub_1", Alert.ArticleView.of(long1), new Alert.StoryRef("story_a2", 1), null));
            JsonNode n = json(Payloads.render("slack", alert));
            String head = n.get("blocks").get(0).get("text").get("text").asText();
            assertTrue(head.length() <= 3000, "" + head.length());
            assertTrue(head.matches("(?s)\\[HIGH] \\*(<https://[^|<>]+\\|[^<>|]+>|[^<>|]+)\\*"), head.length() < 130 ? head
                    : head.substring(0, 60) + " … " + head.substring(head.length() - 60));
            assertFalse(brokenEntity.matcher(head).find(), head);
            String text = n.get("text").asText();
            assertTrue(text.length() <= 3000 && !brokenEntity.matcher(text).find(), text.substring(text.length() - 20));
            for (JsonNode block : n.get("blocks")) {
                JsonNode t = block.has("text") ? block.get("text") : block.get("elements").get(0);
                assertTrue(t.get("text").asText().length() <= 3000);
            }
        }
    }

    @Test
    void truncationNeverSplitsACharacter() {
        String text = "a".repeat(8) + "😀" + "b".repeat(8);
        for (int max = 3; max < text.length(); max++) {
            String cut = Payloads.truncate(text, max);
            assertTrue(cut.length() <= max, max + ": " + cut);
            assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 2)), max + ": " + cut);
        }
    }

    @Test
    void renderingOncePerArticleGivesTheSameBytesAsRenderingEachAlert() {
        Payloads.PerArticle perArticle = new Payloads.PerArticle(Alert.ArticleView.of(article), new Alert.StoryRef("story_a1", 3),
                Instant.parse("2025-01-01T00:00:00Z"));
        Alert.Escalation escalation = new Alert.Escalation(Severity.HIGH, Severity.CRITICAL);
        for (String format : Payloads.FORMATS) {
            for (String sub : new String[] {"sub_1", "sub_2"}) {
                assertEquals(Payloads.render(format, perArticle.alert(sub, "alert.created", null)),
                        perArticle.render(format, sub, "alert.created", null), format);
                assertEquals(Payloads.render(format, perArticle.alert(sub, "alert.escalated", escalation)),
                        perArticle.render(format, sub, "alert.escalated", escalation), format);
            }
        }
        assertEquals(Payloads.render("json", escalated), perArticle.render("json", "sub_1", "alert.escalated", escalation));
    }
}
