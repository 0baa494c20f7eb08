package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. Painting, sculpture and the fine arts are the rubric's exhibitions of art (low) in every language, not
 * a showing of something else; and a side's body speaking in the headline with a third country as what it says
 * ("Russian MFA: the US is to blame") is one half of a pair with the lead's statement by that side about the other,
 * the third country being no meeting partner. Invented articles (headline; lead).
 */
class ArtAndSpokenHeadlineTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; LOW; В Пхеньяне открылась выставка российской живописи; В Пхеньяне открылась выставка российской живописи из собраний музеев Владивостока.",
        "uk; LOW; У Пхеньяні відкрилася виставка російського живопису; У Пхеньяні відкрилася виставка російського живопису з музеїв Владивостока.",
        "ko; LOW; 평양서 러시아 회화 전시회; 평양에서 러시아 회화 전시회가 개막했다고 조선중앙통신이 전했다.",
        "zh; LOW; 俄罗斯绘画展在平壤开幕; 俄罗斯绘画作品展在平壤开幕。",
        "ja; LOW; 平壌でロシア絵画展; 平壌でロシアの絵画の展示が始まった。",
        "de; LOW; Russische Gemälde in Pjöngjang; In Pjöngjang ist eine Ausstellung russischer Gemälde eröffnet worden.",
    })
    void paintingsShownAreAnExhibitionOfArt(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "zh; MEDIUM; 俄外交部：半岛紧张责任在美国; 俄罗斯外交部发言人扎哈罗娃表示，朝鲜有权采取措施保障自身安全。",
        "ru; MEDIUM; МИД России: в напряжённости виноваты США; Официальный представитель МИД России Мария Захарова заявила, что КНДР имеет право защищать свою безопасность.",
        "en; MEDIUM; Russian foreign ministry: the US is to blame; Russian foreign ministry spokeswoman Maria Zakharova said North Korea had the right to defend its security.",
        "de; MEDIUM; Russisches Außenministerium: Die USA sind schuld; Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, sagte, Nordkorea habe das Recht, seine Sicherheit zu verteidigen.",
    })
    void aSideSpeakingInTheHeadlineIsHalfOfAPair(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
