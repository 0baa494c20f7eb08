package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 14's hard relevance cases: who is named only in the background, whose leaders "the two leaders" are, datelines. */
class HardRelevanceTest {
    private static final Labeller LABELLER = new Labeller();

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // the other side named only inside a background clause is no side of the event
        "en; Kim inspects missile factory amid closer ties with Russia; North Korean leader Kim Jong Un inspected a missile factory, amid closer ties with Russia, state media said. He called for more production.",
        "ko; 中, 김정은을 푸틴에 이어 최고 수준 예우; 중국이 김정은 국무위원장을 푸틴 대통령에 이어 최고 수준으로 예우하며 북중 밀착을 과시했다. 북중 정상회담 의제는 경제 협력 강화가 될 전망이다.",
        "ru; Ким Чен Ын осмотрел ракетный завод; Лидер КНДР Ким Чен Ын осмотрел ракетный завод на фоне сближения с Россией, сообщило ЦТАК. Он призвал нарастить производство.",
        // "the two leaders" in a sentence naming a third country are that country's leader and the other
        "en; Chinese President Xi, Kim hold talks; President Xi Jinping reassured Kim Jong Un of North Korea's importance to China as the two leaders met for talks in Beijing. Xi said ties with Pyongyang would not change. Putin had left Beijing on Wednesday.",
    })
    void backgroundAndThirdCountriesMakeNoPair(String lang, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertFalse(l.relevant(), () -> lang + " expected not relevant: " + title + " (relevance " + l.relevance() + ")");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // an untitled page's dateline takes neither the headline's place nor a lead sentence
        "ru; HIGH; ВАШИНГТОН, 21 мар /ПРАЙМ/. США внесли российские суда в список нарушающих санкции по КНДР, сообщил минфин США. По его данным, суда перегружали нефть в море на северокорейские суда.",
        "en; HIGH; SEOUL, Oct. 7 (Yonhap) - South Korea said on Monday that Russian tankers delivered oil to North Korea in violation of UN sanctions. The ships unloaded fuel at a North Korean port.",
    })
    void datelinesDoNotUseUpTheLead(String lang, Severity expected, String body) {
        Label l = LABELLER.label("", body);
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + body + " (relevance " + l.relevance() + ")");
        assertEquals(expected, l.severity(), () -> lang + ": " + l.basis());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // statements by either side about the other, without a verb of interaction
        "en; Zakharova says Pyongyang has every right to self-defence; Russian Foreign Ministry spokeswoman Maria Zakharova said North Korea has every right to ensure its security and that Moscow regards Pyongyang's position as legitimate.",
        "ru; Захарова: КНДР имеет право на самооборону; Официальный представитель МИД России Мария Захарова заявила, что КНДР имеет полное право обеспечивать свою безопасность.",
        "uk; Захарова: КНДР має право на самооборону; Речниця МЗС Росії Марія Захарова заявила, що КНДР має повне право забезпечувати свою безпеку.",
        "ko; 러 외무부 \"북한, 자위권 있다\"; 마리야 자하로바 러시아 외무부 대변인은 북한이 자국의 안보를 지킬 권리가 있다고 말했다.",
        "zh; 俄外交部：朝鲜有权自卫; 俄罗斯外交部发言人扎哈罗娃表示，朝鲜完全有权保障本国安全。",
        "ja; ロシア外務省「北朝鮮には自衛権がある」; ロシア外務省のザハロワ報道官は、北朝鮮には自国の安全を守る権利があると述べた。",
    })
    void statementsAboutTheOtherSideAreRelevant(String lang, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + title + " (relevance " + l.relevance() + ")");
    }
}
