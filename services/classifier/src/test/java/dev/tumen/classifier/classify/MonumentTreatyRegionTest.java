package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.19.0, rubric rows probed with invented articles: a ceremony at a monument whose name or honoured dead carry a
 * war word (the low row, not personnel deployed), the mutual-defence obligations invoked (the critical row) against the
 * treaty signed (high), and a Russian region's trade delegation named in Ukrainian (the medium row).
 */
class MonumentTreatyRegionTest {

    /** A wreath at the liberation monument, which honours the Soviet soldiers of 1945, is a ceremony: the monument's name and those soldiers tell no war now. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Russian navy officers lay wreath at Liberation Tower in Pyongyang; Officers of a visiting Russian naval detachment laid a wreath at the Liberation Tower in Pyongyang, which honours Soviet soldiers.",
        "ru; LOW; Российские моряки возложили венок к монументу Освобождения в Пхеньяне; Офицеры отряда кораблей Тихоокеанского флота возложили венок к монументу Освобождения в Пхеньяне.",
        "ko; LOW; 러시아 해군 장교들, 평양 해방탑에 헌화; 방북한 러시아 태평양함대 장교들이 평양 해방탑에 화환을 진정했다.",
        "zh; LOW; 俄海军官兵向平壤解放塔献花; 到访的俄罗斯太平洋舰队官兵向平壤解放塔敬献花圈。",
        "ja; LOW; ロシア海軍将校、平壌の解放塔に献花; 寄港中のロシア太平洋艦隊の将校らが平壌の解放塔に献花した。",
        "de; LOW; Russische Marineoffiziere legen Kranz in Pjöngjang nieder; Offiziere eines russischen Marineverbands haben am Befreiungsdenkmal in Pjöngjang einen Kranz niedergelegt.",
        "uk; LOW; Російські моряки поклали вінок до монумента Визволення в Пхеньяні; Офіцери загону кораблів Тихоокеанського флоту Росії поклали вінок до монумента Визволення в Пхеньяні.",
    })
    void aWreathAtTheLiberationMonumentIsAWreath(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Mutual-defence obligations to be fulfilled are the treaty invoked (critical); the treaty signed, ratified or explained stays high. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Pyongyang invokes treaty, says it will help Russia repel attack; North Korea said it would fulfil its obligations under the mutual defence treaty and help Russia repel the attack on its territory.",
        "ru; CRITICAL; КНДР заявила о готовности выполнить обязательства по договору с Россией; КНДР выполнит свои обязательства по договору о взаимной помощи и поможет России отразить нападение, заявили в Пхеньяне.",
        "uk; CRITICAL; КНДР пообіцяла виконати зобов'язання за договором із Росією; КНДР виконає свої зобов'язання щодо взаємної допомоги за договором і допоможе Росії відбити напад, заявили в Пхеньяні.",
        "zh; CRITICAL; 朝鲜称将履行条约义务援助俄罗斯; 朝鲜表示，将根据朝俄条约的相互援助条款履行义务，帮助俄罗斯击退进攻。",
        "ja; CRITICAL; 北朝鮮、条約の義務を履行しロシアを支援と表明; 北朝鮮は、ロシアとの条約の相互援助条項に基づき義務を履行し、ロシアを支援すると表明した。",
        "de; CRITICAL; Nordkorea beruft sich auf Beistandspflicht gegenüber Russland; Nordkorea will nach eigenen Angaben seine Beistandspflicht aus dem Vertrag über gegenseitigen Beistand erfüllen und Russland bei der Abwehr des Angriffs helfen.",
        "en; HIGH; Putin and Kim sign mutual defence treaty; Putin and Kim signed a treaty in Pyongyang under which each side pledges mutual assistance if the other is attacked.",
        "ru; HIGH; Госдума ратифицировала договор с КНДР; Госдума ратифицировала договор о всеобъемлющем стратегическом партнёрстве с КНДР, предусматривающий взаимную помощь в случае нападения.",
        "en; HIGH; Kremlin: treaty with North Korea is not aimed at third countries; Kremlin spokesman Dmitry Peskov said the treaty with North Korea, which includes a mutual defence clause, was not directed against any third country.",
    })
    void treatyObligationsFulfilledInvokeIt(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** A Russian region's delegation on trade and tourism, the region named in Ukrainian too. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Primorye parliament delegation in Pyongyang to discuss trade; A delegation of the Primorye regional parliament arrived in Pyongyang to discuss trade and tourism with North Korean officials.",
        "uk; MEDIUM; Делегація Приморського краю обговорила в Пхеньяні торгівлю; Делегація законодавчих зборів Приморського краю прибула до Пхеньяна для обговорення торгівлі й туризму з представниками КНДР.",
    })
    void aRegionalDelegationOnTradeIsMedium(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
