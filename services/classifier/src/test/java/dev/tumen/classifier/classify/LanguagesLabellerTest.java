package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ukrainian, Chinese (simplified and traditional) and Japanese go through the same gazetteer and cue lists as
 * Russian and Korean: one invented article per rubric row and per hard negative in each language.
 */
class LanguagesLabellerTest {
    private static final Labeller LABELLER = new Labeller();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // lang; expected; headline; lead
        "uk; CRITICAL; Північна Корея відправила тисячі солдатів до Курської області; Пхеньян направив своїх військових воювати на боці Росії проти українських сил, заявили в Сеулі.",
        "uk; HIGH; Міністр оборони Росії прибув до Пхеньяна; Андрій Білоусов зустрівся з Кім Чен Ином і обговорив військову співпрацю між Росією та КНДР.",
        "uk; MEDIUM; Росія та КНДР домовилися про нові туристичні рейси; Російські туристи зможуть відвідувати курорт у Північній Кореї, повідомили в Москві після переговорів про торгівлю.",
        "uk; LOW; Кім Чен Ин надіслав Путіну привітання з днем народження; Північнокорейський лідер побажав російському президенту здоров'я, повідомило агентство ЦТАК.",
        "zh; CRITICAL; 朝鲜向俄罗斯库尔斯克派遣数千名士兵; 韩国情报部门称，朝鲜军人已在前线与乌克兰军队作战，为俄罗斯而战。",
        "zh; HIGH; 普京抵达平壤与金正恩举行峰会; 俄罗斯总统普京19日抵达平壤，开始对朝鲜进行国事访问，两国领导人举行会谈。",
        "zh; MEDIUM; 俄朝签署旅游与铁路合作协议; 俄罗斯与朝鲜代表团在莫斯科签署协议，将增加航班并扩大两国之间的贸易。",
        "zh; LOW; 朝鮮藝術團在莫斯科舉行公演; 朝鮮藝術團抵達俄羅斯，在莫斯科大劇院舉行音樂會，慶祝兩國文化交流。",
        "ja; CRITICAL; 北朝鮮兵がクルスク州に到着、ロシア軍と共に戦闘; 米国防総省は、ロシアに派遣された北朝鮮の兵士がウクライナ軍との戦闘に投入されたと明らかにした。",
        "ja; HIGH; プーチン大統領が平壌を訪問、金正恩氏と首脳会談; ロシアのプーチン大統領は平壌に到着し、北朝鮮の金正恩総書記と首脳会談を行った。",
        "ja; MEDIUM; ロシアと北朝鮮、観光と鉄道で協力へ; ロシアのコズロフ天然資源相は平壌で北朝鮮側と会談し、貿易と鉄道の協力で合意した。",
        "ja; LOW; 金正恩氏がプーチン氏に誕生日の祝電; 北朝鮮の金正恩総書記はロシアのプーチン大統領に誕生日を祝うメッセージを送ったと朝鮮中央通信が伝えた。",
    })
    void ratesEachRowInEachLanguage(String lang, Severity expected, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + title + " (relevance " + l.relevance() + ")");
        assertEquals(expected, l.severity(), lang + ": " + title);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // only one side
        "uk; Північна Корея запустила балістичну ракету над Японією; Ракета впала в море, повідомили в Токіо; агентство ЦТАК назвало запуск успішним.",
        "zh; 朝鲜向东部海域发射一枚弹道导弹; 韩国联合参谋本部表示，朝鲜今天上午发射了一枚弹道导弹，日本防卫省称导弹已坠落。",
        "ja; 北朝鮮が弾道ミサイルを発射; 日本政府によると、北朝鮮から発射された弾道ミサイルは日本の排他的経済水域の外に落下した。",
        // both only as items of a list with third countries (、・や, 和, and Korean 와 or the middle dot)
        "zh; 美国国防报告将伊朗、俄罗斯和朝鲜列为主要威胁; 美国国防部发布的报告将中国、伊朗、俄罗斯和朝鲜列为主要威胁。",
        "ja; 防衛白書、中国・ロシア・北朝鮮を脅威と明記; 日本の防衛白書は中国、ロシア、北朝鮮を安全保障上の脅威と明記した。",
        "ja; 防衛白書 中国やロシアと北朝鮮の動向を分析; 日本の防衛白書は中国やロシアと北朝鮮の軍事動向を詳しく分析した。",
        "ko; 미 국방전략서, 중국·러시아·북한·이란 위협 명시; 미국 국방부는 중국, 러시아와 북한, 이란을 주요 위협으로 명시했다.",
        // a Chinese word holding 露 is no Russia
        "zh; 朝鲜官员透露新的经济计划; 朝鲜官员向媒体透露，平壤将在明年推出新的农业计划。",
    })
    void oneSidedStoriesStayIrrelevant(String lang, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertFalse(l.relevant(), () -> lang + " expected not relevant: " + title + " (relevance " + l.relevance() + ")");
    }
}
