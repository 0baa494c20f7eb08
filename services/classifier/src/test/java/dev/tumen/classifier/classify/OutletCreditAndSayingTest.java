package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.22.0. Two relevance classes of the invented probes in {@code rubric/wire-s23.jsonl}: a country that ends its
 * clause right before an outlet's credit ("a course in Russia, TASS reported") is the clause's side, not the outlet's
 * ("Russian news agency TASS" stays the outlet's); and a side's person or body saying something of the other with a
 * verb or noun of saying the lists lacked (主張した, 表明した, 談話, claimed, утверждает, стверджує, 声称, behauptete) is a
 * statement (spec: statements by either about the other). Invented articles (headline; lead).
 */
class OutletCreditAndSayingTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; North Korean students begin summer course; North Korean students began a summer course at a university in Russia, TASS reported.",
        "ru; LOW; Студенты из КНДР начали учёбу; Студенты из КНДР начали летние курсы в университете в России, сообщает ТАСС.",
        "uk; LOW; Студенти з КНДР почали навчання; Студенти з КНДР почали літні курси в університеті в Росії, повідомляє ТАСС.",
        "de; LOW; Nordkoreanische Studenten beginnen Sommerkurs; Nordkoreanische Studenten haben einen Sommerkurs an einer Universität in Russland begonnen, berichtet Tass.",
    })
    void aCountryBeforeAnOutletsCreditIsTheClausesSide(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; North Korea fires missile, Russian agency says; North Korea fired a ballistic missile into the sea, Russian news agency TASS reported.",
        "ru; КНДР запустила ракету; КНДР запустила баллистическую ракету, сообщает российское агентство ТАСС.",
    })
    void aCountryWordOfTheOutletItselfStaysTheOutlets(String lang, String title, String lead) {
        assertFalse(LABELLER.label(title, lead).relevant(), () -> lang + ": " + title);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ja; MEDIUM; 金与正氏「ロシアの勝利は必然」; 北朝鮮の金与正党副部長は談話で、ロシアの勝利は必然だと主張した。",
        "ja; MEDIUM; 北朝鮮外務省、ロシアは「真の友」; 北朝鮮外務省は声明で、ロシアは真の友人だと表明した。",
        "en; MEDIUM; Kim Yo Jong: Russia will prevail; Kim Yo Jong insisted that Russia would prevail over the West, KCNA reported.",
        "ru; MEDIUM; Ким Ё Чжон: Россия победит; Ким Ё Чжон утверждает, что Россия непременно победит Запад.",
        "uk; MEDIUM; Кім Йо Чжон: Росія переможе; Кім Йо Чжон стверджує, що Росія неодмінно переможе Захід.",
        "zh; MEDIUM; 金与正：俄罗斯必胜; 金与正发表谈话声称，俄罗斯必将战胜西方。",
        "ko; MEDIUM; 김여정 \"러시아 승리 필연\"; 김여정 부부장은 담화에서 러시아의 승리는 필연이라고 주장했다.",
        "de; MEDIUM; Kim Yo Jong: Russland wird siegen; Kim Yo Jong behauptete, Russland werde den Westen besiegen.",
    })
    void aSidesClaimAboutTheOtherIsAStatement(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
