package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.31.0 (session 32, labels), known miss 1c: the k-fold by rule support lost d2-001 ("Tankers directly shuttling
 * oil between Russia and North Korea") because the oil-moved evasion row was the only rule it rested on. Petroleum itself
 * (crude, petrol, diesel, 원유, 汽油, 柴油, ガソリン, 軽油, бензин, Benzin) carried between the two (flowing, shipped,
 * delivered, 공급, 运送, 輸送, поставила, постачає, geliefert) is the UN cap's goods moved, so sanctions evasion (high), by
 * a second route (severity.tsv: petroleum carried) that shares no word list with the first. These read medium. Guards: a
 * story of trade figures stays trade, a gift stays the gift.
 */
class PetroleumCarriedTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en;HIGH;Russian crude flowing to North Korea;Russian crude has been flowing to North Korea by sea since spring, researchers said, tracking the voyages with satellite images.",
        "en;HIGH;Russia ships petrol to North Korea;Russia shipped tens of thousands of tonnes of petrol and diesel to North Korea this year, well above the UN cap, researchers said.",
        "ru;HIGH;Россия поставила КНДР бензин сверх потолка ООН;Россия в этом году поставила КНДР бензин и дизельное топливо сверх установленного ООН потолка, сообщили исследователи.",
        "uk;HIGH;Росія постачає КНДР бензин понад ліміт ООН;Росія цього року постачає КНДР бензин понад встановлений ООН ліміт, повідомили дослідники.",
        "ko;HIGH;러시아, 북한에 원유 공급 급증;러시아가 올해 북한에 원유를 대량으로 공급했다고 연구기관이 밝혔다.",
        "zh;HIGH;俄罗斯向朝鲜运送汽油和柴油;研究人员称，俄罗斯今年向朝鲜运送了大量汽油和柴油，远超联合国规定的上限。",
        "ja;HIGH;ロシア、北朝鮮にガソリン輸送;ロシアが今年、北朝鮮にガソリンと軽油を大量に輸送していたことが分かった。研究者が明らかにした。",
        "de;HIGH;Russland liefert Nordkorea Benzin;Russland hat Nordkorea in diesem Jahr große Mengen Benzin und Diesel geliefert, weit über der UN-Obergrenze, teilten Forscher mit.",
        "en;MEDIUM;Russia–North Korea trade triples;Trade between Russia and North Korea tripled this year as shipments of petrol, flour and fertiliser rose, Russian customs data show.",
        "ru;MEDIUM;Товарооборот России и КНДР вырос втрое;Товарооборот России и КНДР вырос втрое за год, в том числе за счет поставок бензина, муки и удобрений, следует из данных таможни.",
        "en;LOW;Putin gives Kim a limousine and a tanker of diesel as gifts;Putin gave Kim Jong Un a limousine as a gift during his visit.",
    })
    void petroleumCarriedBetweenTheTwoIsEvasion(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
