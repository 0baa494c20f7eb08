package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.27.0, from the classes of wording that failed in probes-s27 (articles written from the rubric's rows alone).
 * Invented articles (headline; lead), other words than the probes'; the languages that failed before are named on
 * each method.
 */
class RubricRowsS27Test {
    /** Troops carried to the other side are deployed, whatever verb carries them (en, ru, ko, zh, ja failed before). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Thousands of North Korean soldiers ferried to Russia, Seoul says; Around 5,000 North Korean soldiers were ferried by ship to Russia's Far East last week, South Korean officials said on Tuesday.",
        "en; CRITICAL; Pyongyang's troops airlifted to Russia, report says; North Korean troops have been airlifted to Russia on military transport planes, a research institute said.",
        "ru; CRITICAL; Военные КНДР переброшены в Россию самолетами; Несколько тысяч военнослужащих КНДР были переброшены в Россию военно-транспортными самолетами, сообщила разведка.",
        "uk; CRITICAL; Військових КНДР перекинули до Росії; Кілька тисяч військових КНДР перекинули до Росії кораблями, повідомила розвідка Південної Кореї.",
        "ko; CRITICAL; 북한군 병력, 러시아로 대거 수송; 북한군 병력 수천 명이 지난주 선박으로 러시아 극동 지역에 수송된 것으로 파악됐다고 정보당국이 밝혔다.",
        "zh; CRITICAL; 数千名朝鲜士兵被运送至俄罗斯; 韩国情报机构称，数千名朝鲜士兵上周被船只运送至俄罗斯远东地区。",
        "ja; CRITICAL; 北朝鮮兵数千人、ロシアへ輸送; 韓国の情報機関によると、北朝鮮兵数千人が先週、船でロシア極東に輸送された。",
    })
    void troopsCarriedToTheOtherSideAreDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Korean relative and adnominal forms of "sent" (보낸, 파견한) tell the deployment (보낸 failed before: medium). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; CRITICAL; 정보당국 \"북, 러시아에 2천 명 추가 파견\"; 북한이 1월 러시아에 병력 2천 명을 추가로 보낸 것으로 파악됐다고 정보당국이 밝혔다.",
        "ko; CRITICAL; 국방부 \"북한, 러시아에 공병 파견한 듯\"; 국방부는 북한이 러시아에 공병 부대를 파견한 것으로 보인다고 밝혔다.",
    })
    void koreanFormsOfSentTellTheDeployment(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A follow-up on North Korean prisoners of war is critical (settled case; en and ru failed before: not relevant). Not
     * done: a POW's letter home is rated as a letter (medium), the deployment rules leaving out messages to the troops.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korean POW tells Kyiv court he wants to stay; A North Korean soldier held by Ukraine since February told a court in Kyiv on Monday that he did not want to go home. He was captured in the Kursk region while serving with Russian troops.",
        "ru; CRITICAL; Пленный военный КНДР попросил не возвращать его домой; Военнопленный из КНДР, находящийся в украинском плену, заявил в суде, что не хочет возвращаться домой. Он был взят в плен в Курской области, где воевал за Россию.",
        "ko; CRITICAL; 우크라 억류 북한군 포로 \"귀국 원치 않아\"; 우크라이나에 억류된 북한군 포로가 법정에서 귀국을 원하지 않는다고 밝혔다. 그는 쿠르스크에서 러시아군과 함께 싸우다 붙잡혔다.",
    })
    void prisonersOfWarAreSoldiersDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Trade told by its volume is trade, whatever goods are listed (en, ru, ko, ja failed before: low or not relevant). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russia-North Korea trade doubles; Trade between Russia and North Korea doubled in the first half of the year. Russia mainly shipped wheat, fertiliser and medicines.",
        "ru; MEDIUM; Товарооборот России и КНДР удвоился; Товарооборот России и КНДР в первом полугодии вырос вдвое. Россия в основном поставляла пшеницу, удобрения и лекарства.",
        "ko; MEDIUM; 상반기 북러 교역 두 배로; 러시아와 북한의 상반기 교역액이 두 배로 늘었다. 러시아는 주로 밀과 비료, 의약품을 수출했다.",
        "ja; MEDIUM; ロ朝貿易が倍増; ロシアと北朝鮮の上半期の貿易額が倍増した。ロシアは主に小麦や肥料、医薬品を輸出した。",
    })
    void tradeToldByItsVolumeIsTrade(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Oil hauled out or moved ship to ship is the evasion row's moving of goods (en, ru, uk failed before: medium). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korean tankers haul Russian oil from Nakhodka; North Korean tankers have hauled Russian oil from Nakhodka at least 20 times since May, satellite images show.",
        "ru; HIGH; Танкеры КНДР вывезли российскую нефть из Находки; Северокорейские танкеры с мая не менее 20 раз вывезли российскую нефть из Находки, показывают спутниковые снимки.",
        "ru; HIGH; Российское топливо перегрузили на танкер КНДР; Российское дизельное топливо перегрузили на северокорейский танкер в открытом море у Приморья.",
        "uk; HIGH; Танкери КНДР вивозять російську нафту; Північнокорейські танкери з травня щонайменше 20 разів вивезли російську нафту з Находки.",
    })
    void oilHauledOrMovedShipToShipIsEvasion(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Both leaders discussing is their talks: a summit (en, ru, ko, zh, de failed before: medium); by phone it stays a call. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Putin and Kim discuss cooperation in Vladivostok; Vladimir Putin and Kim Jong Un discussed economic and political cooperation in Vladivostok on Thursday.",
        "ru; HIGH; Путин и Ким Чен Ын обсудили сотрудничество во Владивостоке; Владимир Путин и Ким Чен Ын в четверг обсудили во Владивостоке экономическое и политическое сотрудничество.",
        "ko; HIGH; 푸틴·김정은, 블라디보스토크서 협력 논의; 푸틴 대통령과 김정은 위원장이 목요일 블라디보스토크에서 경제·정치 협력 방안을 논의했다.",
        "zh; HIGH; 普京与金正恩在符拉迪沃斯托克讨论合作; 普京与金正恩周四在符拉迪沃斯托克讨论了经济和政治合作。",
        "de; HIGH; Putin und Kim beraten in Wladiwostok über Zusammenarbeit; Wladimir Putin und Kim Jong Un haben am Donnerstag in Wladiwostok über wirtschaftliche Zusammenarbeit beraten.",
        "en; MEDIUM; Putin and Kim speak by phone; Vladimir Putin and Kim Jong Un discussed bilateral relations by telephone on Friday, the Kremlin said.",
    })
    void bothLeadersDiscussingIsTheirSummit(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** The two sides' state outlets signing together act for their states (en, ru, ko failed before: not relevant). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; TASS and KCNA agree to share photo archives; TASS and KCNA signed a memorandum on Monday to share photo archives and train journalists.",
        "ru; MEDIUM; ТАСС и ЦТАК договорились обмениваться фотоархивами; ТАСС и ЦТАК в понедельник подписали меморандум об обмене фотоархивами и подготовке журналистов.",
        "ko; MEDIUM; 타스·조선중앙통신, 사진자료 교류 합의; 러시아 타스통신과 조선중앙통신이 월요일 사진 자료를 교류하는 양해각서에 서명했다.",
    })
    void stateOutletsSigningTogetherAreSides(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** An outlet that reports stays no side (guards: not relevant before and after). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; Kim visits fertiliser plant, TASS says; North Korean leader Kim Jong Un visited a fertiliser plant in South Phyongan province, TASS reported, citing KCNA.",
        "ru; Ким Чен Ын посетил завод удобрений — ТАСС; Лидер КНДР посетил завод минеральных удобрений, сообщает ТАСС со ссылкой на ЦТАК.",
    })
    void anOutletReportingStaysNoSide(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /**
     * What one leader gives the other, told by the English two-object verb, is a gift (the first two failed before:
     * medium, high); a welcome given is none (failed before: low, from the phrase cue "gives Putin a"), a message stays one.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Putin sends Kim a Russian-made tractor; Russian President Vladimir Putin has sent North Korean leader Kim Jong Un a Russian-made tractor, KCNA said.",
        "en; LOW; Kim gives Putin three Pungsan puppies at summit; Kim Jong Un gave Vladimir Putin three Pungsan puppies during their summit in Pyongyang, the Kremlin said.",
        "en; HIGH; Kim gives Putin a lavish welcome for summit; Kim Jong Un gave Vladimir Putin a lavish welcome at Pyongyang airport before their summit talks on Wednesday.",
        "en; MEDIUM; Putin sends Kim a message of support; Vladimir Putin sent Kim Jong Un a message pledging support for North Korea's sovereignty.",
    })
    void whatOneLeaderGivesTheOtherIsAGift(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** An opposition party acts for no state (settled case; en, ru, ko failed before: relevant). */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; Russian Communists greet North Korea on party anniversary; The Communist Party of the Russian Federation sent greetings to the Workers' Party of Korea on its anniversary.",
        "ru; КПРФ направила приветствие ТПК; Коммунистическая партия Российской Федерации направила приветствие Трудовой партии Кореи по случаю годовщины.",
        "ko; 러시아연방공산당, 北 노동당에 축하 서한; 러시아연방공산당이 북한 노동당 창건 기념일을 맞아 축하 서한을 보냈다.",
    })
    void anOppositionPartyIsNoSide(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /** The leader named by what only he has (Kim's regime, солдаты Кима) names the DPRK (both failed before). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Moscow helped Kim's spy satellite reach orbit, Tokyo says; Russian specialists provided engine data for the launch, Japan's defence ministry said.",
        "ru; CRITICAL; Солдаты Кима воюют под Курском, заявили в Киеве; Подразделения из Северной Кореи воюют в Курской области вместе с российскими войсками, заявили в Киеве.",
    })
    void theLeaderNamedByWhatOnlyHeHasNamesTheSide(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** Russia named by its capital's region or university (Подмосковье, МГУ), the pair written as ロ朝 (failed before). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; LOW; Школьники из КНДР отдохнули в Подмосковье; Группа школьников из КНДР провела две недели в детском лагере в Подмосковье.",
        "ru; LOW; В МГУ начали учиться студенты из КНДР; Тридцать студентов из Северной Кореи начали изучать физику в МГУ по программе обмена.",
        "ja; MEDIUM; ロ朝、鉄道輸送拡大で合意; ロ朝両国は鉄道による貨物輸送を拡大することで合意した。",
    })
    void russiaNamedByARegionOrTheJapanesePairWord(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Transport is no sport: the German compound rule's "*sport" ended "transport", and a transport ministry's bridge in
     * probes-s27 was rated low; these two guards passed before through their rail words.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russia and North Korea open new rail freight route; Russia's transport ministry said a new rail freight route between Vladivostok and Pyongyang opened on Monday.",
        "de; MEDIUM; Russland und Nordkorea eröffnen neue Güterzugverbindung; Das russische Transportministerium teilte mit, dass eine neue Güterzugverbindung zwischen Wladiwostok und Pjöngjang eröffnet wurde.",
    })
    void transportIsNoSport(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * An English headline asking "Where did …?" asks about the event and sets no scene (left from session 26; the first
     * three failed before: not relevant, the question read as an occasion clause); ", where" after a place still does.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Where did Putin and Kim hold their talks?; A guest house outside Pyongyang was chosen, Russian state media said on Wednesday.",
        "en; HIGH; Where will Kim meet Putin next week?; The Kremlin has not named the city, only that it will be in Russia's Far East.",
        "en; LOW; Where did Kim's gift to Putin end up?; The two hunting dogs are living at a kennel near Moscow, the Kremlin said.",
        "en; LOW; Kim attends concert at the Bolshoi; Kim Jong Un attended a concert at the Bolshoi Theatre in Moscow, where Vladimir Putin greeted him.",
    })
    void aWhereQuestionSetsNoScene(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * From probes-s27/after.jsonl (written after the families above, scored once): the two countries' leaders named by
     * their countries meeting is their summit (en, ru, uk, zh, ja failed before: medium).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Russian and North Korean leaders meet in Khabarovsk; The Russian and North Korean leaders met in Khabarovsk on Friday to discuss cooperation, state media said.",
        "ru; HIGH; Лидеры России и КНДР встретились в Хабаровске; Лидеры России и КНДР в пятницу встретились в Хабаровске, сообщили государственные СМИ.",
        "uk; HIGH; Лідери Росії та КНДР зустрілися в Хабаровську; Лідери Росії та КНДР у п'ятницю зустрілися в Хабаровську, повідомили державні ЗМІ.",
        "zh; HIGH; 俄朝领导人在哈巴罗夫斯克会晤; 俄朝领导人周五在哈巴罗夫斯克会晤，讨论合作问题。",
        "ja; HIGH; ロ朝首脳、ハバロフスクで会談; ロ朝首脳は金曜日、ハバロフスクで会談し、協力について話し合った。",
    })
    void theTwoCountriesLeadersMeetingIsTheirSummit(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Animals sent from one leader to the other are a gift, whatever the verb of sending (ko, ru, de failed before:
     * medium). Not done: Korean 말 (a horse) is no animal word here, being also "words" and "the end of" a month.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; LOW; 푸틴, 김정은에게 사냥개 강아지 두 마리 보내; 푸틴 대통령이 김정은 위원장에게 사냥개 강아지 두 마리를 보냈다고 조선중앙통신이 전했다.",
        "ru; LOW; Путин отправил Ким Чен Ыну 20 лошадей; Владимир Путин отправил лидеру КНДР Ким Чен Ыну 20 лошадей орловской породы, сообщило ЦТАК.",
        "de; LOW; Putin schickt Kim 20 Pferde; Wladimir Putin hat Kim Jong Un 20 Pferde der Orlow-Rasse geschickt, meldete KCNA.",
    })
    void animalsSentAreAGift(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Two countries joined by a middle dot (중국·러시아, 中国・ロシア) are a list like "China and
     * Russia": a white paper that names North Korea's missiles and China's and Russia's flights is no report of the two
     * (ko, ja failed before: relevant).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko; 안보 보고서 \"북한 미사일 위협 증가\"…중국·러시아 활동도 지적; 보고서는 북한의 미사일 위협이 커지고 있다고 평가했다. 중국과 러시아 군용기의 비행도 지적했다.",
        "ja; 安保報告書、北朝鮮のミサイル脅威を指摘…中国・ロシアの活動にも言及; 報告書は北朝鮮のミサイルの脅威が高まっていると評価した。中国とロシアの軍用機の飛行にも触れた。",
    })
    void countriesJoinedByAMiddleDotAreAList(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /** From probes-s27/structure.jsonl: joint drills of the air forces are joint exercises (ru, uk failed before: medium). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Russian and North Korean air forces hold joint drills; Russian and North Korean bombers held joint air drills over the Sea of Japan on Monday, Tokyo said.",
        "ru; CRITICAL; ВКС России и ВВС КНДР провели совместные воздушные учения; Самолеты ВКС России и ВВС КНДР провели совместные воздушные учения над Японским морем.",
        "uk; CRITICAL; Росія і КНДР провели спільні повітряні навчання; Літаки Росії та КНДР провели спільні повітряні навчання над Японським морем.",
    })
    void jointAirDrillsAreJointExercises(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Technology named before the missiles it serves is missile technology: hypersonic ones (the three failed before:
     * high); technology for ballistic missiles or for missiles (guards, right before).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; CRITICAL; Россия передала КНДР технологии баллистических ракет — Сеул; Россия передала Северной Корее технологии для баллистических ракет, заявили в Сеуле.",
        "uk; CRITICAL; Росія передала КНДР технології для ракет — розвідка; Росія передала Північній Кореї технології для ракет в обмін на снаряди, заявила розвідка.",
        "en; CRITICAL; Russia gave North Korea hypersonic missile technology, Seoul says; Russia has given North Korea hypersonic missile technology in exchange for shells, Seoul said.",
        "ru; CRITICAL; Сеул: Россия передала КНДР технологии гиперзвуковых ракет; Россия передала Северной Корее технологии гиперзвуковых ракет в обмен на снаряды, заявили в Сеуле.",
        "uk; CRITICAL; Сеул: Росія передала КНДР технології гіперзвукових ракет; Росія передала Північній Кореї технології гіперзвукових ракет в обмін на снаряди, заявили в Сеулі.",
        "en; CRITICAL; Russia handed North Korea hypersonic technology, Seoul says; Russia handed North Korea hypersonic technology in exchange for shells, Seoul said.",
    })
    void technologyBeforeItsMissilesIsMissileTechnology(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** DPRK orthography of labour (로동자) is labour, as 노동자 is (failed before: not relevant). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; MEDIUM; 조선 로동자들 로씨야 원동에서 농장일 맡아; 로씨야 원동지방의 농장들에서 조선 로동자들이 일하고있다고 로씨야 신문이 전하였다.",
    })
    void dprkOrthographyOfLabourIsLabour(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
