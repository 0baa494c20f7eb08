package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.21.0, second round (issue 14: congratulatory messages read as more than low). A greeting for another
 * occasion (Russia Day, a birthday, the republic's founding) that praises the friendship and the treaty is the usual
 * rhetoric: low (settled case). Celebrating the 2000 friendship treaty itself, named as such, stays medium (settled
 * case). Invented articles (headline; lead).
 */
class GreetingTreatyRhetoricTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Kim greets Putin on Russia Day; Kim Jong Un sent Vladimir Putin a congratulatory message on Russia Day, hailing the unbreakable friendship and the alliance the treaty sealed, KCNA said.",
        "ru; LOW; Путин поздравил Ким Чен Ына с днём рождения; Владимир Путин поздравил Ким Чен Ына с днём рождения, отметив нерушимую дружбу двух народов и договор, скрепивший союз, сообщил Кремль.",
        "ko; LOW; 김정은, 푸틴에 러시아의 날 축전; 김정은 위원장은 러시아의 날을 맞아 푸틴 대통령에게 축전을 보내 두 나라의 친선과 조약으로 맺어진 동맹을 강조했다.",
    })
    void aGreetingThatPraisesTheTreatyIsTheGreeting(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Kim and Putin exchange greetings on friendship treaty anniversary; Kim Jong Un and Vladimir Putin exchanged messages on the 25th anniversary of the treaty of friendship between the two countries, KCNA said.",
        "ru; MEDIUM; Путин и Ким обменялись посланиями к годовщине договора о дружбе; Путин и Ким Чен Ын обменялись поздравлениями по случаю 25-летия договора о дружбе между Россией и КНДР.",
        "de; MEDIUM; Kim gratuliert Putin zum Jahrestag des Freundschaftsvertrags; Kim Jong Un hat Wladimir Putin zum 25. Jahrestag des Freundschaftsvertrags zwischen Nordkorea und Russland gratuliert.",
    })
    void celebratingTheFriendshipTreatyStaysItsRow(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
