package dev.tumen.ingest.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tumen.ingest.page.EncodedContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the fast path reads, it reads as Jackson does; whatever it does not, it leaves to Jackson. */
class JsonStringBytesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The literal's value by Jackson, or {@code null} when Jackson refuses it. */
    private static String jackson(byte[] body) {
        try (JsonParser p = MAPPER.getFactory().createParser(body)) {
            return p.nextToken() == JsonToken.VALUE_STRING ? p.getText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The checks every literal passes: read, it is Jackson's value and its copy is a literal of that value. */
    private static EncodedContent check(byte[] body) {
        EncodedContent read = JsonStringBytes.read(body, 0, body.length);
        String expected = jackson(body);
        if (read == null) {
            return null;
        }
        assertNotNull(expected, () -> "read what Jackson refuses: " + new String(body, StandardCharsets.UTF_8));
        assertEquals(expected, new String(read.utf8(), StandardCharsets.UTF_8));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), read.utf8());
        if (read.json() != null) {
            byte[] literal = new byte[read.jsonTo() - read.jsonFrom() + 2];
            literal[0] = '"';
            literal[literal.length - 1] = '"';
            System.arraycopy(read.json(), read.jsonFrom(), literal, 1, literal.length - 2);
            assertEquals(expected, jackson(literal));
        }
        return read;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"\"", "\"plain\"", "\"<p class=\\\"x\\\">a\\/b \\\\ c</p>\\n\\r\\t\\b\\f\"", "\"Кириллица 한국어 😀 𝄞\"",
            "\"\\u041a\\u0438\\u043C \\uD83D\\uDE00 \\u0000 \\u00e9\"", "\"trailing\" , \"next\"", "\"a\"}"})
    void readsValidLiteralsAsJacksonDoes(String json) {
        assertNotNull(check(utf8(json)), json);
    }

    @Test
    void copiesTheLiteralOnlyWithoutUnicodeEscapes() {
        EncodedContent plain = check(utf8("\"a\\nb \\\"c\\\" Ж\" tail"));
        assertEquals(1, plain.jsonFrom());
        assertEquals("a\\nb \\\"c\\\" Ж".getBytes(StandardCharsets.UTF_8).length + 1, plain.jsonTo());
        assertNull(check(utf8("\"\\u0416\"")).json(), "a \\u escape is longer than the character it stands for");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\"unterminated", "\"bad \\x escape\"", "\"short \\u12\"", "\"lone \\uD83D high\"", "\"lone \\uDE00 low\"",
            "\"reversed \\uDE00\\uD83D\"", "\"raw\ttab\"", "\"raw\nline\"", "\"ends in \\", "not a string"})
    void leavesTheRestToJackson(String json) {
        assertNull(JsonStringBytes.read(utf8(json), 0, json.length()), json);
    }

    @Test
    void leavesMalformedUtf8ToJackson() {
        byte[][] malformed = {
                {'"', (byte) 0xC0, (byte) 0x80, '"'}, // overlong NUL
                {'"', (byte) 0xE0, (byte) 0x80, (byte) 0xAF, '"'}, // overlong '/'
                {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'}, // an encoded surrogate
                {'"', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, // past U+10FFFF
                {'"', (byte) 0x80, '"'}, // a lone continuation byte
                {'"', (byte) 0xE2, (byte) 0x82, '"'}, // cut short
                {'"', (byte) 0xFF, '"'}};
        for (byte[] body : malformed) {
            assertNull(JsonStringBytes.read(body, 0, body.length), Arrays.toString(body));
        }
    }

    /** Random strings of every kind of character, written by Jackson and escaped by hand in random ways. */
    @Test
    void agreesWithJacksonOnRandomLiterals() throws IOException {
        Random random = new Random(19);
        int[] pool = {'a', 'Z', ' ', '"', '\\', '/', '\n', '\t', 0, 1, 0x1f, 0x7f, 0xe9, 0x416, 0xd55c, 0x2028, 0xfeff, 0xfffd,
                0x1F600, 0x1D11E, 0xD83D, 0xDE00};
        int read = 0;
        for (int n = 0; n < 5_000; n++) {
            StringBuilder raw = new StringBuilder("\"");
            int length = random.nextInt(40);
            for (int k = 0; k < length; k++) {
                int cp = pool[random.nextInt(pool.length)];
                switch (random.nextInt(4)) {
                    case 0 -> raw.append(String.format("\\u%04X", cp < 0x10000 ? cp : (int) Character.highSurrogate(cp)))
                            .append(cp < 0x10000 ? "" : String.format("\\u%04x", (int) Character.lowSurrogate(cp)));
                    case 1 -> {
                        String written = MAPPER.writeValueAsString(new String(Character.toChars(cp)));
                        raw.append(written, 1, written.length() - 1);
                    }
                    default -> raw.appendCodePoint(cp);
                }
            }
            raw.append('"');
            // Lone surrogates and raw control characters come out of this too: those are Jackson's to read or refuse.
            if (check(raw.toString().getBytes(StandardCharsets.UTF_8)) != null) {
                read++;
            }
        }
        // Most of them are plain enough for the fast path.
        assertEquals(true, read > 1_000, "read " + read);
    }
}
