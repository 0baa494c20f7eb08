package dev.tumen.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What every problem any service writes keeps to, whatever the caller sent (review of session 50): its {@code title},
 * {@code detail} and {@code instance} stay under a bound, and no text of it holds a character that shows nothing or
 * reorders what follows (controls, line and paragraph separators, format characters but the right-to-left marks,
 * unpaired surrogates, the noncharacters U+FFFE and U+FFFF). A problem quotes a caller's header value, parameter, field,
 * path segment, media type, charset or coding to say what was wrong; a quote of the whole value sent a caller's 8 KiB
 * back, cut by the writer's last-resort limit through the advice after it. The sweeps ({@link HeaderGrammar},
 * {@link Fuzz}) check every problem they are answered with.
 */
public final class ProblemTexts {
    private ProblemTexts() {
    }

    /** A title is the type's fixed summary. */
    public static final int MAX_TITLE = 100;
    /** Room for the longest message with a few quotes of a caller's value, each cut short; below the writer's own cut. */
    public static final int MAX_DETAIL = 500;
    /** The request's path, cut short: the longest path a route reads is far shorter. */
    public static final int MAX_INSTANCE = 256;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Why {@code body} (a problem+json text) breaks the rule, or {@code null} when it keeps it or is no JSON object. */
    public static String refusal(String body) {
        JsonNode problem;
        try {
            problem = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            return "the problem is not JSON: " + notJson.getMessage();
        }
        if (problem == null || !problem.isObject()) {
            return null;
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Integer> bound : Map.of("title", MAX_TITLE, "detail", MAX_DETAIL, "instance", MAX_INSTANCE).entrySet()) {
            JsonNode text = problem.get(bound.getKey());
            if (text != null && text.isTextual() && text.asText().codePointCount(0, text.asText().length()) > bound.getValue()) {
                wrong.add(bound.getKey() + " of " + text.asText().length() + " characters (at most " + bound.getValue() + ")");
            }
        }
        hidden("", problem, wrong);
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    private static void hidden(String at, JsonNode node, List<String> wrong) {
        if (node.isTextual()) {
            String s = node.asText();
            for (int i = 0; i < s.length(); ) {
                int c = s.codePointAt(i);
                if (hidden(c)) {
                    wrong.add((at.isEmpty() ? "a member" : at) + " holds U+" + String.format("%04X", c) + " at character " + i);
                    return;
                }
                i += Character.charCount(c);
            }
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                hidden(at + "." + e.getKey(), JSON.getNodeFactory().textNode(e.getKey()), wrong);
                hidden(at + "." + e.getKey(), e.getValue(), wrong);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                hidden(at + "[" + i + "]", node.get(i), wrong);
            }
        }
    }

    /** Written on its own here rather than taken from the services' rule, so the check does not share a mistake with it. */
    static boolean hidden(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SURROGATE -> true;
            case Character.FORMAT -> c != 0x200E && c != 0x200F && c != 0x061C;
            default -> (c & 0xFFFF) >= 0xFFFE;
        };
    }
}
