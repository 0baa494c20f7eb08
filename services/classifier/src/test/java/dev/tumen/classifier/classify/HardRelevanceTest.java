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
}
