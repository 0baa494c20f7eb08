package dev.tumen.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import org.junit.jupiter.api.Test;

class OutsideTextTest {
    private static final String HOSTILE = "\u202Eurgent\n\u2066\u200B\u0085".repeat(2_000);

    private static void assertKeepsTheRule(String text, int max) {
        assertTrue(text.codePointCount(0, text.length()) <= max, text.length() + " characters");
        assertTrue(text.codePoints().noneMatch(InvisibleCharacters::hidden), text);
    }

    /**
     * The model's own messages quote a value from outside (a record's field read by every Kafka reader, a command line's
     * argument): they quoted it whole, 8 KiB of overrides and line breaks into a dead letter's reason and a log line
     * (review of session 51).
     */
    @Test
    void theModelsMessagesQuoteAValueShortAndEscaped() {
        String severity = assertThrows(IllegalArgumentException.class, () -> Severity.parse(HOSTILE)).getMessage();
        assertKeepsTheRule(severity, 200);
        assertTrue(severity.startsWith("unknown severity '\\u202eurgent\\n\\u2066\\u200b\\u0085"), severity);
        assertTrue(severity.endsWith("…' (expected none, low, medium, high or critical)"), severity);
        String category = assertThrows(IllegalArgumentException.class, () -> Category.parse(HOSTILE)).getMessage();
        assertKeepsTheRule(category, 200);
        assertEquals("unknown severity 'urgent' (expected none, low, medium, high or critical)",
                assertThrows(IllegalArgumentException.class, () -> Severity.parse("urgent")).getMessage());
    }

    @Test
    void aWholeMessageIsBoundedByTheOneRuleEscapesIncluded() {
        assertKeepsTheRule(OutsideText.bounded(HOSTILE), OutsideText.MAX_MESSAGE);
        assertKeepsTheRule(OutsideText.bounded("x".repeat(10_000)), OutsideText.MAX_MESSAGE);
        assertEquals(OutsideText.MAX_MESSAGE, OutsideText.bounded("x".repeat(10_000)).length());
        assertEquals("short", OutsideText.bounded("short"));
        assertEquals(null, OutsideText.bounded(null));
        // Never inside an escape or a pair: 100 overrides are 600 characters escaped, cut after a whole escape.
        String cut = OutsideText.bounded("\u202E".repeat(100));
        assertEquals("\\u202e".repeat(83) + "…", cut);
        String pairs = OutsideText.cut("\uD83D\uDE00".repeat(30), 41);
        assertEquals("\uD83D\uDE00".repeat(20) + "…", pairs);
    }
}
