package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. A sea named after a country (the Sea of Japan, 日本海, Japanisches Meer) is a place, not a third country,
 * so a drill of the two held there is no list of three countries; and German tells a joint drill by a manoeuvre or an
 * exercise held together (gemeinsames Marinemanöver), as the other six languages had words for. Invented articles
 * (headline; lead).
 */
class SeaNameAndJointDrillTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ja; CRITICAL; ロシアと北朝鮮、日本海で合同演習; ロシア軍と北朝鮮軍は日本海で合同軍事演習を実施した。",
        "zh; CRITICAL; 俄罗斯与朝鲜在日本海举行联合军事演习; 俄罗斯和朝鲜海军在日本海举行了联合军事演习。",
        "de; CRITICAL; Russland und Nordkorea, Manöver im Japanischen Meer; Russland und Nordkorea haben im Japanischen Meer ein gemeinsames Seemanöver begonnen.",
        "de; CRITICAL; Gemeinsame Militärübung von Russland und Nordkorea; Die Streitkräfte Russlands und Nordkoreas haben eine gemeinsame Militärübung nahe Wladiwostok abgehalten.",
        "ru; CRITICAL; Россия и КНДР провели учения в Японском море; Россия и КНДР провели совместные военные учения в Японском море.",
        "uk; CRITICAL; Росія і КНДР провели навчання в Японському морі; Росія і КНДР провели спільні військові навчання в Японському морі.",
        "en; CRITICAL; Russia and North Korea, drill in the Sea of Japan; Russia and North Korea held a joint naval exercise in the Sea of Japan on Monday.",
    })
    void aJointDrillInASeaNamedAfterACountryIsTheDrill(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
