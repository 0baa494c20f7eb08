package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.0: the classes probes-s28 (longer articles in the structure of real copy) showed, each fixed for the rubric
 * row and the structure in every language it is written in, never by one item's words. Invented sentences; the cases
 * marked "guard" were right before and must stay so.
 */
class StructureS28Test {
    /**
     * A side named only as the measure of a comparison, in a sentence that names the other side outside it, is no side
     * (en, ru, uk and zh relevant before; ko, ja and de were not relevant for other reasons and guard the rule).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; North Korea unveils a drone that experts say resembles Russia's Geran-2; The drone, shown at an arms exhibition in Pyongyang, is similar to Russia's Geran-2, analysts said.",
        "ru; КНДР показала беспилотник, похожий на российскую «Герань-2»; Беспилотник, показанный на выставке в Пхеньяне, по словам экспертов, напоминает российскую «Герань-2».",
        "uk; КНДР показала безпілотник, схожий на російську «Герань-2»; Безпілотник, показаний на виставці в Пхеньяні, за словами експертів, нагадує російську «Герань-2».",
        "ko; 北, 신형 무인기 공개…\"러 게란-2 닮아\"; 북한이 평양에서 열린 전시회에서 신형 무인기를 공개했다. 전문가들은 이 무인기가 러시아의 게란-2와 비슷하다고 분석했다.",
        "zh; 朝鲜展示新型无人机 外形酷似俄罗斯天竺葵-2; 朝鲜在平壤展览会上展示了一款新型无人机，专家认为其外形与俄罗斯的天竺葵-2相似。",
        "ja; 北朝鮮、新型無人機を公開　ロシアのゲラン2に似た形状; 北朝鮮は平壌の展示会で新型無人機を公開した。専門家はロシアのゲラン2に似ていると分析した。",
        "de; Nordkorea zeigt neue Drohne, ähnlich wie die russische Geran-2; Die Drohne wurde auf einer Ausstellung in Pjöngjang gezeigt und ähnelt nach Ansicht von Experten der russischen Geran-2.",
    })
    void aSideNamedOnlyAsTheMeasureOfAComparisonIsNoSide(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }

    /**
     * A third country's leader meeting each side in a predicate of its own: the two are its partners, not each other's
     * (en, ru, ko: each a leaders' summit, high, before). Trump is the United States in the gazetteer now, as Xi is China.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; China's Xi says he will meet Putin in Moscow and hopes to host Kim Jong Un; Chinese President Xi Jinping said on Monday he would travel to Moscow to meet Vladimir Putin and hoped to host Kim Jong Un in Beijing later this year.",
        "ru; Си Цзиньпин заявил, что встретится с Путиным и надеется принять Ким Чен Ына; Председатель КНР Си Цзиньпин заявил, что посетит Москву для встречи с Путиным, а позднее надеется принять в Пекине Ким Чен Ына.",
        "ko; 시진핑 \"푸틴과 모스크바서 회담…김정은도 초청하고 싶다\"; 시진핑 중국 국가주석은 모스크바를 방문해 푸틴 대통령과 회담하고, 연내 김정은 국무위원장을 베이징에 초청하고 싶다고 밝혔다.",
    })
    void aThirdLeaderMeetingEachSideApartMakesNoPair(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }

    /** Guard: a first side named again after the second is an exchange of its own, whoever opened the sentence. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Trump meets Putin in Alaska as Kim hosts Shoigu; U.S. President Donald Trump met Vladimir Putin in Alaska on Friday, while Kim Jong Un hosted Sergei Shoigu in Pyongyang for talks on military cooperation.",
    })
    void aSideNamedAgainAfterTheOtherKeepsItsExchange(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * The wire's closing attribution (", Japan's defence ministry said.") is no item of a list with the pair before it;
     * workers' earnings said to fund weapons stay labour, and money for weapons is no weapons supplied; joint drills told
     * by "exercise together". Each failed before but the Russian workers' case.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Navies end live-fire drills in Sea of Japan; The warships ended three days of drills on Sunday, the first joint naval exercise by Russia and North Korea, Japan's defence ministry said.",
        "en; CRITICAL; Russian and North Korean warships exercise together in Sea of Japan; Warships of the two navies practised anti-submarine warfare on Monday, the Pacific Fleet said.",
        "en; MEDIUM; Seoul protests to Moscow over North Korean labourers; South Korea's foreign ministry said the North Korean labourers employed in Russia breach U.N. resolutions and provide funds for Pyongyang's weapons programmes.",
        "ko; MEDIUM; 정부 \"러시아 내 북한 노동자, 안보리 결의 위반\"; 외교부는 러시아에 파견된 북한 노동자들이 안보리 결의를 위반하고 있으며 북한의 무기 개발 자금으로 쓰이고 있다고 밝혔다.",
        "ru; MEDIUM; Сеул выразил протест Москве из-за рабочих из КНДР; МИД Южной Кореи заявил, что рабочие из КНДР в России нарушают резолюции СБ ООН и дают средства на ракетную программу Пхеньяна.",
        // guard: help to a missile programme, money or not, stays the transfer of its technology
        "en; CRITICAL; Russia gives North Korea funds for its missile programme, Seoul says; Russia has provided funds for North Korea's missile programme in exchange for troops, South Korea's spy agency said.",
    })
    void attributionsWorkersFundsAndDrillsTogether(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** What became of the headline's weapons is told of the same kind of weapon (uk and ru critical before). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "uk; HIGH; КНДР передала Росії ще 120 гаубиць; Північна Корея з початку року передала Росії ще 120 самохідних гаубиць, заявила розвідка України. Гаубиці доставляють залізницею через прикордонну станцію Хасан. Розвідник також заявив, що близько половини артилерійських боєприпасів, які використовує російська армія, - північнокорейського виробництва.",
        "en; HIGH; North Korea sent Russia 120 more howitzers, Kyiv says; North Korea has sent Russia another 120 self-propelled howitzers this year, Ukraine's intelligence agency said. The guns are carried by rail through the border station of Khasan. About half of the artillery ammunition that Russian forces use is made in North Korea, the agency also said.",
        "ru; HIGH; КНДР передала России еще 120 гаубиц; КНДР с начала года передала России еще 120 самоходных гаубиц, заявила украинская разведка. Гаубицы доставляют по железной дороге через пограничную станцию Хасан. По данным разведки, около половины артиллерийских боеприпасов, которые использует российская армия, произведены в КНДР.",
        // guard: the same kind, fired later, is what became of them
        "en; CRITICAL; North Korea sent Russia 120 more howitzers, Kyiv says; North Korea has sent Russia another 120 self-propelled howitzers this year, Ukraine's intelligence agency said. The guns are carried by rail through the border station of Khasan. Russian forces have already fired the howitzers at Ukrainian positions near Zaporizhzhia, the agency also said.",
    })
    void whatBecameOfTheWeaponsIsToldOfTheSameKind(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
