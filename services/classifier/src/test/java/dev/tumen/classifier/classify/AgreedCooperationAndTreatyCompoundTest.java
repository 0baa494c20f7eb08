package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. Military cooperation agreed between the two (agreed, договорились, домовились, 합의, 同意, geeinigt) is
 * the rubric's military cooperation short of direct involvement (high), as talks on it were; German names treaties by
 * a compound (Beistandsvertrag, Partnerschaftsvertrag), and the 2024 treaty so named is its row. Invented articles
 * (headline; lead).
 */
class AgreedCooperationAndTreatyCompoundTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "de; HIGH; Putin und Kim einigen sich; Putin und Kim haben sich nach den Gesprächen in Pjöngjang auf eine engere militärische Zusammenarbeit geeinigt.",
        "en; HIGH; Putin and Kim agree; Putin and Kim Jong Un agreed to expand military cooperation, the Kremlin said.",
        "ru; HIGH; Путин и Ким договорились; Путин и Ким Чен Ын договорились расширять военное сотрудничество, сообщили в Кремле.",
        "uk; HIGH; Путін і Кім домовились; Путін і Кім Чен Ин домовились розширювати військове співробітництво.",
        "de; HIGH; Kim und Putin unterzeichnen Vertrag; Kim Jong Un und Wladimir Putin unterzeichneten nach den Gesprächen einen Beistandsvertrag über umfassende strategische Partnerschaft.",
        "de; HIGH; Duma billigt Vertrag; Die russische Staatsduma hat den Partnerschaftsvertrag mit Nordkorea über umfassende strategische Partnerschaft ratifiziert.",
    })
    void militaryCooperationAgreedAndTreatyCompoundsTakeTheirRows(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
