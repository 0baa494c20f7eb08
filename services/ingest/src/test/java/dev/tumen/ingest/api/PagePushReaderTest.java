package dev.tumen.ingest.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tumen.ingest.page.JsonLiteral;
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
        assertNull(expected.contentJson());
        if (read.contentJson() != null) {
            JsonLiteral at = read.contentJson();
            byte[] literal = java.util.Arrays.copyOfRange(at.bytes(), at.from() - 1, at.to() + 1);
            assertEquals(read.content(), MAPPER.readValue(literal, String.class));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"content\":\"plain\"}", "{\"content\":\"Кириллица \\\"quoted\\\"\\n\"}", "{\"content\":\"\\u00e9\"}"})
    void notesWhereTheContentStood(String json) {
        PagePush read = reader.read(TYPE, json.getBytes(StandardCharsets.UTF_8));

        assertNotNull(read.contentJson());
        assertEquals(json.substring("{\"content\":\"".length(), json.length() - 2),
                new String(read.contentJson().bytes(), read.contentJson().from(), read.contentJson().to() - read.contentJson().from(),
                        StandardCharsets.UTF_8));
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
