package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFieldsTest {

    @Test
    void oneLineRefusesEveryControlSeparatorAndBidiOverride() {
        for (String bad : List.of("a\nb", "a\rb", "a\tb", "a\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\u009b", "a\u2028b",
                "a\u2029b", "evil\u202Egnp.exe", "\u202Aa", "\u2066x\u2069")) {
            assertFalse(TextFields.isOneLine(bad), bad);
        }
        for (String good : List.of("", "Yonhap", "ТАСС", "조선중앙통신", "新华社", "NHK ニュース", "Укрінформ", "a b", "rock 🤘🏽",
                "family 👨\u200D👩\u200D👧", "می\u200Cخواهم", "שלום\u200F")) {
            assertTrue(TextFields.isOneLine(good), good);
        }
    }

    @Test
    void textAllowsLineBreaksAndTabsOnly() {
        assertTrue(TextFields.isText("Kim\r\nPutin\tsummit \u202B עברית"));
        for (String bad : List.of("\u0000", "\u0007", "\u001b", "\u007f", "\u0085")) {
            assertFalse(TextFields.isText("a" + bad), bad);
        }
    }

    @Test
    void aHeadlineIsFoldedToOneBoundedLine() {
        assertEquals("Kim meets Putin", TextFields.headline("  Kim\r\n\tmeets\u00a0\u0085 Putin\u0007 "));
        assertNull(TextFields.headline(" \n\u0000 "));
        assertNull(TextFields.headline(null));
        String longOne = TextFields.headline("x".repeat(998) + "😀" + "y".repeat(10));
        assertEquals(999, longOne.length());
        assertTrue(longOne.endsWith("x…"), "a character is not split: " + longOne.substring(990));
    }
}
