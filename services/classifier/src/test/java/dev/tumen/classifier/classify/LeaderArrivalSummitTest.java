package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. A leader arriving in the other side's capital, or by his own train, for talks is a summit under way
 * (spec: summits count whether held, announced or under way), also when the foreign minister who meets him at the
 * station is named in the next sentence. Invented articles (headline; lead).
 */
class LeaderArrivalSummitTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "uk; HIGH; Кім Чен Ин прибув до Москви на переговори з Путіним; Лідер КНДР Кім Чен Ин прибув до Москви. На вокзалі його зустрів міністр закордонних справ Росії Сергій Лавров.",
        "ko; HIGH; 김정은, 푸틴과 회담 위해 모스크바 도착; 김정은 국무위원장이 전용열차로 모스크바에 도착했다. 역에서는 라브로프 러시아 외무장관이 그를 맞았다.",
        "de; HIGH; Kim zu Gesprächen mit Putin in Moskau; Nordkoreas Machthaber Kim Jong Un ist in Moskau eingetroffen. Am Bahnhof empfing ihn der russische Außenminister Sergej Lawrow.",
        "zh; HIGH; 金正恩抵达莫斯科与普京会谈; 朝鲜最高领导人金正恩乘专列抵达莫斯科。俄罗斯外长拉夫罗夫在车站迎接。",
        "ja; HIGH; 金正恩氏、プーチン氏との会談へモスクワに到着; 北朝鮮の金正恩総書記が専用列車でモスクワに到着した。駅ではロシアのラブロフ外相が出迎えた。",
        "ru; HIGH; Ким Чен Ын прилетел в Москву на переговоры с Путиным; Лидер КНДР Ким Чен Ын прилетел в Москву. В аэропорту его встретил министр иностранных дел России Сергей Лавров.",
        "en; HIGH; Kim lands in Moscow for talks with Putin; North Korean leader Kim Jong Un landed in Moscow on Tuesday. He was met by Foreign Minister Sergei Lavrov.",
    })
    void aLeaderArrivingInTheOtherCapitalIsTheSummit(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
