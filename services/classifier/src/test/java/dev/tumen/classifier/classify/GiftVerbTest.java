package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.17.0: a gift told only by the verb of giving, the leader as receiver ("gave Kim an Aurus limousine"), is the
 * gift (low), as the other languages' gift verbs already were; at a summit whose own event the article reports, the
 * summit's row still wins. Invented sentences, never article text.
 */
class GiftVerbTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Putin gave Kim an Aurus limousine; Russian President Vladimir Putin gave North Korean leader Kim Jong Un an Aurus limousine during their summit in Pyongyang, the Kremlin said. Kim took Putin for a drive in the car.",
        "en; LOW; Kim gave Putin a pair of hunting dogs; North Korean leader Kim Jong Un gave Vladimir Putin a pair of Pungsan hunting dogs, KCNA said.",
        "ru; LOW; Путин подарил Ким Чен Ыну автомобиль; Президент России Владимир Путин подарил лидеру КНДР Ким Чен Ыну автомобиль Aurus.",
        "uk; LOW; Путін подарував Кім Чен Ину автомобіль; Президент Росії Володимир Путін подарував лідеру КНДР Кім Чен Ину автомобіль Aurus.",
        "ko; LOW; 푸틴, 김정은에 아우루스 승용차 선물; 블라디미르 푸틴 러시아 대통령이 김정은 국무위원장에게 아우루스 승용차를 선물했다고 조선중앙통신이 보도했다.",
        "zh; LOW; 普京向金正恩赠送汽车; 俄罗斯总统普京向朝鲜领导人金正恩赠送了一辆奥鲁斯轿车。",
        "ja; LOW; プーチン氏、金正恩氏に高級車を贈呈; ロシアのプーチン大統領は北朝鮮の金正恩総書記に高級車アウルスを贈呈した。",
        "de; LOW; Putin schenkt Kim Jong Un eine Limousine; Russlands Präsident Wladimir Putin schenkte dem nordkoreanischen Machthaber Kim Jong Un eine Aurus-Limousine.",
    })
    void aGiftToldByTheVerbOfGivingIsTheGift(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Putin, Kim hold summit; Putin gave Kim an assurance of support at the summit in Pyongyang, where the two signed a mutual defence treaty.",
    })
    void theSummitsRowStillWins(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
