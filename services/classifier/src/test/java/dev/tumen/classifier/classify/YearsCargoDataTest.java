package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.18.0, issue 14's hidden-set classes: an anniversary told by its span of years (the low row, without the word
 * anniversary), weapons told moving between the sides by a load or motion word (the supply row, without a supply verb),
 * and data for rockets handed over (the transfer of missile technology). Invented articles, every language the cue
 * lists cover.
 */
class YearsCargoDataTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Russian embassy in Pyongyang marks 15 years of its website; The Russian embassy in Pyongyang marked fifteen years of its Korean-language website on Monday.",
        "ru; LOW; Посольство России в КНДР отмечает 15 лет своего сайта; Посольство России в Пхеньяне отмечает 15 лет со дня запуска своего сайта на корейском языке.",
        "uk; LOW; Посольство Росії в КНДР відзначило 15 років свого сайту; Посольство Росії у Пхеньяні відзначило п'ятнадцять років свого сайту корейською мовою.",
        "de; LOW; Russische Botschaft in Pjöngjang feiert 15 Jahre Website; Die russische Botschaft in Pjöngjang hat das fünfzehnjährige Bestehen ihrer koreanischsprachigen Website gefeiert.",
        "ko; LOW; 주북 러시아대사관 웹사이트 개설 15주년; 평양 주재 러시아대사관이 웹사이트 개설 15주년을 기념하는 행사를 열었다.",
        "zh; LOW; 俄驻朝使馆网站开通十周年; 俄罗斯驻朝鲜大使馆举行活动，纪念其网站开通十周年。",
        "ja; LOW; 在北朝鮮ロシア大使館、ウェブサイト開設15周年; 平壌のロシア大使館はウェブサイト開設15周年を記念する行事を開いた。",
        // years of something the higher row names keep that row
        "en; MEDIUM; North Korea and Russia mark 5 years of direct rail freight; Russia and North Korea marked five years of regular freight trains between Khasan and Rajin, railway officials said.",
    })
    void anAnniversaryToldByItsYears(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Freight trains loaded with crates leave North Korea for Russia; Satellite images show dozens of freight wagons loaded with ammunition crates crossing from North Korea into Russia, analysts said.",
        "ru; HIGH; Из КНДР в Россию идут поезда с ящиками; Спутниковые снимки показывают десятки вагонов, гружённых ящиками с боеприпасами, которые пересекают границу КНДР и России.",
        "uk; HIGH; З КНДР до Росії йдуть потяги з ящиками; Супутникові знімки показують десятки вагонів, завантажених ящиками з боєприпасами, на кордоні КНДР і Росії.",
        "ko; HIGH; 북한서 러시아로 향하는 화물열차 포착; 위성사진에 포탄 상자를 실은 화물열차 수십 량이 북한에서 러시아로 향하는 모습이 포착됐다.",
        "zh; HIGH; 卫星图像显示朝鲜货运列车驶往俄罗斯; 卫星图像显示，数十节装载弹药箱的货运车厢从朝鲜驶往俄罗斯。",
        "ja; HIGH; 北朝鮮からロシアへ貨物列車、衛星画像で確認; 衛星画像で、弾薬の箱を積んだ貨車数十両が北朝鮮からロシアへ向かう様子が確認された。",
        "de; HIGH; Güterzüge aus Nordkorea rollen nach Russland; Satellitenbilder zeigen Dutzende mit Munitionskisten beladene Waggons auf dem Weg von Nordkorea nach Russland.",
    })
    void weaponsToldMovingBetweenTheSides(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Russia gives North Korea data for its rockets; Russia has handed North Korea data needed for its long-range rockets, Seoul said.",
        "de; CRITICAL; Russland gibt Nordkorea Daten für Raketen; Russland hat Nordkorea nach Angaben aus Seoul technische Daten für Langstreckenraketen übermittelt.",
        // a German verb of giving with grain is trade, not technology
        "de; MEDIUM; Russland gibt Nordkorea Weizen; Russland hat Nordkorea nach Angaben aus Moskau Tausende Tonnen Weizen im Rahmen eines Handelsabkommens geliefert.",
    })
    void dataForRocketsHandedOver(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
