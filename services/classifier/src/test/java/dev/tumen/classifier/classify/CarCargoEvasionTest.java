package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.30.0 (session 31, labels), a class from the lead's blind sets of session 29 (cls22): cars carried to North
 * Korea "в обход санкционных ограничений" are cargo moved against the ban (settled case: fuel or cargo smuggled between
 * the two is sanctions evasion, high). Cars were no cargo goods, and the Ukrainian, Chinese, Japanese and Korean ways of
 * saying "bypassing the sanctions" (в обхід, 绕过, 制裁逃れ, 제재를 피해) were no words of evasion, so these read medium.
 * Cars sold under a trade agreement stay trade (medium).
 */
class CarCargoEvasionTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; HIGH; Российские машины в Пхеньяне; Легковые автомобили российской сборки отправляют в КНДР в обход санкционных ограничений через порт Владивостока, сообщает издание.",
        "uk; HIGH; Росія в обхід санкцій постачає до КНДР автомобілі; Російська компанія відправила до КНДР десятки автомобілів в обхід санкційних обмежень ООН, повідомили в прокуратурі.",
        "ko; HIGH; 러시아서 북한으로 자동차 밀반출; 러시아 업체가 유엔 제재를 피해 북한으로 자동차 수십 대를 반출한 사실이 드러났다고 러시아 검찰이 밝혔다.",
        "zh; HIGH; 平壤街头出现俄罗斯汽车; 报道称，俄罗斯组装的汽车绕过制裁限制，经符拉迪沃斯托克港运往朝鲜。",
        "ja; HIGH; ロシア企業、制裁逃れで北朝鮮に車両を密輸; ロシア沿海地方の検察によると、ロシア企業が国連制裁を逃れて北朝鮮に車両数十台を密輸した。",
        "ru; MEDIUM; Россия начала поставлять в КНДР автомобили; Российские производители начали поставки легковых автомобилей в КНДР по новому торговому соглашению.",
    })
    void carsMovedPastTheSanctionsAreEvasion(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
