package dev.tumen.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesPlainJsonWithIsoTimesAndLowerCaseEnums() {
        ArticleLabelled article = new ArticleLabelled("id1", "https://x.example/a", "push", "T", "en", null,
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:04:06Z"), "body", true, 0.9,
                Severity.HIGH, List.of(Category.MILITARY), List.of(new Actor("Kim Jong Un", Side.DPRK, "person")),
                List.of("evidence"), new ModelVersion("tumen-rules", "1"), "00ff00ff00ff00ff");
        String json = Json.string(article);
        assertTrue(json.contains("\"severity\":\"high\""), json);
        assertTrue(json.contains("\"categories\":[\"military\"]"), json);
        assertTrue(json.contains("\"side\":\"dprk\""), json);
        assertTrue(json.contains("\"receivedAt\":\"2026-01-02T03:04:05Z\""), json);
        assertTrue(!json.contains("\"published\""), "nulls are left out: " + json);
        assertEquals(article, Json.read(json.getBytes(StandardCharsets.UTF_8), ArticleLabelled.class));
    }

    @Test
    void configuresAnyMapperLikeTheRecordMapper() throws Exception {
        // Micronaut's HTTP mapper gets these settings: times must not become epoch numbers there.
        var mapper = Json.configure(new com.fasterxml.jackson.databind.ObjectMapper());
        assertEquals("{\"at\":\"2026-01-02T03:04:05.123Z\"}",
                mapper.writeValueAsString(java.util.Map.of("at", Instant.parse("2026-01-02T03:04:05.123Z"))));
    }

    @Test
    void readersTolerateFieldsAddedLater() {
        byte[] json = "{\"id\":\"p\",\"content\":\"c\",\"addedInV1_7\":42}".getBytes(StandardCharsets.UTF_8);
        assertEquals("p", Json.read(json, PageReceived.class).id());
    }

    @Test
    void malformedValuesAreMalformedRecords() {
        assertThrows(MalformedRecordException.class, () -> Json.read("{no".getBytes(StandardCharsets.UTF_8), PageReceived.class));
        assertThrows(MalformedRecordException.class, () -> Json.read(new byte[0], PageReceived.class));
        assertThrows(MalformedRecordException.class,
                () -> Json.read("{\"severity\":\"apocalyptic\"}".getBytes(StandardCharsets.UTF_8), ArticleLabelled.class));
        // The JSON literal null is valid JSON but no record: readers must not get a null back.
        assertThrows(MalformedRecordException.class, () -> Json.read(" null ".getBytes(StandardCharsets.UTF_8), PageReceived.class));
    }

    /**
     * A record value is read as strictly as an HTTP body, but for fields added later: a value another system wrote onto
     * a topic with more after it, a field named twice (Jackson keeps the last, a first-wins reader downstream sees the
     * other), or a scalar of another JSON type ({@code "id": 12345} read as "12345") was taken as a valid record
     * (probe of session 28).
     */
    @Test
    void aValueThatIsNotExactlyOneRecordIsMalformed() {
        for (String json : List.of("{\"id\":\"p\",\"content\":\"c\"} garbage", "{\"id\":\"p\",\"content\":\"c\"}{}",
                "{\"id\":\"p\",\"content\":\"c\"}]", "{\"id\":\"other\",\"id\":\"p\",\"content\":\"c\"}",
                "{\"id\":12345,\"content\":\"c\"}", "{\"id\":\"p\",\"content\":true}", "{\"id\":\"p\",\"content\":\"c\",\"receivedAt\":1e999999}",
                "{\"id\":\"p\",\"content\":\"c\",\"receivedAt\":\"\"}")) {
            assertThrows(MalformedRecordException.class, () -> Json.read(json.getBytes(StandardCharsets.UTF_8), PageReceived.class), json);
        }
        for (String json : List.of("{\"id\":\"a\",\"relevant\":\"true\"}", "{\"id\":\"a\",\"relevance\":\"0.9\"}",
                "{\"id\":\"a\",\"categories\":\"military\"}")) {
            assertThrows(MalformedRecordException.class, () -> Json.read(json.getBytes(StandardCharsets.UTF_8), ArticleLabelled.class), json);
        }
        // a relevance outside the contract's [0, 1] (the outside review's third visit: 1.5 and 1e999 were alerted on)
        for (String json : List.of("{\"id\":\"a\",\"relevance\":1.5}", "{\"id\":\"a\",\"relevance\":-0.01}",
                "{\"id\":\"a\",\"relevance\":1e999}", "{\"id\":\"a\",\"relevance\":-1e999}")) {
            assertThrows(MalformedRecordException.class, () -> Json.read(json.getBytes(StandardCharsets.UTF_8), ArticleLabelled.class), json);
        }
        assertEquals(1.0, Json.read("{\"id\":\"a\",\"relevance\":1}".getBytes(StandardCharsets.UTF_8), ArticleLabelled.class).relevance());
        // Whitespace after the value, a byte order mark and fields added later are still one record.
        assertEquals("p", Json.read("\uFEFF{\"id\":\"p\",\"content\":\"c\",\"later\":{\"a\":[1]}} \n".getBytes(StandardCharsets.UTF_8),
                PageReceived.class).id());
    }

    /**
     * A string escaping a surrogate without its pair is no Unicode text (probe of session 34): it was read, written on
     * as a {@code ?} or as the escape, and reached readers that refuse it. Pairs, escaped or not, are text.
     */
    @Test
    void aStringWithAnUnpairedSurrogateIsMalformed() {
        for (String json : List.of("{\"id\":\"p\",\"content\":\"a\\ud800\"}", "{\"id\":\"p\",\"content\":\"\\udc00b\"}",
                "{\"id\":\"p\",\"content\":\"\\ud83d\\ud83d\\ude00\"}", "{\"id\":\"p\\ude00\",\"content\":\"c\"}")) {
            MalformedRecordException e = assertThrows(MalformedRecordException.class,
                    () -> Json.read(json.getBytes(StandardCharsets.UTF_8), PageReceived.class), json);
            assertTrue(e.getMessage().contains("unpaired surrogate"), e.getMessage());
        }
        for (String json : List.of("{\"id\":\"a\",\"evidence\":[\"x\\udbff\"]}", "{\"id\":\"a\",\"title\":\"\\udfff\"}")) {
            assertThrows(MalformedRecordException.class, () -> Json.read(json.getBytes(StandardCharsets.UTF_8), ArticleLabelled.class), json);
        }
        assertEquals("\ud83d\ude00 and \ud83d\ude00", Json.read("{\"id\":\"p\",\"content\":\"\\ud83d\\ude00 and \ud83d\ude00\"}"
                .getBytes(StandardCharsets.UTF_8), PageReceived.class).content());
    }

    /**
     * JSON in UTF-16 or UTF-32 without a byte order mark holds no byte UTF-8 forbids, and Jackson detects the encoding
     * from the zero bytes among the first four and reads it (review of session 49: a subscription created over HTTP from
     * a UTF-16 body). RFC 8259 §8.1 asks UTF-8: malformed, as "Invalid UTF-8"; with a mark they were already.
     */
    @Test
    void jsonInUtf16OrUtf32IsMalformedWithOrWithoutAByteOrderMark() {
        for (String charset : List.of("UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE")) {
            for (String mark : List.of("", "\uFEFF")) {
                byte[] json = (mark + "{\"id\":\"p\",\"content\":\"a\"}").getBytes(java.nio.charset.Charset.forName(charset));
                MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> Json.read(json, PageReceived.class),
                        charset + (mark.isEmpty() ? "" : " with a mark"));
                assertTrue(e.getMessage().contains("Invalid UTF-8"), e.getMessage());
            }
        }
        assertEquals("a", Json.read(" \n{\"id\":\"p\",\"content\":\"a\"}".getBytes(StandardCharsets.UTF_8), PageReceived.class).content());
    }

    /**
     * Bytes UTF-8 forbids (RFC 3629) that Jackson decodes as what they spell (probe of session 38): an overlong slash or
     * dot, an encoded surrogate pair (CESU-8), past U+10FFFF, an encoded lone surrogate, a sequence cut short. Each is a
     * malformed record saying "Invalid UTF-8", as a byte that starts no sequence already was; well-formed text of one to
     * four bytes a character, a byte order mark included, is read as before.
     */
    @Test
    void bytesThatAreNotWellFormedUtf8AreMalformed() {
        byte[][] illFormed = {{(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0xAE},
                {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0xBD, (byte) 0xED, (byte) 0xB8, (byte) 0x80},
                {(byte) 0xED, (byte) 0xB0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xFF}};
        for (byte[] bad : illFormed) {
            byte[] json = concat("{\"id\":\"p\",\"content\":\"a".getBytes(StandardCharsets.UTF_8), bad, "b\"}".getBytes(StandardCharsets.UTF_8));
            MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> Json.read(json, PageReceived.class),
                    java.util.HexFormat.of().formatHex(bad));
            assertTrue(e.getMessage().contains("Invalid UTF-8"), e.getMessage());
            assertTrue(WellFormedUtf8.firstIllFormed(json, 0, json.length) >= 0, java.util.HexFormat.of().formatHex(bad));
        }
        String text = "a\u00e9\u0416\u20ac\uffff\ud83d\ude00\udbff\udfff\u0000b";
        assertEquals(text, Json.read(("\uFEFF{\"id\":\"p\",\"content\":\"" + text.replace("\u0000", "\\u0000") + "\"}")
                .getBytes(StandardCharsets.UTF_8), PageReceived.class).content());
        byte[] wellFormed = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, WellFormedUtf8.firstIllFormed(wellFormed, 0, wellFormed.length));
        // A reader handing Jackson a stream (as an HTTP server may) is checked across its reads, a sequence split between them.
        var mapper = Json.strict(Json.configure(new com.fasterxml.jackson.databind.ObjectMapper()));
        byte[] overlong = concat("{\"id\":\"p\",\"content\":\"a".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF},
                "b\"}".getBytes(StandardCharsets.UTF_8));
        Throwable e = assertThrows(java.io.IOException.class, () -> mapper.readValue(new OneByteAtATime(overlong), PageReceived.class));
        while (!(e instanceof com.fasterxml.jackson.core.JsonParseException) && e.getCause() != null) {
            e = e.getCause(); // databind wraps what the parser threw while a field was read; the HTTP answer walks the chain too
        }
        assertTrue(e instanceof com.fasterxml.jackson.core.JsonParseException p && p.getOriginalMessage().startsWith("Invalid UTF-8"),
                e.toString());
        byte[] split = ("{\"id\":\"p\",\"content\":\"" + text.replace("\u0000", "\\u0000") + "\"}").getBytes(StandardCharsets.UTF_8);
        assertEquals(text, assertDoesNotThrow(() -> mapper.readValue(new OneByteAtATime(split), PageReceived.class)).content());
    }

    private static byte[] concat(byte[]... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** A stream that hands out one byte per read, so a UTF-8 sequence always spans reads. */
    private static final class OneByteAtATime extends java.io.InputStream {
        private final byte[] bytes;
        private int next;

        OneByteAtATime(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return next < bytes.length ? bytes[next++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int c = read();
            if (c < 0) {
                return -1;
            }
            b[off] = (byte) c;
            return 1;
        }
    }

    /**
     * A subscription's version past what any JSON reader holds exactly, or below 0, is no record Tumen writes (probe of
     * session 34): one near Long.MAX_VALUE wrapped to a negative version at its next change, the race rule off from then on.
     */
    @Test
    void aSubscriptionVersionOutsideItsRangeIsMalformed() {
        String head = "{\"id\":\"sub_1\",\"url\":\"https://x.example/h\",\"secrets\":[\"s\"],\"version\":";
        for (String version : List.of("9223372036854775807", "9007199254740992", "-1", "-9223372036854775808")) {
            MalformedRecordException e = assertThrows(MalformedRecordException.class, () -> Json.read((head + version + "}")
                    .getBytes(StandardCharsets.UTF_8), Subscription.class), version);
            // The record's own words for its dead letter, not Jackson's with the class behind it.
            assertEquals("invalid Subscription: version " + version + " outside 0 to 9007199254740991", e.getMessage());
        }
        assertEquals(Subscription.MAX_VERSION, Json.read((head + "9007199254740991}").getBytes(StandardCharsets.UTF_8), Subscription.class).version());
        assertEquals(0, Json.read((head + "0}").getBytes(StandardCharsets.UTF_8), Subscription.class).version());
    }

    /** A time RFC 3339 cannot write (Java writes "+10000-…") is no time a reader downstream takes (probe of session 34). */
    @Test
    void aTimeOutsideRfc3339sYearsIsMalformed() {
        for (String at : List.of("+10000-01-01T00:00:00Z", "-0001-12-31T00:00:00Z", "+1000000000-12-31T23:59:59Z")) {
            assertThrows(MalformedRecordException.class, () -> Json.read(("{\"id\":\"a\",\"published\":\"" + at + "\"}")
                    .getBytes(StandardCharsets.UTF_8), ArticleLabelled.class), at);
        }
        for (String at : List.of("9999-12-31T23:59:59.999999999Z", "0000-01-01T00:00:00Z")) {
            assertEquals(Instant.parse(at), Json.read(("{\"id\":\"a\",\"published\":\"" + at + "\"}").getBytes(StandardCharsets.UTF_8),
                    ArticleLabelled.class).published());
        }
    }
}
