package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.HeaderGrammar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * RFC 9110's list and parameter grammar at its edges, and the Accept header read through it (review of session 49:
 * {@code Accept: …,;} threw ArrayIndexOutOfBounds in the hand-written split, a 500).
 */
class HeaderListsTest {
    private static final Function<String, List<String>> NONE = range -> List.of();

    @Test
    void everyGrammarEdgeValueIsReadWithoutThrowingOnceAndTwice() {
        for (String value : HeaderGrammar.VALUES) {
            HeaderLists.elements(List.of(value));
            HeaderLists.elements(List.of(value, value));
            AcceptHeaderFilter.normalize(value, NONE);
            AcceptHeaderFilter.normalize(value + ", " + value, range -> List.of("application/json"));
        }
    }

    @Test
    void listsSkipEmptyElementsAndKeepSeparatorsInsideQuotedStrings() {
        // value -> the elements' values, or "!" before one that cannot be read
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("", List.of());
        cases.put(" \t ", List.of());
        cases.put(",,,", List.of());
        cases.put(", ,", List.of());
        cases.put(";", List.of());
        cases.put(",;", List.of());
        cases.put("a/b,; ;", List.of("a/b"));
        cases.put("a/b;;q=0.5", List.of("a/b"));
        cases.put("a/b;", List.of("a/b"));
        cases.put("a/b;q", List.of("!a/b"));
        cases.put("a/b;q=", List.of("!a/b"));
        cases.put("a/b;=1", List.of("!a/b"));
        cases.put("a/b;x=\"c,d;e\", f/g", List.of("a/b", "f/g"));
        cases.put("a/b;x=\"\\\"\", f/g", List.of("a/b", "f/g"));
        cases.put("a/b;x=\"\\\\\"", List.of("a/b"));
        cases.put("a/b;x=\"open, f/g", List.of("!a/b"));
        cases.put("a/b;x=\"end\\\"", List.of("!a/b"));
        cases.put("a/b;x=\"\"", List.of("a/b"));
        cases.put("a/b;x=y z", List.of("!a/b"));
        cases.put("a/b;x=\"\u0001\"", List.of("!a/b"));
        cases.put("\"", List.of("!\""));
        cases.put("a\u0000b", List.of("!a\u0000b"));
        cases.put("a/b,\r\n c/d", List.of("a/b", "c/d"));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            List<String> got = HeaderLists.elements(List.of(c.getKey())).stream()
                    .map(e -> (e.readable() ? "" : "!") + e.value()).toList();
            assertEquals(c.getValue(), got, "'" + HeaderGrammar.printable(c.getKey()) + "'");
        }
        HeaderLists.Element quoted = HeaderLists.elements(List.of("a/b;X=\"c\\\"d\"")).get(0);
        assertEquals(Map.of("x", "c\"d"), quoted.parameters());
    }

    @Test
    void weightsAreZeroToOneWithThreeDecimalsAsRfc9110WritesThem() {
        Map<String, Double> cases = new java.util.LinkedHashMap<>();
        for (String ok : List.of("0", "0.", "0.5", "0.125", "1", "1.", "1.000")) {
            cases.put(ok, Double.parseDouble(ok));
        }
        for (String bad : List.of("", "1e9", "-1", "NaN", "Infinity", "0x1p3", "1.0001", "0.0000001", "2", ".5", "+1", "1d", "9".repeat(400))) {
            cases.put(bad, -1.0);
        }
        for (Map.Entry<String, Double> c : cases.entrySet()) {
            HeaderLists.Element e = HeaderLists.elements(List.of("a/b;q=" + c.getKey())).get(0);
            // -1: the weight is malformed, or the parameter cannot be read at all ("q=")
            assertEquals(c.getValue(), e.readable() ? e.weight() : -1.0, "q=" + c.getKey());
        }
        assertEquals(1.0, HeaderLists.elements(List.of("a/b")).get(0).weight());
    }

    @Test
    void acceptIsReadThroughTheListGrammar() {
        // header -> the header the router reads; null: no header at all; "": 406
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("application/json,;", "application/json");
        cases.put(",;", null);
        cases.put(";", null);
        cases.put(",,,", null);
        cases.put(" ", null);
        cases.put(";;", null);
        cases.put("text/plain;a=\"b,c\";q=0.5, application/json", "application/json, text/plain;a=\"b,c\"");
        cases.put("text/plain;a=\"q=0\"", "text/plain;a=\"q=0\"");
        cases.put("application/json;q=NaN", "");
        cases.put("application/json;q=1e9", "");
        cases.put("application/json;q=-1", "");
        cases.put("application/json;q=NaN, text/html", "text/html");
        cases.put("json", "");
        cases.put("*/json", "");
        cases.put("application/json/", "");
        cases.put("/", "");
        cases.put("application/json;q=0", "");
        cases.put("application/json;q=0.5;q=0", "application/json");
        cases.put("application/json;charset=\"", "");
        cases.put("application/problem+json", "application/problem+json, application/json");
        cases.put("*/*;q=0.1, application/json;q=0.9", "application/json, */*");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            assertEquals(c.getValue(), AcceptHeaderFilter.normalize(c.getKey(), NONE).header(), "Accept: " + c.getKey());
        }
        assertEquals(List.of("json"), AcceptHeaderFilter.normalize("json", NONE).unreadable());
        assertTrue(AcceptHeaderFilter.normalize("application/json;q=0", NONE).unreadable().isEmpty());
    }

    @Test
    void mediaRangesAreTokensAroundOneSlash() {
        for (String ok : List.of("*/*", "application/*", "application/json", "Application/Problem+JSON", "text/event-stream")) {
            assertTrue(AcceptHeaderFilter.isMediaRange(ok), ok);
        }
        for (String bad : List.of("", "*", "json", "/", "a/", "/b", "*/json", "a/b/c", "a//b", "a b/c", "\u00e9/x", "a/b c")) {
            assertFalse(AcceptHeaderFilter.isMediaRange(bad), bad);
        }
    }
}
