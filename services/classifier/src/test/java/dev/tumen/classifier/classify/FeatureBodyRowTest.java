package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, two classes from the lead's blind items of session 29 (invented articles, other words than the item's):
 * a feature whose headline and lead set a scene tells its story in the body before the background it recalls, so when
 * the body's rows tie, the row told first decides, not the graver one (the first MEDIUM case was critical
 * before); and containers said to carry civil goods (timber, fertiliser, consumer goods, 생필품, удобрения) are cargo, not
 * arms (the last two MEDIUM cases were high before). Containers of nothing named stay arms (the HIGH guard).
 */
class FeatureBodyRowTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; MEDIUM; Раджин ждет Россию; Рынок Раджина открывается на рассвете. Торговки раскладывают сушеную рыбу и батарейки. Много лет здесь ничего не менялось. РЖД сообщили в понедельник, что весной начнется регулярное грузовое сообщение между Владивостоком и Раджином, по которому повезут древесину и удобрения. Это происходит на фоне сближения двух стран. КНДР отправила войска воевать за Россию, утверждает Сеул.",
        "en; MEDIUM; Container train leaves for Rajin; A container train carrying fertiliser and consumer goods left Vladivostok for North Korea's Rajin port on Monday, Russian Railways said.",
        "ko; MEDIUM; 나진행 컨테이너 열차 출발; 비료와 생필품을 실은 컨테이너 열차가 블라디보스토크에서 북한 나진항으로 출발했다고 러시아철도공사가 밝혔다.",
        "en; HIGH; North Korea shipped 1,000 containers to Russia, Seoul says; North Korea has shipped more than 1,000 containers to Russia since August, South Korea's defence ministry said.",
    })
    void theBodysFirstToldRowAndContainersOfCivilGoods(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
