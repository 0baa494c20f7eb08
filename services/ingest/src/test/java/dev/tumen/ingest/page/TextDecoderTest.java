package dev.tumen.ingest.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    static final String RUSSIAN = "Министр обороны России Андрей Белоусов прибыл в Пхеньян для переговоров с руководством КНДР. "
            + "Стороны обсудили военное сотрудничество и выполнение договора о всеобъемлющем стратегическом партнёрстве. ";
    static final String KOREAN = "러시아 국방장관이 평양에 도착해 북한 지도부와 회담을 가졌다. 양측은 군사 협력과 포괄적 전략 동반자 관계 조약의 이행을 논의했다. ";

    @Test
    void detectsUndeclaredWindows1251() {
        byte[] bytes = ("<html><body><p>" + RUSSIAN.repeat(3) + "</p></body></html>").getBytes(Charset.forName("windows-1251"));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null, false);
        assertTrue(decoded.text().contains("Белоусов прибыл в Пхеньян"), decoded.text());
        assertEquals("detected", decoded.how());
    }

    @Test
    void detectsUndeclaredEucKr() {
        byte[] bytes = ("<html><body><p>" + KOREAN.repeat(3) + "</p></body></html>").getBytes(Charset.forName("EUC-KR"));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null, false);
        assertTrue(decoded.text().contains("평양에 도착해"), decoded.text());
    }

    @Test
    void honoursMetaCharset() {
        byte[] bytes = ("<html><head><meta charset=\"windows-1251\"></head><body>" + "Пхеньян" + "</body></html>")
                .getBytes(Charset.forName("windows-1251"));
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, null, false);
        assertEquals("meta", decoded.how());
        assertTrue(decoded.text().contains("Пхеньян"));
    }

    @Test
    void declaredCharsetWinsAndLyingServerFallsBackToSniffing() {
        byte[] utf8 = "Пхеньян".getBytes(StandardCharsets.UTF_8);
        assertEquals("Пхеньян", TextDecoder.decode(utf8, "utf-8", true).text());
        // windows-1252 cannot decode byte 0x98 of "ь" in UTF-8: a server that says so is lying.
        assertEquals("Пхеньян", TextDecoder.decode(utf8, "windows-1252", false).text());
    }

    @Test
    void strictDeclaredCharsetThatDoesNotFitIsRefused() {
        byte[] latin = "Pjöngjang ü".getBytes(StandardCharsets.ISO_8859_1);
        Refusal r = assertThrows(Refusal.class, () -> TextDecoder.decode(latin, "utf-8", true));
        assertEquals(422, r.status());
        assertEquals("wrong-encoding", r.reason());
    }

    @Test
    void refusesBinary() {
        assertEquals("binary-content", assertThrows(Refusal.class,
                () -> TextDecoder.decode(new byte[] {'%', 'P', 'D', 'F', '-', '1'}, null, false)).reason());
        byte[] junk = new byte[2000];
        new java.util.Random(1).nextBytes(junk);
        Refusal r = assertThrows(Refusal.class, () -> TextDecoder.decode(junk, null, false));
        assertEquals(415, r.status());
        assertThrows(Refusal.class, () -> TextDecoder.requireText("abc\u0000def"));
    }

    @Test
    void readsByteOrderMark() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        assertEquals("hi", TextDecoder.decode(bytes, "windows-1251", false).text());
    }
}
