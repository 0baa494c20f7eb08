package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.27.2, a class from the lead's blind items of session 28 (invented articles, other words than the item's): oil
 * moved from one ship onto another is told by the act of transshipment (해상 환적, 옮겨 싣는, перевалка, 过驳,
 * transshipped) rather than by a verb of supply, and is the rubric's oil carried between the two, high (the four HIGH
 * cases failed before: medium). Transshipment is a move, not a good: coal transshipped through a port is the transport
 * project it always was (the Korean guard was high before, when 환적 counted as the evaded good too).
 */
class TransshipmentTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; HIGH; 러시아 유조선-북한 선박 해상 환적 또 적발; 러시아 유조선과 북한 선박 사이의 해상 환적이 또 적발됐다고 일본 방위성이 밝혔다.",
        "en; HIGH; North Korean vessel transshipped Russian diesel at sea, Japan says; A North Korean vessel transshipped diesel from a Russian tanker in the Sea of Japan, Japan's defence ministry said, releasing aerial photographs.",
        "ru; HIGH; Япония сообщила о перевалке российского топлива на судно КНДР; Минобороны Японии сообщило о перевалке топлива с российского танкера на северокорейское судно в открытом море.",
        "zh; HIGH; 日本称俄罗斯油轮与朝鲜船只海上过驳燃油; 日本防卫省称，一艘俄罗斯油轮在日本海公海与朝鲜船只进行燃油过驳。",
        "ko; HIGH; 북한 화물선, 공해상서 러시아 유조선 경유 옮겨 실어; 북한 화물선이 동해 공해상에서 러시아 유조선으로부터 경유를 옮겨 실은 사실이 위성사진으로 확인됐다.",
        "ko; MEDIUM; 러시아산 석탄, 나진항 통해 환적 수출 재개; 러시아산 석탄을 북한 나진항에서 환적해 제3국으로 수출하는 나진-하산 물류 사업이 재개됐다고 러시아 철도공사가 밝혔다.",
        "ru; MEDIUM; Перевалка российского угля в порту Раджин возобновилась; Перевалка российского угля через северокорейский порт Раджин возобновилась в рамках проекта «Хасан — Раджин», сообщили в РЖД.",
        "en; MEDIUM; Russian coal transshipment through Rajin resumes; Transshipment of Russian coal through North Korea's Rajin port has resumed under the Khasan-Rajin logistics project, Russian Railways said.",
    })
    void oilMovedFromShipToShipIsEvasionAndCoalThroughAPortIsTransport(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
