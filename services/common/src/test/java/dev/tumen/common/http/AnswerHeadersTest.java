package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswerHeadersTest {
    @Test
    void theDateIsAnImfFixdateWithATwoDigitDay() {
        // Micronaut's own Date read "Mon, 7 Dec 2026 20:57:05 GMT" (RFC 1123 as Java writes it), no IMF-fixdate.
        assertEquals("Mon, 07 Dec 2026 20:57:05 GMT", AnswerHeaders.date(Instant.parse("2026-12-07T20:57:05Z")));
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", AnswerHeaders.date(Instant.EPOCH));
        assertEquals("Sun, 31 Dec 2023 23:59:59 GMT", AnswerHeaders.date(Instant.parse("2023-12-31T23:59:59.999Z")));
    }
}
