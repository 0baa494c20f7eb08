package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.27.1: a third party's document listing threats, each country owning one item ("China's build-up, North Korea's
 * missiles and Russia's war"), is no report of the two (issue 14's white paper; the lead's blind item and every case here
 * but the guards failed before: critical or medium). Invented sentences; the guards keep the pair where the possessives
 * are the two sides acting together or a list without a third country. Model 0.27.2: Russian and Ukrainian put the owner
 * after its item, in the genitive ("расширение флота Китая, ракетные испытания КНДР и войну России"; the lead's blind
 * item of session 28 and the ru/uk cases failed before: medium); the guards keep a source phrase (", по данным разведки
 * Южной Кореи,") and an adjective ("российские технологии") out of the list.
 */
class PossessiveListsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; Defence review names top threats to Australia; Australia's defence review on Monday named China's naval expansion, North Korea's missile tests and Russia's war in Ukraine as the main threats to regional stability.",
        "ko; 호주 국방검토서 \"역내 최대 위협\" 명시; 호주 정부는 국방검토서에서 중국의 해군력 확장, 북한의 미사일 시험, 러시아의 우크라이나 전쟁을 역내 안정의 주요 위협으로 꼽았다.",
        "ja; 豪国防見直し、主な脅威を列挙; オーストラリア政府は国防見直しで、中国の海軍力拡大、北朝鮮のミサイル発射、ロシアのウクライナ侵攻を地域の安定への主な脅威に挙げた。",
        "zh; 澳大利亚国防评估列出主要威胁; 澳大利亚政府在国防评估中将中国的海军扩张、朝鲜的导弹试射和俄罗斯对乌克兰的战争列为地区稳定的主要威胁。",
        "ru; Австралия назвала главные угрозы в оборонном обзоре; Правительство Австралии в оборонном обзоре назвало расширение флота Китая, ракетные испытания КНДР и войну России против Украины главными угрозами стабильности в регионе.",
        "uk; Австралія назвала головні загрози в оборонному огляді; Уряд Австралії в оборонному огляді назвав розширення флоту Китаю, ракетні випробування КНДР та війну Росії проти України головними загрозами стабільності в регіоні.",
    })
    void aListOfEachCountrysThreatIsNoReportOfTheTwo(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korea's troops and Russia's marines fight side by side in Kursk; North Korea's troops and Russia's marines fought side by side to retake villages in the Kursk region, Ukrainian officials said.",
        "ko; CRITICAL; 북한군과 러시아군, 쿠르스크서 합동 작전; 북한의 병력과 러시아의 해병대가 쿠르스크 지역에서 함께 싸웠다고 우크라이나 당국이 밝혔다.",
        "ru; CRITICAL; Войска КНДР воюют на стороне России, заявили в Сеуле; Войска КНДР, по данным разведки Южной Кореи, воюют на стороне России в Курской области.",
        "ru; CRITICAL; Северокорейские и российские военные вместе отбили села; Бойцы КНДР и морпехи России вместе отбили несколько сел в Курской области, заявили в Генштабе Украины.",
        "ru; CRITICAL; Россия передала КНДР ракетные технологии, сообщает разведка; Северной Корее, по данным разведки Южной Кореи, были переданы российские технологии для разработки ракет.",
    })
    void theTwoSidesActingTogetherStayAPair(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
