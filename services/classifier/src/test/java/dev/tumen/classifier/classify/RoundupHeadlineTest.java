package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. A digest's headline strings several stories after a colon ("The week in Asia: Putin warns NATO, Kim
 * tests missiles, Japan's budget"): the two named in different items are in different stories and make no pair, as
 * in a list (spec: both only as items of a passing list is not relevant); named in one item ("Главное за день:
 * Белоусов в Пхеньяне, …") they are that item's story. Invented articles (headline; lead).
 */
class RoundupHeadlineTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; The week in Asia: Putin warns NATO, Kim tests cruise missiles, Japan's budget; Vladimir Putin warned NATO against sending troops to Ukraine. North Korea tested cruise missiles over the Yellow Sea.",
        "ru; Главное за день: Путин пригрозил НАТО, Ким Чен Ын испытал ракеты, бюджет Японии; Владимир Путин предупредил НАТО. КНДР испытала крылатые ракеты над Жёлтым морем.",
        "uk; Головне за ніч: Путін погрожує НАТО, Кім Чен Ин випробував ракети; Путін знову погрожував НАТО. КНДР випробувала крилаті ракети.",
        "de; Der Tag: Putin warnt die NATO, Kim testet Raketen, Japans Haushalt; Kremlchef Putin hat die NATO gewarnt. Nordkorea hat Marschflugkörper getestet.",
        "ko; 주요뉴스: 푸틴, 나토에 경고; 김정은, 순항미사일 시험; 푸틴 대통령이 나토에 경고했다. 북한은 순항미사일을 시험발사했다.",
    })
    void theTwoInDifferentItemsOfADigestMakeNoPair(String lang, String title, String lead) {
        SeverityCases.assertNotRelevant(lang, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; HIGH; Главное за день: Белоусов в Пхеньяне, удары по Харькову; Министр обороны России Андрей Белоусов прибыл в Пхеньян с официальным визитом.",
        "en; HIGH; Morning briefing: Shoigu meets Kim in Pyongyang, typhoon hits Okinawa; Russian Security Council secretary Sergei Shoigu met Kim Jong Un in Pyongyang.",
    })
    void theTwoInOneItemAreThatItemsStory(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
