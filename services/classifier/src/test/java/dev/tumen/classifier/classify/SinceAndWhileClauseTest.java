package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. "since" or "seit" right before a date is a time adverbial, not a recalled clause: the sentence's own
 * event stays rated ("Seit Oktober hat Nordkorea 3.000 Soldaten nach Russland geschickt"); before a side and its verb
 * it still opens background. "while" and "während" with a side as their clause's subject set a scene ("opened a bridge,
 * while North Korean soldiers fight for Russia"); with a participle ("captured while fighting") or an occasion
 * ("während seines Besuchs") they do not. Invented articles (headline; lead).
 */
class SinceAndWhileClauseTest {

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = ';', value = {
        "de; CRITICAL; Nordkorea schickt mehr Soldaten; Seit Oktober hat Nordkorea nach Angaben Seouls rund 3.000 weitere Soldaten nach Russland geschickt.",
        "de; CRITICAL; Mehr Soldaten aus Pjöngjang; Nordkorea hat seit dem vergangenen Jahr rund 14.000 Soldaten nach Russland geschickt, sagt der Geheimdienst.",
        "de; HIGH; Granaten für Moskau; Nordkorea liefert seit 2023 Millionen Artilleriegranaten an Russland, berichtet ein UN-Gremium.",
        "en; CRITICAL; More soldiers sent; Since October North Korea has sent about 3,000 more soldiers to Russia, Seoul said.",
        "en; HIGH; Shells for Moscow; North Korea has since last year shipped millions of artillery shells to Russia, a UN panel said.",
        "de; LOW; Kim schickt Putin Neujahrsgrüße; Kim Jong Un hat Putin Neujahrsgrüße geschickt, seit Nordkorea Soldaten nach Russland geschickt hat.",
    })
    void sinceBeforeADateIsTheDateNotABackgroundClause(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = ';', value = {
        "de; MEDIUM; Neue Bahnverbindung; Russland und Nordkorea haben ein Abkommen über den Eisenbahnverkehr unterzeichnet, während nordkoreanische Soldaten an der Seite Russlands kämpfen.",
        "en; MEDIUM; New rail link; Russia and North Korea opened a freight rail link, while North Korean soldiers fight alongside Russian forces in Kursk.",
        "en; MEDIUM; Trade deal; Russia and North Korea signed a trade agreement while the North Korean troops were fighting in Kursk.",
        "en; CRITICAL; Soldiers captured; Ukraine said it captured two North Korean soldiers while fighting for Russia in Kursk.",
        "de; MEDIUM; Lawrow in Pjöngjang; Der russische Außenminister Sergej Lawrow hat während seines Besuchs in Pjöngjang Kim Jong Un getroffen.",
    })
    void whileWithASideAsSubjectSetsAScene(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
