package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentencesTest {
    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // counts and dates abbreviated with a full stop do not end the sentence that tells them
        "uk; Лідер КНДР вирішив направити 1 тис. саперів і 5 тис. військових будівельників. Про це заявив Шойгу.",
        "uk; Договір набув чинності у грудні 2024 р. після ратифікації. Про це повідомила агенція.",
        "ru; КНДР направит 1 тыс. саперов и 5 тыс. строителей. Об этом заявил Шойгу.",
        "de; Russland zahlt 5 Mio. Euro für die Lieferungen. Das berichtet die Agentur.",
        "de; Die Flugzeuge flogen am 3. Juni über das Japanische Meer. Das teilte Seoul mit.",
        "de; Bis zum 31. Dezember sollen 5000 Arbeiter eintreffen. Das berichtet die Agentur.",
        // a range or pair of days: the month follows the last day only (blind-s45b's b45b-de-01)
        "de; Der Bezirk sperrt vom 1. bis 10. Dezember die Straßen am Übungsplatz. Das meldete die Agentur.",
        "de; Zwischen dem 1. und dem 10. Dezember bleibt die Straße gesperrt. Das meldete die Agentur.",
        "de; Die Fähre fährt am 3. oder 4. Mai wieder. Das teilte die Reederei mit.",
    })
    void abbreviatedCountsDoNotEndTheSentence(String lang, String text) {
        assertEquals(2, sentences(text).size(), () -> lang + ": " + sentences(text));
    }
}
