package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A literal is kept only when it is the content's canonical UTF-8 with short escapes: then it reads back as the content. */
class EncodedContentTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static EncodedContent of(String value, String literalInside) {
        byte[] body = ("{\"content\":\"" + literalInside + "\"}").getBytes(StandardCharsets.UTF_8);
        int from = "{\"content\":\"".length();
        return EncodedContent.of(value.getBytes(StandardCharsets.UTF_8), new JsonLiteral(body, from, body.length - 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "<p class=\"x\">a/b \\ c</p>\n\r\t", "Кириллица 한국어 😀 \u2028 \u007f"})
    void keepsALiteralWrittenWithShortEscapes(String value) throws Exception {
        String jackson = MAPPER.writeValueAsString(value);
        assertNotNull(of(value, jackson.substring(1, jackson.length() - 1)).json());
        assertNotNull(of(value.replace("/", "\\/"), jackson.substring(1, jackson.length() - 1).replace("/", "\\/")).json());
        // a solidus escaped or not, both read as the same character
        assertNotNull(of(value, jackson.substring(1, jackson.length() - 1).replace("/", "\\/")).json());
    }

    @Test
    void readsEveryShortEscape() {
        assertNotNull(of("\" \\ / \b \f \n \r \t", "\\\" \\\\ \\/ \\b \\f \\n \\r \\t").json());
    }

    @Test
    void leavesAnyOtherLiteralToTheRecordsEscaping() {
        assertNull(of("é", "\\u00e9").json(), "a \\u escape is longer than its character");
        assertNull(of("\u0001", "\\u0001").json());
        assertNull(of("ab", "a").json(), "shorter");
        assertNull(of("a", "ab").json(), "longer");
        assertNull(of("a\n", "a\\").json(), "cut inside an escape");
        assertNull(of("a\n", "a\\t").json(), "another escape");
        assertNull(of("a'", "a\\'").json(), "not a JSON escape");
        assertNull(EncodedContent.of(new byte[] {'a'}, null).json());
        assertNull(EncodedContent.of(new byte[] {'a'}, new JsonLiteral(new byte[] {'a'}, 0, 2)).json(), "out of range");
    }

    @Test
    void keptLiteralsReadBackAsTheContent() throws Exception {
        Random random = new Random(19);
        int[] pool = {'a', ' ', '"', '\\', '/', '\n', '\t', 1, 0x7f, 0xe9, 0x416, 0xd55c, 0x1F600};
        String[] escapes = {"\\\"", "\\\\", "\\/", "\\n", "\\t", "\\u0001", "\\u00e9", "\\u0416"};
        int kept = 0;
        for (int n = 0; n < 3_000; n++) {
            StringBuilder inside = new StringBuilder();
            int length = random.nextInt(30);
            for (int k = 0; k < length; k++) {
                int cp = pool[random.nextInt(pool.length)];
                String written = MAPPER.writeValueAsString(new String(Character.toChars(cp)));
                inside.append(random.nextInt(5) == 0 ? escapes[random.nextInt(escapes.length)] : written.substring(1, written.length() - 1));
            }
            String value = MAPPER.readValue("\"" + inside + "\"", String.class);
            EncodedContent encoded = of(value, inside.toString());
            if (encoded.json() != null) {
                kept++;
                JsonLiteral at = encoded.json();
                String copied = new String(at.bytes(), at.from() - 1, at.to() - at.from() + 2, StandardCharsets.UTF_8);
                assertEquals(value, MAPPER.readValue(copied, String.class), copied);
            }
        }
        assertEquals(true, kept > 300, "kept " + kept);
    }
}
