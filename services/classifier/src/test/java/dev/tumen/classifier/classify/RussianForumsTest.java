package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.27.1: the Russian state's economic forums (Eastern Economic Forum, St Petersburg International Economic Forum)
 * and the Far East development minister name the Russian side, so a North Korean delegation at such a forum, talking
 * trade, is the pair (the lead's blind item, a TASS-style report of a delegation at the forum with no other Russian name
 * in its lead, was not relevant before, as was each case here). Invented sentences.
 */
class RussianForumsTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; North Korean ministers attend Eastern Economic Forum for the first time; A North Korean delegation led by the external economic relations minister attended the Eastern Economic Forum and discussed trade and logistics.",
        "ru; MEDIUM; Делегация КНДР впервые приехала на ВЭФ; Делегация КНДР во главе с министром внешнеэкономических связей впервые приняла участие в ВЭФ и обсудила торговлю и логистику.",
        "ru; MEDIUM; Делегация КНДР приехала на ПМЭФ; Делегация КНДР во главе с министром внешнеэкономических связей приняла участие в ПМЭФ и обсудила торговлю и логистику.",
        "ko; MEDIUM; 북한 대표단, 동방경제포럼 첫 참가; 북한 대외경제상이 이끄는 대표단이 동방경제포럼에 처음 참가해 무역과 물류 협력을 논의했다.",
        "zh; MEDIUM; 朝鲜代表团首次出席东方经济论坛; 朝鲜对外经济相率领的代表团首次出席东方经济论坛，讨论了贸易和物流合作。",
        "ja; MEDIUM; 北朝鮮代表団、東方経済フォーラムに初参加; 北朝鮮の対外経済相が率いる代表団が東方経済フォーラムに初めて参加し、貿易や物流での協力を協議した。",
        "ru; MEDIUM; Чекунков ждёт роста товарооборота с КНДР; Алексей Чекунков заявил, что товарооборот с КНДР может вырасти в несколько раз после открытия моста.",
    })
    void aNorthKoreanDelegationAtARussianStateForumIsThePair(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
