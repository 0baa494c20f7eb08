package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, a class from the lead's blind items of session 29 (invented articles, other words than the item's):
 * a story of trade figures whose lead lists what each side exported ("러시아는 주로 밀가루와 석유제품을 수출했고") is
 * trade (medium), not oil carried against the sanctions (high) because oil products are among the goods (the Korean
 * case was high before; English and Russian, medium already, keep it). Oil said to pass the UN cap, or smuggled,
 * stays evasion beside trade figures (the HIGH guards).
 */
class TradeFiguresOilTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; MEDIUM; 북러 교역액 3배 증가; 북한과 러시아의 교역액이 올해 10월까지 3배 가까이 늘었다고 러시아 세관 자료를 인용해 외신이 보도했다. 러시아는 주로 밀가루와 석유제품을 수출했고, 북한은 가발 등을 수출했다.",
        "en; MEDIUM; Russia-North Korea trade triples; Trade between Russia and North Korea tripled in the first ten months, Russian customs data show. Russia mainly exported flour and oil products, while North Korea sold wigs.",
        "ru; MEDIUM; Товарооборот России и КНДР вырос втрое; Товарооборот России и КНДР за десять месяцев вырос втрое, следует из данных таможни. Россия в основном экспортировала в КНДР муку и нефтепродукты.",
        "en; HIGH; Russia-North Korea trade jumps as oil flows past UN cap; Bilateral trade between Russia and North Korea jumped this year as Russia shipped oil to the North in excess of the UN cap, a UN panel said.",
        "ru; HIGH; Товарооборот вырос на фоне контрабанды нефти; Товарооборот России и КНДР вырос, а российская нефть контрабандой доставляется в КНДР танкерами с отключенными транспондерами, заявили эксперты ООН.",
    })
    void oilAmongTheGoodsOfTradeFiguresIsTrade(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
