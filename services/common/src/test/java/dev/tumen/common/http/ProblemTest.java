package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aDetailQuotingAHugeInputIsCut() {
        String quoted = "Last-Event-ID must be the id of an event this stream sent, got '" + "x".repeat(5_000) + "'";
        Problem p = new ProblemException(io.micronaut.http.HttpStatus.BAD_REQUEST, "invalid-last-event-id", quoted)
                .toProblem("/stream");
        assertEquals(Problem.MAX_DETAIL + 1, p.detail().length());
        assertTrue(p.detail().endsWith("x…"));
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
}
