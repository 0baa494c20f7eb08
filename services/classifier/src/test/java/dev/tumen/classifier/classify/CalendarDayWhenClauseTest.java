package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.25.0, left from 0.24.0: a sentence-initial "when" clause dated by a calendar day was read as a scene, and
 * German "am 3. Juni" ended the sentence at the day's full stop. Invented articles (headline; lead and body).
 */
class CalendarDayWhenClauseTest {

    /**
     * A "when" clause dated by a calendar day, as wire copy dates its news ("on June 3", 3 июня, am 3. Juni), is the news,
     * as one dated by a weekday is: here a joint patrol (critical), the main clause the reaction to it.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Seoul scrambles jets over Russian and North Korean bombers; When Russian and North Korean military aircraft flew a joint patrol over the Sea of Japan on June 3, South Korea scrambled fighters, Seoul said.",
        "ru; CRITICAL; Сеул поднял истребители; Когда российские и северокорейские военные самолёты 3 июня совершили совместное патрулирование над Японским морем, Южная Корея подняла истребители.",
        "uk; CRITICAL; Сеул підняв винищувачі; Коли російські та північнокорейські військові літаки 3 червня здійснили спільне патрулювання над Японським морем, Південна Корея підняла винищувачі.",
        "de; CRITICAL; Seoul lässt Kampfjets aufsteigen; Als russische und nordkoreanische Militärflugzeuge am 3. Juni eine gemeinsame Patrouille über dem Japanischen Meer flogen, ließ Südkorea Kampfjets aufsteigen.",
    })
    void aWhenClauseDatedByACalendarDayIsTheNews(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
