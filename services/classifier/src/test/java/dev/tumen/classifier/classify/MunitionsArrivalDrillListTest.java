package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.21.0, second round (issue 14: the main event told through containers and arrivals; third-party lists).
 * North Korean munitions that arrived in Russia are munitions supplied (high) in the languages whose arrival words the
 * supply list lacked (도착, 抵达, 到着, eingetroffen); soldiers arriving stay deployed (critical). A Chinese or Japanese
 * joint naval or air drill is a joint exercise (critical), and 海上演习 holds 上演 (a staging), no performance. A
 * Japanese list written with ・ ("中国・北朝鮮・ロシア") is a list. Found by a second batch of invented probes: German
 * "verschifft" and "auf dem Weg nach" ship, English "received" as Russian получ*, the port of Nakhodka is Russia,
 * technology or data "for (space, ballistic) missiles" is missile technology. Invented articles (headline; lead).
 */
class MunitionsArrivalDrillListTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; HIGH; 북한 탄약 실은 화물열차 러시아 도착; 북한산 포탄을 실은 화물열차가 러시아 국경역에 도착했다고 연구소가 밝혔다.",
        "zh; HIGH; 朝鲜炮弹运抵俄罗斯; 报告称，一批朝鲜炮弹已经运抵俄罗斯西部的弹药库。",
        "ja; HIGH; 北朝鮮の砲弾、ロシアに到着; 北朝鮮製の砲弾を積んだコンテナがロシアの港に到着したと研究所が発表した。",
        "de; HIGH; Nordkoreanische Munition in Russland eingetroffen; Nordkoreanische Artilleriemunition ist in Containern in einem russischen Depot eingetroffen, berichtet ein Forschungsinstitut.",
        "ko; CRITICAL; 북한군 병력 러시아 도착; 북한군 병력 약 3천 명이 러시아에 도착했다고 국가정보원이 밝혔다.",
    })
    void munitionsThatArrivedAreSupplied(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "de; HIGH; Nordkorea verschifft Granaten nach Russland; Nordkorea hat nach Angaben eines Instituts Tausende Container mit Granaten nach Russland verschifft.",
        "ru; HIGH; Через порт Находка прошли контейнеры с боеприпасами из КНДР; Через порт Находка прошли тысячи контейнеров с боеприпасами из КНДР, сообщила разведка.",
        "uk; CRITICAL; Росія передала КНДР технології для ракет; Росія передала КНДР технології для балістичних ракет, заявили в розвідці.",
        "en; CRITICAL; Russia gave North Korea technology for missiles, report says; Russia gave North Korea technology for ballistic missiles, a think tank report said.",
        "uk; CRITICAL; Розвідка: Росія дає КНДР дані для космічних ракет; Росія надає КНДР дані для балістичних ракет, повідомила розвідка.",
        "de; HIGH; Güterzüge mit Munition aus Nordkorea; Güterzüge mit nordkoreanischer Munition sind auf dem Weg nach Russland, zeigen Satellitenbilder.",
        "en; HIGH; Russian factories received North Korean shells, report says; Russian army depots received North Korean artillery shells last month, an investigation found.",
    })
    void shipmentsAndTechnologyForMissiles(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "zh; CRITICAL; 俄朝海军举行联合海上演习; 俄罗斯与朝鲜海军本周在日本海举行联合海上演习。",
        "zh; CRITICAL; 俄朝首次海上联合演习; 俄罗斯与朝鲜周三开始首次海上联合演习，为期两天。",
        "ja; CRITICAL; ロシアと北朝鮮が合同海上演習; ロシア海軍と北朝鮮海軍が日本海で合同海上演習を実施した。",
    })
    void aNavalDrillInChineseOrJapaneseIsAJointExercise(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ja; 防衛白書、中国・北朝鮮・ロシアの軍事動向を分析; 白書は中国の軍備増強、北朝鮮の核開発やロシアの軍事活動に懸念を示した。",
        "ja; 米報告書、イラン・ロシア・北朝鮮を脅威と指摘; 報告書はイランの核計画、ロシアの軍事力や北朝鮮のミサイルを脅威として挙げた。",
    })
    void aJapaneseListWithMiddleDotsIsAList(String lang, String title, String lead) {
        assertFalse(LABELLER.label(title, lead).relevant(), () -> lang + ": " + title);
    }
}
