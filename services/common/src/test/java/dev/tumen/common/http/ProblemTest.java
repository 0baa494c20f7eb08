package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aDetailQuotingAHugeInputIsCut() {
        String quoted = "Last-Event-ID must be the id of an event this stream sent, got '" + "x".repeat(5_000) + "'";
        Problem p = new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "invalid-last-event-id", quoted)
                .toProblem("/stream");
        assertEquals(Problem.MAX_DETAIL, p.detail().length());
        assertTrue(p.detail().endsWith("x…"));
        // The last-resort cut is within what the sweeps check every problem against: at 1,000 it was not (session 51).
        assertNull(dev.tumen.testkit.ProblemTexts.refusal(dev.tumen.model.Json.string(p)));
    }

    @Test
    void abbreviationNeverSplitsACharacter() {
        assertEquals("ab…", Problems.abbreviate("ab😀cd", 3));
        assertEquals("ab😀…", Problems.abbreviate("ab😀cd", 4));
        assertEquals("short", Problems.abbreviate("short", 10));
    }

    @Test
    void everyTextOfAProblemWritesInvisibleCharactersAsEscapes() {
        Problem p = new ProblemException(io.micronaut.http.HttpStatus.UNPROCESSABLE_ENTITY, "invalid-request",
                "name 'evil\u202Egnp.exe' and 'a\u2066b\u2069' and 'x\u200By' and 'bell\u0007' and 'lone\uD800'")
                .with("errors", java.util.List.of("keyword 'a\u00ADb\u2028c' is bad", "fine"))
                .with("field", "tag\uDB40\uDC41")
                .toProblem("/things/a\u202Eb");
        assertEquals("name 'evil\\u202egnp.exe' and 'a\\u2066b\\u2069' and 'x\\u200by' and 'bell\\u0007' and 'lone\\ud800'",
                p.detail());
        assertEquals("/things/a\\u202eb", p.instance());
        assertEquals(java.util.List.of("keyword 'a\\u00adb\\u2028c' is bad", "fine"), p.extensions().get("errors"));
        assertEquals("tag\\udb40\\udc41", p.extensions().get("field"));
    }

    @Test
    void rightToLeftTextAndItsMarksStayAsWritten() {
        String text = "название 'שלום\u200F' 'مرحبا\u061C' '한국어' 'a\u200Eb' 'emoji \uD83D\uDE00'";
        assertEquals(text, new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "x", text).toProblem("/").detail());
    }

    @Test
    void aQuotedValueIsEscapedThenCutNeverInsideAnEscapeOrAPair() {
        assertEquals("text/plain", Problems.quote("text/plain"));
        assertEquals("", Problems.quote(null));
        assertEquals("x".repeat(Problems.MAX_QUOTE) + "…", Problems.quote("x".repeat(8192)));
        // Six overrides are 36 characters as escapes: they fit, the seventh does not, and is left out whole.
        assertEquals("\\u202e".repeat(6) + "…", Problems.quote("\u202E".repeat(11)));
        String pairs = Problems.quote("\uD83D\uDE00".repeat(30));
        assertEquals(Problems.MAX_QUOTE + 1, pairs.length());
        assertTrue(Character.isLowSurrogate(pairs.charAt(pairs.length() - 2)), pairs);
    }

    @Test
    void aLongPathIsCutAsAUriReferenceNeverInsideAnOctet() {
        assertEquals("/subscriptions/x", new ProblemException(io.micronaut.http.HttpStatus.NOT_FOUND, "not-found", "gone")
                .toProblem("/subscriptions/x").instance());
        String cut = Problem.shortened("/subscriptions/" + "a".repeat(3000));
        assertEquals(Problem.MAX_INSTANCE, cut.length());
        assertTrue(cut.endsWith("a%E2%80%A6"), cut);
        for (int shift = 0; shift < 3; shift++) {
            String encoded = Problem.shortened("/x/" + "a".repeat(shift) + "%41".repeat(100));
            assertTrue(encoded.matches("/x/a*(%41)*%E2%80%A6"), encoded);
            assertTrue(encoded.length() <= Problem.MAX_INSTANCE, encoded);
        }
    }

    @Test
    void aDetailListsTheErrorsThatFitAndCountsTheRest() {
        assertEquals("a; b", Problems.listed(java.util.List.of("a", "b")));
        java.util.List<String> many = java.util.Collections.nCopies(100, "categories: '" + "x".repeat(40) + "…' is not one");
        String detail = Problems.listed(many);
        assertTrue(detail.length() <= Problems.MAX_LISTED + 30, detail);
        assertTrue(detail.endsWith("; and 95 more (see errors)"), detail);
        // One error longer than the room is still named: the first always is.
        assertEquals("y".repeat(500), Problems.listed(java.util.List.of("y".repeat(500))));
    }
}
