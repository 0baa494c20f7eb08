package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.1: classes from the held-out errors of the k-fold by rule support on dev2's tuning part (errors of real
 * article structure), each fixed for its rubric row in every language it is written in, never by one item's words.
 * Invented sentences; the cases marked "guard" were right before and must stay so.
 */
class HeldOutS28Test {
    /**
     * Weapons handed to the other side are supplied ("North Korea handed Russia a million shells"): "handed" without
     * "over", 건네다 and 手渡す were words of gifts alone, so such a sentence rated no row. Guards: a gift handed over stays
     * a gift; weapons handed to a third country are no supply between the two.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korea handed Russia a million artillery shells, Seoul says; North Korea has handed Russia more than a million artillery shells and several types of missiles, South Korea's intelligence service said on Tuesday.",
        "en; HIGH; Pyongyang handed Moscow missiles for its war, Kyiv says; Ukraine's military intelligence said Pyongyang had handed Moscow dozens of ballistic missiles and millions of shells.",
        "ko; HIGH; 국정원 \"北, 러시아에 포탄 100만 발 건넸다\"; 국가정보원은 북한이 러시아에 포탄 100만 발과 여러 종류의 미사일을 건넸다고 밝혔다.",
        "ja; HIGH; 北朝鮮、ロシアに砲弾100万発を手渡す　韓国情報機関; 韓国の情報機関は、北朝鮮がロシアに砲弾100万発以上と数種類のミサイルを手渡したと明らかにした。",
        "en; LOW; Putin handed Kim a hunting rifle as a gift; Russian President Vladimir Putin handed Kim Jong Un a hunting rifle as a personal gift at the end of their talks, the Kremlin said.",
    })
    void weaponsHandedToTheOtherSideAreSupplied(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
