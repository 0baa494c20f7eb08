package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.27.2, two classes from the lead's ninth blind set of session 28 (invented articles, other words than the
 * items'). Farm and raw goods (grain, wheat, flour, fertiliser, timber) are trade's goods: a headline agreeing on their
 * supply names the rubric's trade agreement (medium), where before it named no kind of event and the body's background
 * of troops decided (critical: en, ko and ru failed before); sent as humanitarian aid they stay low. Artek, the Russian
 * state's children's centre, is Russia: North Korean children arriving there are a children's camp, low (all three
 * failed before: not relevant, no Russian side named).
 */
class FarmGoodsAndCampPlacesTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russia, North Korea agree on grain supplies; Moscow will supply Pyongyang with up to 100,000 tonnes of grain next year under a deal agreed on Tuesday, officials said. North Korean troops have fought for Russia in the Kursk region since late 2024.",
        "ko; MEDIUM; 북러, 곡물 공급 합의; 러시아가 내년에 북한에 곡물 10만t을 공급하기로 양측이 합의했다. 북한은 2024년 가을부터 러시아에 병력을 보내 쿠르스크 전투에 참가시켰다.",
        "ru; MEDIUM; Россия и КНДР договорились о поставках удобрений; Москва поставит Пхеньяну до 50 тысяч тонн удобрений в следующем году, договорились стороны. Северокорейские военные с осени 2024 года воюют на стороне России.",
        "ru; LOW; Россия передала КНДР гуманитарную помощь — 25 тысяч тонн пшеницы; Россия направила в КНДР 25 тысяч тонн пшеницы в качестве гуманитарной помощи, сообщили в МЧС.",
        "en; LOW; North Korean children arrive at Artek camp; A group of North Korean schoolchildren arrived at the Artek children's centre for a three-week summer holiday, the centre said.",
        "ko; LOW; 북한 어린이들, 아르텍 야영소 도착; 북한 어린이들이 여름방학을 맞아 아르텍 국제아동센터에 도착했다고 조선중앙통신이 전했다.",
        "ru; LOW; Школьники из КНДР приехали в «Артек»; Группа школьников из КНДР приехала в детский центр «Артек» на летнюю смену.",
    })
    void farmGoodsAreTradeAndArtekIsRussia(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
