package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. A feature whose headline names a delivery by one side ("A quiet delivery at Rajin") and whose lead sets
 * the scene tells the delivery a paragraph or two later, with both sides: that sentence is the headline's event told
 * in full (as a one-sided headline's weapons or soldiers already were), so the supply row rates it, not the port or
 * the railway of the scene. Invented articles (headline; lead and body).
 */
class SupplyToldAfterLeadTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; A busy winter at North Korea's Najin port; The port of Najin on North Korea's north-east coast handled little but coal for years. Its cranes are old and its quays short. Last month, researchers say, a ship there was loaded with containers of North Korean artillery shells bound for Russia. Moscow and Pyongyang deny any arms trade between them.",
        "ru; HIGH; Тихие поставки из северокорейского порта; Порт Наджин на северо-востоке КНДР много лет принимал только уголь. Его краны устарели, причалы короткие. В прошлом месяце, по данным исследователей, там загрузили судно контейнерами с северокорейскими снарядами для России. Москва и Пхеньян отрицают торговлю оружием.",
        "de; HIGH; Stille Lieferungen aus Nordkoreas Hafen Najin; Der Hafen Najin im Nordosten Nordkoreas hat jahrelang kaum mehr als Kohle umgeschlagen. Seine Kräne sind alt, die Kais kurz. Im vergangenen Monat wurde dort nach Angaben von Forschern ein Schiff mit Containern voller nordkoreanischer Artilleriegranaten für Russland beladen. Moskau und Pjöngjang bestreiten jeden Waffenhandel.",
    })
    void aOneSidedHeadlinesDeliveryToldWithBothSidesAfterTheLeadIsTheSupply(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
