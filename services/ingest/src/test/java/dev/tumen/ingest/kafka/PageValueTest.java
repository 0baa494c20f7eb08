package dev.tumen.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageValueTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "plain ascii",
            "<p class=\"lead\">quotes \"and\" back\\slashes / slashes</p>",
            "lines\nand\ttabs\rand\fform feeds, \b a backspace and \u0001\u001f controls, \u007f delete",
            "Кириллица, 한국어, Ελληνικά, עברית, العربية, \u2028 separators \u2029, \u00a0 no-break",
            "an emoji 😀 and a character outside the BMP 𝄞",
            ""})
    void isWhatJsonWritesFromTheString(String content) {
        PageReceived page = new PageReceived("0123456789abcdef0123456789abcdef", "https://e.com/a?b=1&c=\"2\"", "outlet",
                "push", "text/html", content, "Title \"x\"", Instant.parse("2026-11-30T12:00:00Z"),
                Instant.parse("2026-11-30T12:00:01.123456Z"), "ab".repeat(32));

        byte[] written = PageValue.bytes(page, content.getBytes(StandardCharsets.UTF_8));

        assertEquals(page, Json.read(written, PageReceived.class));
        if (content.codePoints().allMatch(Character::isBmpCodePoint)) {
            assertArrayEquals(Json.bytes(page), written);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void leavesOutAbsentFieldsAsJsonDoes(boolean preEncoded) {
        PageReceived page = new PageReceived("id", null, null, "file", "text/plain", "text", null, null,
                Instant.parse("2026-11-30T12:00:01Z"), "hash");

        byte[] written = PageValue.bytes(page, preEncoded ? "text".getBytes(StandardCharsets.UTF_8) : null);

        assertArrayEquals(Json.bytes(page), written);
    }
}
