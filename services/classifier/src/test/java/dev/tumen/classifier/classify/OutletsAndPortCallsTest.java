package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.27.1, two classes the lead's blind items of session 27 showed (invented articles, other words than those
 * items'): an outlet named by its country's adjective ("북 매체", "северокорейская газета") is media, which the rubric
 * counts as a side only when it acts, so its report of the other side's own news is not relevant (the lead's Korean item
 * and the English case here failed before: low and high; the other cases are guards); and a tanker calling at or
 * loading in the other side's port is the oil the sanctions cap (en, ru and ko failed before: medium, as trade).
 */
class OutletsAndPortCallsTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko; 북 매체, 러시아 대통령 취임식 소식 전해; 북한 매체들은 8일 모스크바에서 열린 러시아 대통령 취임식 소식을 사진과 함께 전했다. 매체들은 취임식 장면과 연설 내용을 소개했다.",
        "ko; 북한 신문, 러시아 우주비행사 귀환 보도; 북한 신문은 러시아 우주비행사들이 국제우주정거장에서 귀환했다고 보도했다. 신문은 귀환 장면을 자세히 전했다.",
        "ru; Северокорейская газета рассказала о выборах в России; Северокорейская газета опубликовала заметку об итогах выборов в Государственную думу России. Издание привело данные ЦИК о явке.",
        "en; North Korean newspaper covers Russian space launch; A North Korean newspaper on Monday carried a report on the launch of a Russian weather satellite from the Plesetsk cosmodrome, with photographs of the rocket.",
    })
    void anOutletReportingTheOtherSidesOwnNewsIsNotRelevant(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; HIGH; Танкеры КНДР снова замечены в российском порту; Северокорейские танкеры с начала года не менее 30 раз заходили в российский порт Находка за нефтепродуктами, следует из спутниковых снимков.",
        "ru; HIGH; Танкер из КНДР грузят топливом в Приморье; Северокорейский танкер загружают дизельным топливом в российском порту Славянка, показали спутниковые снимки.",
        "en; HIGH; North Korean tanker seen loading fuel in Russian port; A North Korean tanker was seen loading fuel at the Russian port of Nakhodka this month, satellite images show.",
        "en; HIGH; North Korean tankers made 30 port calls in Russia, researchers say; North Korean oil tankers called at Russian ports at least 30 times since March, researchers said, citing satellite imagery.",
        "ko; HIGH; 북한 유조선, 러시아 항구 입항 포착; 북한 유조선이 러시아 나홋카 항구에 입항해 석유를 싣는 모습이 위성사진에 포착됐다.",
    })
    void aTankerCallingAtOrLoadingInTheOtherSidesPortIsEvasion(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
