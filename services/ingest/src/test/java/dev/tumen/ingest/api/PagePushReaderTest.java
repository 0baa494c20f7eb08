package dev.tumen.ingest.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tumen.model.Json;
import io.micronaut.core.type.Argument;
import io.micronaut.http.codec.CodecException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader binds what Micronaut's JSON reader bound, and fails where it failed, with the same cause. */
class PagePushReaderTest {
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Argument<PagePush> TYPE = Argument.of(PagePush.class);
    private final PagePushReader reader = new PagePushReader(MAPPER);

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"url\":\"https://e.com/a\",\"content\":\"<p>Kim \\\"and\\\" Putin</p>\\n\",\"title\":\"t\",\"published\":\"2025-01-14T09:30:00Z\"}",
            "{\"content\":\"Ким Чен Ын \\u043f\\u0440\\u0438\\u0431\\u044b\\u043b\",\"extra\":{\"content\":\"nested\"}}",
            "{\"content\":\"first\",\"content\":\"second wins\"}",
            "{\"content\":\"lone \\uD83D surrogate\"}",
            "{\"content\":12345}",
            "{\"content\":null}",
            "{\"title\":\"no content\"}",
            "  {\"source\":\"s\", \"content\" : \"spaced\" }  "})
    void bindsAsJacksonDoes(String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        PagePush expected = MAPPER.readValue(body, PagePush.class);

        PagePush read = reader.read(TYPE, body);

        assertEquals(expected.url(), read.url());
        assertEquals(expected.content(), read.content());
        assertEquals(expected.contentType(), read.contentType());
        assertEquals(expected.source(), read.source());
        assertEquals(expected.title(), read.title());
        assertEquals(expected.published(), read.published());
        assertNull(expected.encoded());
        if (read.encoded() != null) {
            assertArrayEquals(read.content().getBytes(StandardCharsets.UTF_8), read.encoded().utf8());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"content\":\"plain\"}", "{\"content\":\"Кириллица \\\"quoted\\\"\\n\"}", "{\"content\":\"\\u00e9\"}"})
    void keepsAPlainContentsBytes(String json) {
        PagePush read = reader.read(TYPE, json.getBytes(StandardCharsets.UTF_8));

        assertNotNull(read.encoded());
        assertArrayEquals(read.content().getBytes(StandardCharsets.UTF_8), read.encoded().utf8());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"content\":\"unterminated}", "[1,2]", "{\"content\":\"x\",}", "{\"published\":\"yesterday\",\"content\":\"x\"}",
            "{\"content\":\"bad \\x escape\"}", "{\"content\":\"raw\u0001control\"}"})
    void failsAsJacksonDoes(String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        Exception expected = assertThrows(Exception.class, () -> MAPPER.readValue(body, PagePush.class));

        CodecException thrown = assertThrows(CodecException.class, () -> reader.read(TYPE, body));

        assertEquals(expected.getClass(), thrown.getCause().getClass());
        assertEquals(expected.getMessage(), thrown.getCause().getMessage());
    }
}
