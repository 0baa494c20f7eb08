package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, a class from the lead's blind items of session 29 (invented articles, other words than the item's),
 * the "the main event told through containers or data": a lead that shows the cargo with both sides around it
 * ("150 freight cars with containers at North Korea's Tumangan station near the Russian border") and tells in its next
 * sentence what the cargo carries and for whom, naming one side ("the containers hold artillery shells bound for
 * Russian forces"), reports one supply: the later sentence takes the earlier one's sides (the three cases were not
 * relevant before). Only goods of war carried in the later sentence refer back so; a one-sided launch after the cargo
 * stays the one side's (the guard).
 */
class CargoToldNextTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Freight cars massed at Tumangan; Satellite images show 150 freight cars with containers at North Korea's Tumangan station near the Russian border. Analysts believe the containers hold artillery shells bound for Russian forces.",
        "ko; HIGH; 두만강역에 화차 150량; 위성사진에 러시아 국경과 가까운 북한 두만강역에 컨테이너 화차 150량이 포착됐다. 분석가들은 컨테이너에 러시아군으로 보낼 포탄이 들어 있는 것으로 본다.",
        "ru; HIGH; Спутники зафиксировали 200 вагонов; Американский аналитический центр опубликовал снимки 200 вагонов с контейнерами на станции Туманган у границы с Россией. Аналитики считают, что в контейнерах перевозятся боеприпасы для российской армии.",
    })
    void whatTheLeadsCargoCarriesToldNextIsTheSupply(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; Freight cars massed at Tumangan; Satellite images show 150 freight cars with containers at North Korea's Tumangan station near the Russian border. North Korea also test-fired a ballistic missile on Tuesday.",
    })
    void aOneSidedLaunchAfterTheCargoStaysTheOneSides(String lang, String title, String lead) {
        assertFalse(LABELLER.label(title, lead).relevant(), () -> lang + ": " + title);
    }
}
