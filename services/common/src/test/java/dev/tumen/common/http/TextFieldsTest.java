package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

    @Test
    void oneLineRefusesEveryControlSeparatorAndBidiOverride() {
        for (String bad : List.of("a\nb", "a\rb", "a\tb", "a\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "a\u2028b",
                "a\u2029b", "evil\u202Egnp.exe", "\u202Aa", "\u2066x\u2069")) {
            assertFalse(TextFields.isOneLine(bad), bad);
        }
        for (String good : List.of("", "Yonhap", "ТАСС", "조선중앙통신", "新华社", "NHK ニュース", "Укрінформ", "a b", "rock 🤘🏽",
                "family 👨\u200D👩\u200D👧", "می\u200Cخواهم", "שלום\u200F")) {
            assertTrue(TextFields.isOneLine(good), good);
        }
    }

    /**
     * A URL kept as it was given may hold no character that makes it read as another or that no IRI holds (probe of
     * session 38); the published pattern of an echoed http(s) URL says the same. Non-ASCII letters, emoji and the
     * percent-encoded forms of the refused characters are URLs.
     */
    @Test
    void aUrlHoldsNoControlInvisibleOrBidiFormattingCharacter() {
        java.util.regex.Pattern httpUrl = java.util.regex.Pattern.compile(TextFields.HTTP_URL);
        for (String bad : List.of("https://hooks.example/\u202Emoc.elgoog", "https://x.example/a\u2028b", "https://x.example/a\u2029",
                "https://x.example/\u200Bpath", "https://x.example/a\u200Db", "https://x.example/\uFEFF", "https://x.example/a\u00ADb",
                "https://x.example/a\u061Cb", "https://x.example/a\u200Fb", "https://x.example/\u2066a\u2069", "https://x.example/a\u2060b",
                "https://x.example/a\u180Eb", "https://x.example/\u007F", "https://x.example/\u0085", "https://x.example/a\u0000",
                "https://x.example/\uFFFF", "https://exa\u200Bmple.com/")) {
            assertFalse(TextFields.isUrlText(bad), bad);
            assertFalse(httpUrl.matcher(bad).matches(), bad);
        }
        // A tag character and a noncharacter past the BMP: the Java check only (a published range of surrogates would be
        // read unit by unit by a JavaScript client without the u flag).
        for (String bad : List.of("https://x.example/a\uDB40\uDC41b", "https://x.example/\uD83F\uDFFF")) {
            assertFalse(TextFields.isUrlText(bad), bad);
        }
        for (String good : List.of("https://x.example/a", "https://пример.рф/новости?id=1", "https://x.example/%E2%80%AEmoc",
                "https://x.example/😀?q=Ким_Чен_Ын", "https://조선.kp/", "http://127.0.0.1:8080/hook#frag")) {
            assertTrue(TextFields.isUrlText(good), good);
            assertTrue(httpUrl.matcher(good).matches(), good);
        }
    }

    /**
     * The published patterns are read by JSON Schema validators as ECMA-262 reads them, matching anywhere in the value
     * ({@link java.util.regex.Matcher#find()}): unanchored, each matched the empty string first, so a generated client
     * checking its schema took every value the service refuses (probe of session 42).
     */
    @Test
    void thePublishedPatternsRefuseWhatTheServiceRefusesWhenReadAsJsonSchemaReadsThem() {
        java.util.Map<String, List<String>> refused = java.util.Map.of(
                TextFields.ONE_LINE, List.of("ops\nFORGED", "evil\u202Egnp.exe", "\u001b[2J", "a\u2028b"),
                TextFields.TEXT, List.of("Kim\u0007", "\u001b[31mred", "a\u0085b"),
                TextFields.HTTP_URL, List.of("javascript:alert(1)//http://x.example/", "see https://x.example/", "https://x.example/a b",
                        "https://hooks.example/\u202Emoc.elgoog"));
        java.util.Map<String, List<String>> taken = java.util.Map.of(
                TextFields.ONE_LINE, List.of("", "Yonhap", "조선중앙통신"),
                TextFields.TEXT, List.of("Kim\r\nPutin\tsummit"),
                TextFields.HTTP_URL, List.of("https://x.example/a?b=c#d", "HTTP://пример.рф/"));
        refused.forEach((pattern, values) -> values.forEach(value -> {
            assertFalse(java.util.regex.Pattern.compile(pattern).matcher(value).find(), pattern + " found in " + value);
            assertFalse(java.util.regex.Pattern.compile(pattern).matcher(value).matches(), value);
        }));
        taken.forEach((pattern, values) -> values.forEach(value -> {
            assertTrue(java.util.regex.Pattern.compile(pattern).matcher(value).find(), value);
            assertTrue(java.util.regex.Pattern.compile(pattern).matcher(value).matches(), value);
        }));
        // No \s, which ECMA-262 reads wider than Java: a no-break space in a URL is taken by the service, and so by a client.
        for (String pattern : List.of(TextFields.ONE_LINE, TextFields.TEXT, TextFields.HTTP_URL)) {
            assertFalse(pattern.contains("\\s") || pattern.contains("\\p"), pattern);
        }
        assertTrue(java.util.regex.Pattern.compile(TextFields.HTTP_URL).matcher("https://x.example/a\u00A0b\u3000c").matches());
    }

    @Test
    void textAllowsLineBreaksAndTabsOnly() {
        assertTrue(TextFields.isText("Kim\r\nPutin\tsummit \u202B עברית"));
        for (String bad : List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085")) {
            assertFalse(TextFields.isText("a" + bad), bad);
        }
    }

    @Test
    void aHeadlineIsFoldedToOneBoundedLine() {
        assertEquals("Kim meets Putin", TextFields.headline("  Kim\r\n\tmeets\u00a0\u0085 Putin\u0007 "));
        assertNull(TextFields.headline(" \n\u0000 "));
        assertNull(TextFields.headline(null));
        String longOne = TextFields.headline("x".repeat(998) + "😀" + "y".repeat(10));
        assertEquals(999, longOne.length());
        assertTrue(longOne.endsWith("x…"), "a character is not split: " + longOne.substring(990));
    }

    @Test
    void spacesAndInvisibleCharactersAloneAreNothingToShow() {
        for (String blank : List.of("", "   ", "\u00a0\u00a0", "\u3000", "\u200b\u200f", "\u202a\u202c", "\ufeff\u2060", "\u00ad",
                "\u2800", "\u3164", "\u115f\u1160", "\uffa0", "\u180e", "\u034f\u200d", "\t\n")) {
            assertFalse(TextFields.hasVisible(blank), blank.codePoints().mapToObj(Integer::toHexString).toList().toString());
        }
        for (String text : List.of("a", " desk ", "\u00a0x", "\u2800\u28ff", "\u3164\ud55c", "7", "\u2014", "\ud83d\ude00", "\u05d0\u200f")) {
            assertTrue(TextFields.hasVisible(text), text);
        }
    }

    /**
     * Review of session 45: a stored text the one-line rule never checked is shown with exactly the characters that rule
     * refuses escaped, and nothing else: a value the API took reads back as it was given.
     */
    @Test
    void whatTheOneLineRuleRefusesIsWhatIsShownEscaped() {
        java.util.regex.Pattern oneLine = java.util.regex.Pattern.compile(TextFields.ONE_LINE);
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String text = "a" + (char) c + "b";
            boolean taken = oneLine.matcher(text).matches();
            assertEquals(taken, TextFields.shownAsOneLine(text).equals(text), String.format("U+%04X", (int) c));
        }
        assertEquals("desk\\u202eevil\\u2066 \\n\u200b\u200d", TextFields.shownAsOneLine("desk\u202eevil\u2066 \n\u200b\u200d"));
    }
}
