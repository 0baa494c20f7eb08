package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.37.0 (session 37, labels): the classes blind-s37b (20 more longer articles) showed when scored once on 0.36.0
 * before any fix of its own, in the languages each class covers. Each class's first cases read otherwise on 0.36.0;
 * those marked "guard" did not.
 */
class TechniciansItemsSinceTest {
    /**
     * The other side's technicians, engineers or specialists at a weapon's site are technical help: with an air-defence
     * missile, a transfer of air-defence technology (critical). They read as no exchange (en, de: not relevant) or a
     * political contact (medium).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;North Korea's new air-defence missile looks Russian, analysts say;The new surface-to-air missile North Korea tested last week closely resembles Russia's S-400 system, and Russian technicians were photographed at the test site days before the launch, analysts said.",
        "ru;Российские специалисты замечены на полигоне ПВО в КНДР;Российские специалисты были замечены на полигоне в КНДР, где испытывали новый зенитный ракетный комплекс, похожий на С-400, сообщили аналитики.",
        "uk;Російських інженерів помітили на полігоні ППО в КНДР;Російських інженерів помітили на полігоні в КНДР, де випробовували новий зенітний ракетний комплекс, схожий на С-400, повідомили аналітики.",
        "ko;北 신형 지대공 미사일 시험장에 러시아 기술진;북한이 지난주 시험한 신형 지대공 미사일 시험장에서 러시아 기술진이 포착됐다고 분석가들이 밝혔다.",
        "zh;朝鲜新型防空导弹试验场出现俄罗斯技术人员;分析人士称，朝鲜上周试射新型地对空导弹的试验场出现了俄罗斯技术人员。",
        "ja;北朝鮮の新型防空ミサイル試験場にロシア人技術者;アナリストによると、北朝鮮が先週発射した新型地対空ミサイルの試験場でロシア人技術者が撮影された。",
        "de;Russische Techniker auf nordkoreanischem Flugabwehr-Testgelände;Auf dem Testgelände der neuen nordkoreanischen Flugabwehrrakete wurden russische Techniker fotografiert, sagten Analysten.",
    })
    void theOtherSidesTechniciansAtAWeaponsSiteAreATransfer(String lang, String title, String lead) {
        assertSeverity(lang, Severity.CRITICAL, title, lead);
    }

    /**
     * Items each headed by a country's adjective ("Iranian drone network, North Korean IT workers and Russian oil
     * traders") are an enumeration with a third country, not a Russia–DPRK exchange (they read relevant, medium).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;US sanctions Iranian drone network, North Korean IT workers and Russian oil traders;The Treasury imposed sanctions in three separate actions.",
        "en;US sanctions Chinese banks, North Korean shipping firms and Russian traders;The Treasury said the measures were unrelated.",
    })
    void itemsHeadedByACountrysAdjectiveAreAList(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /** Guard: two such items without a third country are the two's exchange. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Russian firms hire North Korean workers for Far East building sites;Russian construction firms have hired about 2,000 North Korean workers for building sites in the Far East, officials said.",
    })
    void twoAdjectivesWithoutAThirdCountryStayAPair(String lang, String title, String lead) {
        assertSeverity(lang, Severity.MEDIUM, title, lead);
    }

    /**
     * A sentence telling what has gone on since an earlier year (since 2023, с 2023 года, з 2023 року, 2023년 이후) is
     * the setting: no outcome of a defence official's factory visit, nor in the lead its event. It read critical (the
     * troops it recalls).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Russian deputy defence minister tours North Korean shell factory;A Russian deputy defence minister toured a North Korean artillery shell factory on Tuesday, KCNA reported. The agency gave no details of the talks. South Korea's defence ministry said it was watching closely. North Korea has supplied Russia with millions of shells since 2023 and sent troops to the Kursk region, according to Seoul.",
        "ru;Замминистра обороны России посетил завод снарядов в КНДР;Заместитель министра обороны России посетил завод по производству артиллерийских снарядов в КНДР, сообщило ЦТАК. Подробности визита агентство не привело. В Сеуле заявили, что внимательно следят за ситуацией. С 2023 года КНДР поставила России миллионы снарядов и направила войска в Курскую область, по данным Сеула.",
        "uk;Заступник міністра оборони Росії відвідав завод снарядів у КНДР;Заступник міністра оборони Росії відвідав завод з виробництва артилерійських снарядів у КНДР, повідомило ЦТАК. Подробиць візиту агентство не навело. У Сеулі заявили, що уважно стежать за ситуацією. З 2023 року КНДР передала Росії мільйони снарядів і направила війська до Курської області, за даними Сеула.",
        "ko;러시아 국방차관, 北 포탄 공장 시찰;러시아 국방차관이 북한의 포탄 공장을 시찰했다고 조선중앙통신이 보도했다. 통신은 구체적인 내용은 전하지 않았다. 국방부는 동향을 주시하고 있다고 밝혔다. 북한은 2023년 이후 러시아에 포탄 수백만 발을 제공하고 쿠르스크 지역에 병력을 파병한 것으로 알려졌다.",
        "ko;러시아 국방차관, 北 포탄 공장 시찰;러시아 국방차관이 북한의 포탄 공장을 시찰했다고 조선중앙통신이 보도했다. 북한은 2023년 이후 러시아에 포탄 수백만 발을 제공하고 쿠르스크 지역에 병력을 파병한 것으로 알려졌다.",
        // guards
        "zh;俄国防部副部长参观朝鲜炮弹工厂;据朝中社报道，俄罗斯国防部副部长参观了朝鲜一家炮弹工厂。 朝中社没有透露更多细节。 韩国国防部表示正在密切关注。 自2023年以来，朝鲜向俄罗斯提供了数百万发炮弹，并向库尔斯克州派兵。",
        "en;Russian deputy defence minister tours North Korean shell factory;A Russian deputy defence minister toured a North Korean artillery shell factory on Tuesday, KCNA reported. North Korea has supplied Russia with millions of shells since 2023 and sent troops to the Kursk region, according to Seoul.",
        "uk;Заступник міністра оборони Росії відвідав завод снарядів у КНДР;Заступник міністра оборони Росії відвідав завод з виробництва артилерійських снарядів у КНДР, повідомило ЦТАК. З 2023 року КНДР передала Росії мільйони снарядів і направила війська до Курської області, за даними Сеула.",
        "zh;俄国防部副部长参观朝鲜炮弹工厂;据朝中社报道，俄罗斯国防部副部长参观了朝鲜一家炮弹工厂。 自2023年以来，朝鲜向俄罗斯提供了数百万发炮弹，并向库尔斯克州派兵。",
    })
    void whatWentOnSinceAYearIsTheSetting(String lang, String title, String body) {
        assertSeverity(lang, Severity.HIGH, title, body);
    }

    /**
     * Mining and geological exploration are economic projects (medium): a joint survey of a deposit named no kind of
     * event, so the body's background on shells decided (high).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ru;Россия и КНДР займутся совместной разведкой месторождения цветных металлов;«Росгеология» и Министерство добывающей промышленности КНДР подписали соглашение о совместной геологоразведке и разработке месторождения в провинции Рянган. Западные правительства обвиняют Москву в получении от Пхеньяна снарядов и ракет в обмен на нефть.",
        "uk;Росія та КНДР спільно розвідуватимуть родовище кольорових металів;Російська державна геологічна компанія та Міністерство видобувної промисловості КНДР підписали угоду про спільну геологорозвідку родовища в провінції Рянган. Західні уряди звинувачують Москву в отриманні від Пхеньяна снарядів і ракет в обмін на нафту.",
    })
    void miningIsAnEconomicProject(String lang, String title, String body) {
        assertSeverity(lang, Severity.MEDIUM, title, body);
    }

    /** A trip of the New Year season and tour operators are tourism (medium), not a New Year greeting (they read low). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "uk;Російські туроператори продають новорічні тури до Пхеньяна;Російські туроператори почали продавати новорічні тури до КНДР, повідомляє Асоціація туроператорів Росії.",
        "ru;Российские туроператоры продают новогодние туры в Пхеньян;Российские туроператоры начали продавать новогодние туры в КНДР, сообщила Ассоциация туроператоров России.",
        "en;Russian tour operators sell New Year tours to Pyongyang;Russian tour operators have started selling New Year tours to North Korea, the Association of Tour Operators of Russia said.",
        "ko;러시아 여행사들, 평양 새해 관광 상품 판매;러시아 여행사들이 북한 새해 관광 상품 판매를 시작했다고 러시아 여행사협회가 밝혔다.",
        "zh;俄罗斯旅行社推出朝鲜新年旅游产品;俄罗斯旅行社开始销售前往朝鲜的新年旅游产品，俄罗斯旅游经营者协会称。",
        "de;Russische Reiseveranstalter verkaufen Neujahrsreisen nach Pjöngjang;Russische Reiseveranstalter bieten Neujahrsreisen nach Nordkorea an, teilte ihr Verband mit.",
    })
    void newYearToursAreTourism(String lang, String title, String lead) {
        assertSeverity(lang, Severity.MEDIUM, title, lead);
    }

    /** Guard: a New Year greeting stays a greeting. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Putin sends New Year greetings to Kim;Russian President Vladimir Putin sent New Year greetings to North Korean leader Kim Jong Un, the Kremlin said.",
    })
    void aNewYearGreetingStaysLow(String lang, String title, String lead) {
        assertSeverity(lang, Severity.LOW, title, lead);
    }

    /**
     * The Friendship Bridge across the Tumen, named with the pair's short names (俄朝友谊铁路桥, 조러친선다리, ロ朝友好橋), is
     * a landmark: tourists looking at it report no exchange (they read relevant, medium).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "zh;珲春防川景区游客创新高;游客可以看到横跨图们江的俄朝友谊铁路桥。",
        "ko;훈춘 방천 관광객 급증;관광객들은 두만강을 가로지르는 조러친선다리를 볼 수 있다.",
        "ja;琿春の展望台に観光客;観光客は図們江に架かるロ朝友好橋を眺めることができる。",
    })
    void theFriendshipBridgeIsALandmark(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }
}
