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
}
