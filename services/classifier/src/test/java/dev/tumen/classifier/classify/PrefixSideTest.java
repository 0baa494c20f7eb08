package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. Korean, Chinese and Japanese name a side by a prefix joined to the noun: 대북제재 and 对朝制裁 (sanctions on
 * the North), 방북 (a visit to the North), 対北制裁, 대러제재, 对俄. The article speaks of that side as surely as with its
 * name. Invented articles (headline; lead).
 */
class PrefixSideTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; HIGH; 러시아, 대북제재 결의안에 거부권; 러시아가 유엔 안보리에서 대북제재 강화 결의안에 거부권을 행사했다.",
        "zh; HIGH; 俄罗斯否决对朝制裁决议; 俄罗斯在联合国安理会否决了对朝制裁决议草案。",
        "ja; HIGH; ロシア、対北制裁決議に拒否権; ロシアは国連安全保障理事会で対北制裁の決議案に拒否権を行使した。",
        "ko; MEDIUM; 방북한 러시아 교통장관, 철도 협정 서명; 방북한 러시아 교통부 장관이 평양에서 철도 협력 협정에 서명했다.",
    })
    void aSideNamedByAPrefixIsNamed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
