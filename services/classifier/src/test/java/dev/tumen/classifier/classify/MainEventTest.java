package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Severity from the main event (issue 14): background clauses neither raise nor lower it, ceremonies stay ceremonial
 * whoever attends, transfers told through data or containers are transfers, and the label says which sentence and
 * rubric row decided. Invented articles, one per rule family and language.
 */
class MainEventTest {
    private static final Labeller LABELLER = SeverityCases.LABELLER;

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a greeting or a tourism deal is what it is, whatever war the background recalls
        "en; LOW; Kim sends New Year greetings to Putin; North Korean leader Kim Jong Un sent New Year greetings to Vladimir Putin, amid reports that thousands of North Korean troops are fighting for Russia in Kursk.",
        "en; MEDIUM; Russia and North Korea agree on new tourist flights; Moscow and Pyongyang agreed to open charter flights for Russian tourists, following last year's deployment of North Korean soldiers to the front.",
        "ru; MEDIUM; Россия и КНДР откроют новый туристический маршрут; Российские туристы смогут посещать курорт в КНДР, сообщили в Москве на фоне сообщений об отправке северокорейских солдат в Курскую область.",
        "ru; MEDIUM; Володин заявил о росте торговли с КНДР; Председатель Госдумы Вячеслав Володин отметил рост торговли между Россией и КНДР и напомнил, что договор о всеобъемлющем стратегическом партнерстве был ратифицирован единогласно.",
        "ko; LOW; 김정은, 푸틴에게 새해 축전; 러시아 파병 북한군이 쿠르스크에서 전투를 벌이는 가운데 김정은 국무위원장이 푸틴 대통령에게 새해 축전을 보냈다.",
        "uk; MEDIUM; Росія та КНДР відкриють нові туристичні рейси; Російські туристи зможуть відвідувати курорт у КНДР, повідомили в Москві на тлі повідомлень про відправку північнокорейських солдатів до Курської області.",
    })
    void backgroundNeitherRaisesNorLowers(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; North Korean embassy in Moscow hosts reception for national day; The North Korean embassy in Moscow held a banquet to mark the founding anniversary, attended by Russian defence minister Andrei Belousov and other officials.",
        "ru; LOW; Шойгу возложил цветы к монументу в Пхеньяне; Министр обороны России Сергей Шойгу и члены делегации возложили цветы к монументу Освобождения в Пхеньяне.",
        "ko; LOW; 러시아 주재 북한 대사관 경축연회; 북한 창건 기념일을 맞아 러시아 주재 북한 대사관이 경축연회를 마련했으며 러시아 국방장관이 참석했다.",
        "zh; LOW; 朝鲜驻俄大使馆举行招待会; 朝鲜驻俄罗斯大使馆举行招待会庆祝建国纪念日，俄罗斯国防部长出席。",
        "en; LOW; North Korean ensemble performs at summit banquet; A North Korean song and dance ensemble performed a concert at the banquet after the Russia-North Korea summit in Pyongyang.",
        // a concert or a banquet performance is cultural whoever attends, summit guests and defence officials too
        "en; LOW; Kim attends Russian troupe's concert in Pyongyang; North Korean leader Kim Jong Un attended a concert by a visiting Russian art troupe in Pyongyang, KCNA said, with Russian defence officials among the guests.",
        "en; LOW; North Korean song and dance ensemble performs at summit banquet; A North Korean song and dance ensemble performed for Vladimir Putin and Kim Jong Un at the banquet that followed their summit in Pyongyang.",
        "ko; LOW; 북한 예술단, 북러 정상회담 연회서 공연; 북한 예술단이 평양에서 열린 북러 정상회담 후 연회에서 푸틴 대통령과 김정은 위원장을 위해 공연했다.",
        "ru; LOW; Ансамбль КНДР выступил на банкете в честь Путина; Ансамбль песни и пляски КНДР выступил на торжественном приеме в честь визита Владимира Путина в Пхеньян.",
        "de; LOW; Putin gratuliert Kim Jong Un zum Jahrestag der Staatsgründung; Der russische Präsident Wladimir Putin hat dem nordkoreanischen Machthaber Kim Jong Un zum 76. Jahrestag der Gründung Nordkoreas gratuliert und die strategische Partnerschaft gelobt.",
        "en; HIGH; North Korean ensemble performs as Putin and Kim hold summit; Putin and Kim Jong Un held summit talks in Pyongyang on Wednesday, discussing military cooperation, before a North Korean ensemble performed at the state banquet.",
        // talks besides the ceremony keep the visit high
        "en; HIGH; Russian defence minister lays wreath and holds talks in Pyongyang; Russian defence minister Andrei Belousov laid a wreath in Pyongyang and held talks with North Korean officials on military cooperation.",
    })
    void ceremoniesStayCeremonialWhoeverAttends(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Russia sends rocket data to North Korea, intelligence says; South Korean intelligence said Russia has provided North Korea with missile data and technical documentation for its satellite programme.",
        "ru; CRITICAL; Разведка: Россия передала КНДР ракетные данные; По данным разведки, Россия передала Пхеньяну техническую документацию для ракетных двигателей.",
        "en; HIGH; Satellite images show 1,000 containers of North Korean munitions arrived in Russia; More than 1,000 containers of munitions from North Korea arrived at a Russian port, a think tank said.",
        "ko; HIGH; 러시아로 넘어간 북한 미사일; 한미 정보당국은 북한 미사일이 러시아로 넘어간 것으로 파악했다.",
        "en; CRITICAL; Russia sends North Korea rocket data, intelligence finds; Intelligence findings show Russia sent North Korea data on rocket engines, a South Korean lawmaker said.",
        "de; CRITICAL; Russland liefert Nordkorea Satellitentechnik, sagt Seoul; Der südkoreanische Geheimdienst erklärte, Russland habe Nordkorea Technologie für Aufklärungssatelliten geliefert.",
        // a third country as the source does not make the two an item of its list (Han and kana particles are words)
        "zh; CRITICAL; 韩国情报机构称俄罗斯向朝鲜提供卫星技术; 韩国国家情报院表示，俄罗斯向朝鲜提供了侦察卫星发射相关技术援助。",
        "ja; CRITICAL; 韓国情報機関、ロシアが北朝鮮に衛星技術を供与と分析; 韓国の国家情報院は、ロシアが北朝鮮に偵察衛星の打ち上げに関する技術を供与したと分析した。",
        "zh; HIGH; 韩国称朝鲜向俄罗斯运送一万个集装箱弹药; 韩国国防部表示，朝鲜已向俄罗斯运送了一万多个集装箱的弹药和军需物资。",
        "ja; CRITICAL; 北朝鮮兵、クルスクで戦死 ウクライナ発表; ウクライナ軍は、ロシア西部クルスク州で北朝鮮兵数十人が戦死したと発表した。",
        // German words for handing on technology and for war goods in containers (model 0.13.0)
        "de; CRITICAL; Japans Außenminister verurteilt Raketentechnik-Transfer; Der japanische Außenminister verurteilte die Weitergabe russischer Raketentechnologie an Nordkorea.",
        "de; HIGH; Geheimdienst: Nordkorea schickte tausend Container nach Russland; Nordkorea hat laut südkoreanischem Geheimdienst rund 1.000 Container mit Rüstungsgütern nach Russland geschickt.",
        "de; HIGH; Nordkorea liefert Rüstungsgüter an Russland; Nordkorea hat nach Angaben des Geheimdienstes Rüstungsgüter in tausenden Containern nach Russland geliefert.",
        // war goods seen at the other side's port have been moved there: a supply allegation told as a sighting
        "en; HIGH; Containers of North Korean arms spotted at Russian port; Satellite imagery shows about 1,000 containers believed to hold North Korean munitions at a Russian port near the border, a think tank said.",
        "ru; HIGH; Контейнеры с боеприпасами КНДР замечены в российском порту; На спутниковых снимках видны сотни контейнеров с северокорейскими боеприпасами в порту Восточный, сообщил аналитический центр.",
        "uk; HIGH; Контейнери з боєприпасами КНДР помітили в російському порту; На супутникових знімках видно сотні контейнерів із північнокорейськими боєприпасами в російському порту Восточний.",
        "ko; HIGH; 북한 컨테이너 1만개 러시아로; 북한이 러시아로 보낸 컨테이너가 1만 개를 넘은 것으로 파악됐다고 국가정보원이 밝혔다.",
        "de; HIGH; Container mit nordkoreanischer Munition im russischen Hafen; Satellitenbilder zeigen Hunderte Container mit nordkoreanischer Munition in einem russischen Hafen nahe der Grenze.",
    })
    void transfersToldThroughDataOrContainersAreTransfers(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @Test
    void labelSaysWhichSentenceAndRowDecided() {
        Label l = LABELLER.label("Putin lands in Pyongyang for summit with Kim",
                "Russian President Vladimir Putin arrived in Pyongyang for a summit with Kim Jong Un, the Kremlin said.");
        assertNotNull(l.basis());
        assertEquals("high: leaders' summits", l.basis().row());
        assertTrue(l.basis().sentence().contains("Pyongyang"), l.basis().sentence());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // the headline slot holds a menu, a calendar or an author box: the lead carries the story
        "en; Mon Tue Wed Thu Fri Sat Sun; Russian Foreign Minister Sergei Lavrov arrived in Pyongyang for talks with North Korean Foreign Minister Choe Son Hui. The two discussed cooperation.",
        "ru; Об авторе; Министр иностранных дел России Сергей Лавров прибыл в Пхеньян на переговоры с главой МИД КНДР Цой Сон Хи. Стороны обсудили сотрудничество.",
        // a statement about the other side without a verb of exchange
        "ru; Лавров: Москва уважает выбор Пхеньяна; Министр иностранных дел России Сергей Лавров заявил, что Москва уважает решения КНДР в области обороны.",
    })
    void storyIsFoundWhenTheHeadlineIsLostOrOnlyAStatement(String lang, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + title + " (relevance " + l.relevance() + ")");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the headline meeting's outcome, told after the lead, is the main event: personnel deployed
        "en; CRITICAL; Shoigu meets Kim in Pyongyang; Russian Security Council secretary Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang on Tuesday. The two sides held long talks behind closed doors in the capital. Afterwards, Shoigu said Kim had agreed to send 1,000 North Korean sappers to Russia's Kursk region.",
        "ru; CRITICAL; Шойгу встретился с Ким Чен Ыном в Пхеньяне; Секретарь Совета безопасности России Сергей Шойгу встретился с лидером КНДР Ким Чен Ыном в Пхеньяне. Переговоры продолжались несколько часов за закрытыми дверями. По итогам встречи КНДР направит в Курскую область России 1 тыс. саперов.",
        "uk; CRITICAL; Шойгу провів переговори з Кім Чен Ином у Пхеньяні; Секретар Ради безпеки РФ Сергій Шойгу прибув до Пхеньяна і зустрівся з лідером КНДР Кім Чен Ином. Переговори тривали кілька годин за зачиненими дверима. Шойгу заявив, що лідер КНДР прийняв рішення направити до Росії 1 тис. саперів для Курської області.",
        "ko; CRITICAL; 쇼이구, 평양서 김정은과 회담; 러시아 국가안보회의 서기 쇼이구가 평양을 방문해 김정은 국무위원장과 회담했다. 양측은 수 시간 동안 비공개로 회담을 이어갔다고 전해졌다. 쇼이구는 김정은 위원장이 러시아 쿠르스크에 공병 1000명을 파병하기로 합의했다고 밝혔다.",
        "zh; CRITICAL; 绍伊古在平壤与金正恩会谈; 俄罗斯联邦安全会议秘书绍伊古抵达平壤并与朝鲜最高领导人金正恩举行了会谈。双方在平壤进行了长达数小时的闭门会谈并交换了意见。绍伊古表示金正恩同意向俄罗斯库尔斯克州派遣一千名工兵。",
        "ja; CRITICAL; ショイグ氏が平壌で金正恩氏と会談; ロシア安全保障会議のショイグ書記が平壌を訪問し北朝鮮の金正恩総書記と会談した。両者は数時間にわたり非公開で会談を続けたと伝えられている。ショイグ氏は金正恩氏がロシアのクルスク州に工兵千人を派遣することで合意したと明らかにした。",
        // without a word of outcome, a critical detail deep in the body does not rate the meeting (rejected: whole-article severity)
        "en; HIGH; Shoigu meets Kim in Pyongyang; Russian Security Council secretary Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang on Tuesday. The two sides held long talks behind closed doors in the capital. Thousands of North Korean soldiers were sent to Russia's Kursk region last winter.",
        // what is only discussed is no outcome
        "en; HIGH; Shoigu meets Kim in Pyongyang; Russian Security Council secretary Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang on Tuesday. The two sides held long talks behind closed doors in the capital. They agreed to discuss possible help from Russia for North Korea's spy satellite programme.",
    })
    void headlineMeetingsOutcomeToldInTheBodyRatesIt(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the supplied missiles reported fired at Ukraine: North Korean missiles used on the battlefield
        "en; CRITICAL; North Korea supplied ballistic missiles to Russia, officials say; North Korea has provided Russia with ballistic missiles, US officials said on Thursday. The officials said they had tracked the shipments for months. Russian forces fired at least one of these missiles into Ukraine last week, they said.",
        "ru; CRITICAL; КНДР передала России баллистические ракеты; КНДР поставила России баллистические ракеты, заявили в Белом доме в четверг. По словам американских чиновников, поставки отслеживались несколько месяцев. Российские войска применили эти северокорейские ракеты для ударов по Украине.",
        "ko; CRITICAL; 러시아로 넘어간 북 미사일; 북한이 러시아에 탄도미사일을 제공한 것으로 알려졌다고 군 당국이 밝혔다. 한미 정보당국은 수개월 전부터 관련 동향을 파악해 온 것으로 전해졌다. 러시아군은 북한 탄도미사일을 우크라이나에 발사해 공격에 사용했다고 미 당국자가 말했다.",
        // weapons that only could be used are still a supply allegation (high)
        "en; HIGH; North Korea supplied ballistic missiles to Russia, officials say; North Korea has provided Russia with ballistic missiles, US officials said on Thursday. The officials said they had tracked the shipments for months. The missiles could be used against Ukraine within weeks, they said.",
    })
    void suppliedWeaponsReportedUsedLaterRateTheSupply(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a minister come to hand over a gift is a ceremonial visit (low), whoever leads it
        "en; LOW; Russian minister brings zoo animals to Pyongyang; Russia's natural resources minister Alexander Kozlov, during a visit to North Korea, handed the Pyongyang zoo over 70 animals. This is a gift from Russian President Vladimir Putin to the Korean people.",
        "ru; LOW; Российский министр привез животных в зоопарк Пхеньяна; Министр природных ресурсов России Александр Козлов во время визита в КНДР передал Пхеньянскому зоопарку более 70 животных. Это подарок президента России Владимира Путина корейскому народу.",
        // a leader receiving the other side's foreign minister is a foreign-minister visit (medium), not a summit
        "en; MEDIUM; Putin meets North Korean minister Choe: will he accept Kim Jong Un's invitation?; Russian President Vladimir Putin met North Korean Foreign Minister Choe Son Hui at the Kremlin on Monday.",
    })
    void visitsAreRatedByWhatTheVisitorsCameFor(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @Test
    void outcomeSentenceIsTheBasis() {
        Label l = LABELLER.label("Shoigu meets Kim in Pyongyang",
                "Russian Security Council secretary Sergei Shoigu met North Korean leader Kim Jong Un in Pyongyang on Tuesday. "
                        + "The two sides held long talks behind closed doors in the capital. "
                        + "Afterwards, Shoigu said Kim had agreed to send 1,000 North Korean sappers to Russia's Kursk region.");
        assertTrue(l.basis().sentence().contains("sappers"), l.basis().sentence());
        assertTrue(l.basis().row().startsWith("critical: North Korean troops or personnel deployed"), l.basis().row());
        assertTrue(l.basis().row().contains("told in the body"), l.basis().row());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // settled case: North Koreans recruited into or serving with Russia's forces are personnel deployed, also former workers
        "en; CRITICAL; North Korean workers recruited into Russian army, sent to front; North Korean labourers who came to Russia as construction workers have been recruited into the Russian army and sent to the front in Ukraine.",
        "ru; CRITICAL; Рабочих из КНДР завербовали в российскую армию; Северокорейские рабочие, приехавшие в Россию на стройки, завербованы в армию и воюют за Россию на фронте.",
        "uk; CRITICAL; Робітників з КНДР завербували до армії РФ; Північнокорейські робітники, які приїхали до Росії на будівництва, завербовані до армії і воюють за Росію на фронті.",
        "ko; CRITICAL; 러시아 간 북한 노동자, 러시아군에 입대; 건설 현장에 파견됐던 북한 노동자들이 러시아군에 입대해 우크라이나 전선에 투입된 것으로 알려졌다.",
        "zh; CRITICAL; 赴俄朝鲜劳工加入俄军; 据报道，在俄罗斯建筑工地工作的朝鲜劳工已加入俄军并被派往乌克兰前线。",
        "ja; CRITICAL; ロシアの北朝鮮労働者、ロシア軍に入隊; ロシアの建設現場で働いていた北朝鮮の労働者がロシア軍に入隊し、ウクライナの前線に送られたことが分かった。",
        // workers recruited for building sites stay labour
        "en; MEDIUM; Russian region recruits North Korean workers for construction; A Russian region plans to recruit thousands of North Korean workers for construction projects, an official said.",
        // joint drills spelled as a Korean compound
        "ko; CRITICAL; 북러, 첫 연합 해상훈련; 러시아와 북한 해군이 블라디보스토크 앞바다에서 첫 연합 해상훈련을 실시했다고 러시아 태평양함대가 밝혔다.",
    })
    void northKoreansInRussiasForcesArePersonnelDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @Test
    void photoCaptionAboveACreditIsNeitherHeadlineNorLead() {
        // a banquet for the 2024 treaty in the photo; the story is labour (medium)
        Label ko = LABELLER.label("국정원 \"북한, 지난해 노동자 수천명 러시아 파견\"",
                "2024년 12월 북한 주재 러시아대사관이 포괄적 전략적 동반자 관계 조약 비준을 기념해 연회를 열었다.\n"
                        + "북한 조선중앙통신=연합뉴스\n"
                        + "국가정보원은 북한이 러시아에 파견한 노동자가 수천 명에 달한다고 9일 밝혔다. 노동자들은 건설 현장에서 일하고 있다.");
        assertEquals(Severity.MEDIUM, ko.severity(), () -> String.valueOf(ko.basis()));
        Label en = LABELLER.label("Putin meets North Korean foreign minister",
                "Putin shakes hands with North Korean Defence Minister No Kwang Chol at a parade in Moscow.\n"
                        + "/ AFP Yonhap News\n"
                        + "Russian President Vladimir Putin met North Korean Foreign Minister Choe Son Hui at the Kremlin on Monday.");
        assertEquals(Severity.MEDIUM, en.severity(), () -> String.valueOf(en.basis()));
        // a dateline in parentheses on its own line is no credit: the line above it stays the headline
        Label dateline = LABELLER.label("", "Putin meets North Korean defence minister in Moscow\n(서울=연합뉴스)\n"
                + "Russian President Vladimir Putin met North Korean Defence Minister No Kwang Chol in Moscow for talks on military cooperation.");
        assertEquals(Severity.HIGH, dateline.severity(), () -> String.valueOf(dateline.basis()));
    }

    // 0.8.0 families: what became of soldiers at the front, transfers reported as suspected or possible, and
    // background markers in the languages that lacked them

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Ukraine detains two injured North Korean soldiers; Ukrainian forces detained two injured North Korean soldiers fighting for Russia in the Kursk region, Kyiv said.",
        "en; CRITICAL; Moscow museum to honour North Korean soldiers; A Russian museum will honour North Korean soldiers who participated in military operations for Russia, the Russian defence ministry said.",
        "ru; CRITICAL; На Курском направлении задержаны военные КНДР; Украинские военные задержали двух раненых военнослужащих КНДР, воевавших на стороне России в Курской области.",
        "uk; CRITICAL; ЗСУ затримали військових КНДР; Українські військові затримали двох поранених військовослужбовців КНДР, які воювали на боці Росії на Курщині.",
        "ko; CRITICAL; 우크라이나, 북한군 2명 생포; 우크라이나군이 러시아 쿠르스크 지역에서 러시아를 위해 싸우던 북한군 병사 2명을 생포했다고 밝혔다.",
        "zh; CRITICAL; 乌克兰称在俄罗斯库尔斯克俘获两名朝鲜士兵; 乌克兰表示，两名为俄罗斯作战的朝鲜士兵在库尔斯克被俘。",
        "ja; CRITICAL; ウクライナ、北朝鮮兵2人を拘束; ウクライナ軍はロシアのクルスク州でロシア側で戦っていた北朝鮮兵2人を拘束したと発表した。",
        "de; CRITICAL; Ukraine nimmt nordkoreanische Soldaten gefangen; Die Ukraine hat zwei verwundete nordkoreanische Soldaten gefangen genommen, die für Russland in Kursk gekämpft hatten.",
    })
    void whatBecameOfSoldiersAtTheFrontIsPersonnelDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // an allegation, report or intelligence finding about a transfer rates the transfer (issue 14)
        "en; CRITICAL; Seoul looks into possible Russian submarine technology transfer to North Korea; South Korea is investigating a potential transfer of Russian nuclear submarine technology to North Korea, the unification ministry said.",
        "ru; CRITICAL; Сеул проверяет возможную передачу Россией КНДР технологий подводных лодок; Южная Корея изучает возможную передачу Россией КНДР технологий для атомной подводной лодки, заявили в Сеуле.",
        "uk; CRITICAL; Сеул перевіряє можливу передачу Росією КНДР ракетних технологій; Південна Корея перевіряє можливу передачу Росією КНДР ракетних технологій, заявили в Сеулі.",
        "ko; CRITICAL; 정부, 러시아의 대북 잠수함 기술 이전 가능성 조사; 통일부는 러시아가 북한에 핵잠수함 기술을 이전했을 가능성을 살펴보고 있다고 밝혔다.",
        "zh; CRITICAL; 韩国调查俄罗斯可能向朝鲜转让潜艇技术; 韩国统一部表示，正在调查俄罗斯向朝鲜转让核潜艇技术的可能性。",
        "ja; CRITICAL; 韓国、ロシアから北朝鮮への潜水艦技術移転の可能性を調査; 韓国統一省は、ロシアが北朝鮮に原子力潜水艦の技術を移転した可能性を調べていると明らかにした。",
        // help only discussed or promised is still no transfer
        "en; HIGH; Putin and Kim discuss space cooperation at summit; Vladimir Putin and Kim Jong Un held summit talks and discussed how Russia could help North Korea build satellites.",
    })
    void suspectedTransferRatesTheTransfer(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; LOW; Ким Чен Ын поздравил Путина с Днем России; Лидер КНДР Ким Чен Ын поздравил Владимира Путина с Днем России вслед за отправкой северокорейских войск в Курскую область.",
        "uk; LOW; Кім Чен Ин привітав Путіна з Новим роком; Лідер КНДР Кім Чен Ин привітав Путіна з Новим роком, згадавши відправку північнокорейських військ на фронт.",
        "de; MEDIUM; Russland und Nordkorea eröffnen Flugverbindung; Russland und Nordkorea haben eine neue Flugverbindung für Touristen eröffnet, vor dem Hintergrund der Entsendung nordkoreanischer Soldaten an die Front.",
        "zh; LOW; 金正恩向普京致新年贺电; 金正恩向俄罗斯总统普京致新年贺电，回顾了朝鲜军队在库尔斯克作战的情况。",
        "ja; LOW; 金正恩氏、プーチン氏に新年の祝電; 北朝鮮の金正恩総書記はプーチン大統領に新年の祝電を送り、クルスクでの北朝鮮兵の戦闘を振り返った。",
    })
    void backgroundMarkersInEveryLanguage(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // "X comes as Y": Y is the setting of the news, not the news
        "en; LOW; Putin gives Kim a limousine as a gift; Russian President Vladimir Putin gave North Korean leader Kim Jong Un a new limousine as a gift. The gift comes as Washington accuses Pyongyang of supplying artillery shells to Russia for use against Ukraine.",
        "en; MEDIUM; Russian and North Korean officials discuss tourist routes; Russian and North Korean officials agreed on new tourist routes to Wonsan, building on last September's summit between Putin and Kim in Vladivostok.",
        // thanks are for something already done: the call is the event
        "ru; MEDIUM; Путин провел телефонный разговор с Ким Чен Ыном; Президент России Владимир Путин провел телефонный разговор с Ким Чен Ыном и поблагодарил его за участие северокорейских военных в освобождении Курской области.",
        "zh; MEDIUM; 普京与金正恩通电话; 俄罗斯总统普京与朝鲜领导人金正恩通电话，感谢朝鲜军人帮助解放库尔斯克。",
        "de; MEDIUM; Putin telefoniert mit Kim Jong Un; Der russische Präsident Wladimir Putin hat mit Kim Jong Un telefoniert und dankte ihm für den Einsatz nordkoreanischer Soldaten in Kursk.",
        // "before that" tells an earlier event
        "ru; MEDIUM; Лавров прибыл в Пхеньян; Министр иностранных дел России Сергей Лавров прибыл в Пхеньян с визитом. До этого Ким Чен Ын встретился с министром обороны России Андреем Белоусовым.",
        "uk; MEDIUM; Лавров прибув до Пхеньяна; Міністр закордонних справ Росії Сергій Лавров прибув до Пхеньяна з візитом. До цього Кім Чен Ин зустрівся з міністром оборони Росії Андрієм Бєлоусовим.",
    })
    void newsFramesThanksAndEarlierEventsAreBackground(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russian tourists return to Wonsan; Russian tourists arrived at North Korea's Wonsan resort on Monday, Russian and North Korean officials said. President Putin's last visit to North Korea was in June 2024.",
        "ru; MEDIUM; Российские туристы вернулись в Вонсан; Российские туристы прибыли на курорт Вонсан в КНДР, сообщили в Москве и Пхеньяне. Предыдущий визит Путина в КНДР состоялся в июне 2024 года.",
    })
    void aPreviousVisitIsHistory(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // headline and lead name no kind of event; the body only says what may be discussed: no row, the default
        "en; MEDIUM; What next for Moscow and Pyongyang; Moscow and Pyongyang keep close relations, Russian and North Korean officials say. Neither capital commented further on Monday. Russia and North Korea are expected to discuss sending more North Korean troops to the front, analysts said. Russian and North Korean officials could also discuss deploying North Korean sappers in Kursk.",
        "ko; MEDIUM; 북러 관계 어디로; 북한과 러시아가 긴밀한 관계를 유지하고 있다고 북한과 러시아 당국자들이 밝혔다. 양측 정부는 월요일 이에 대해 더 이상의 언급을 하지 않았다고 현지 관계자들이 전했다. 북한과 러시아는 앞으로 북한군 추가 파병 문제를 논의할 것으로 보인다. 러시아와 북한은 공병 파견도 논의할 것으로 보인다.",
    })
    void whatIsOnlyToBeDiscussedDoesNotRateTheArticleFromTheBody(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the low row's plain words (matches, circus, medicines) in the languages that lacked them
        "ko; LOW; 러시아와 북한, 모스크바서 여자 친선경기; 러시아 여자 대표팀과 북한 여자 대표팀이 다음 달 모스크바에서 친선경기를 갖는다고 러시아 측이 밝혔다.",
        "ko; LOW; 북한 교예단, 모스크바 무대에; 북한 국립교예단이 러시아 모스크바에서 순회 무대를 열고 러시아 관객들을 만났다고 조선중앙통신이 보도했다.",
        "ru; LOW; Россия передала КНДР партию лекарств; Российская сторона передала Корейской Народно-Демократической Республике крупную партию лекарств и медикаментов.",
        "zh; LOW; 俄朝女足将举行友谊赛; 俄罗斯女足与朝鲜女足下月将在莫斯科举行友谊赛，俄方表示。",
        "en; LOW; Russian and North Korean teams to play volleyball in Moscow; Russian and North Korean women's teams will meet for a friendly match in Moscow next month, the Russian side said.",
    })
    void lowRowWordsInEveryMainLanguage(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // North Korean soldiers named with the war's theatre are there for Russia, whatever verb tells it
        "en; CRITICAL; Ukraine: North Korean soldiers are now in Donetsk with Russia's army; Ukrainian intelligence says North Korean soldiers are now in the Donetsk region alongside Russia's units.",
        "ru; CRITICAL; Разведка Украины: северокорейские солдаты находятся в Донецкой области вместе с армией России; По данным украинской разведки, северокорейские солдаты находятся в Донецкой области вместе с российскими частями.",
        "uk; CRITICAL; Розвідка: північнокорейські солдати перебувають на Донеччині; За даними розвідки, північнокорейські солдати перебувають у Донецькій області разом із російськими підрозділами.",
        "ko; CRITICAL; 우크라이나 \"북한군, 러시아군과 함께 도네츠크에 있다\"; 우크라이나 정보당국은 북한군이 러시아 부대와 함께 도네츠크 지역에 있다고 전했다.",
        "zh; CRITICAL; 乌克兰称朝鲜军人与俄罗斯部队在乌克兰东部; 乌克兰情报部门称，朝鲜军人目前与俄罗斯部队一起在乌克兰东部。",
        "de; CRITICAL; Nordkoreanische Soldaten mit Russlands Armee in der Ukraine; Nach ukrainischen Angaben stehen nordkoreanische Soldaten gemeinsam mit russischen Einheiten in der Ukraine.",
        // only a possibility is no deployment
        "en; MEDIUM; Russia and North Korea sign trade agreement; Russia and North Korea signed a trade agreement in Moscow, while analysts doubt that North Korean soldiers will reach Ukraine.",
    })
    void northKoreanSoldiersInTheWarTheatreAreDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @Test
    void kimAddressingHisOwnArmyAboutTheWarIsNoDeployment() {
        Label l = LABELLER.label("Kim tells soldiers to learn from Russia's war in Ukraine",
                "Kim Jong Un told North Korean soldiers to study the lessons of Russia's war in Ukraine during a drill near Pyongyang.");
        assertTrue(l.severity().compareTo(Severity.CRITICAL) < 0, () -> "basis " + l.basis());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a violation of the sanctions between the two is sanctions evasion, whatever was carried
        "en; HIGH; US blacklists Russian firms for violating North Korea sanctions; The US Treasury blacklisted two Russian companies accused of violating UN sanctions on North Korea.",
        "ru; HIGH; США обвинили российские компании в нарушении санкций против КНДР; Минфин США обвинил две российские компании в нарушении санкций СБ ООН в отношении КНДР.",
        "uk; HIGH; США звинуватили російські компанії в порушенні санкцій проти КНДР; Мінфін США звинуватив дві російські компанії в порушенні санкцій ООН щодо КНДР.",
        "ko; HIGH; 미국, 북한 제재 위반 러시아 기업 제재; 미국 재무부는 북한에 대한 유엔 제재를 위반한 러시아 기업 두 곳을 제재했다고 밝혔다.",
        "zh; HIGH; 美国指俄罗斯公司违反对朝鲜制裁; 美国财政部指责两家俄罗斯公司违反联合国对朝鲜的制裁。",
        // settled case: workers sent to Russia are labour, also when they breach UN bans
        "en; MEDIUM; North Korean workers in Russia breach UN sanctions; Thousands of North Korean workers are employed on Russian building sites in breach of UN sanctions.",
        // sanctions said to violate international law or sovereignty: a statement against them, not their evasion
        "en; MEDIUM; Russia says US sanctions on North Korea violate international law; Russia's foreign ministry said on Monday that new US sanctions against North Korea violate international law.",
        "ru; MEDIUM; Захарова: санкции против КНДР нарушают международное право; Официальный представитель МИД России Мария Захарова заявила, что односторонние санкции против КНДР нарушают международное право.",
        "ko; MEDIUM; 북한 외무성 \"대러 제재는 주권 침해\"; 북한 외무성은 서방의 러시아 제재가 러시아 주권을 위반하는 것이라고 주장했다.",
    })
    void sanctionsViolatedBetweenTheTwoAreEvasion(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the 2024 treaty named as the event is the mutual-defence treaty's row, whatever is done with it
        "en; HIGH; Comprehensive strategic partnership treaty between Russia and North Korea takes effect in Duma vote; The Duma's committee backed the Treaty on Comprehensive Strategic Partnership between Russia and North Korea.",
        "ru; HIGH; Комитет Госдумы поддержал договор с КНДР; Комитет Госдумы поддержал Договор о всеобъемлющем стратегическом партнерстве между Россией и КНДР.",
        "ko; HIGH; 러시아 의회 위원회, 북러 포괄적 전략적 동반자 관계 조약 지지; 러시아 하원 위원회는 러시아와 북한의 포괄적 전략적 동반자 관계에 관한 조약을 지지했다.",
        "zh; HIGH; 俄议会委员会支持俄朝全面战略伙伴关系条约; 俄罗斯国家杜马委员会支持俄罗斯与朝鲜全面战略伙伴关系条约。",
        // the 2000 friendship treaty stays medium
        "en; MEDIUM; Russia and North Korea mark friendship treaty; Russian and North Korean officials marked the treaty of friendship, good-neighbourliness and cooperation signed in 2000.",
    })
    void theTwentyTwentyFourTreatyAsTheEventIsHigh(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a message or visit on the occasion of a date is a ceremonial greeting (settled case)
        "en; LOW; Kim sends message to Putin on the occasion of Russia's Constitution Day; Kim Jong Un sent a message to Vladimir Putin on the occasion of Russia's Constitution Day, KCNA said.",
        "ru; LOW; Ким Чен Ын направил послание Путину; Ким Чен Ын направил послание Владимиру Путину по случаю Дня Конституции России.",
        "uk; LOW; Кім Чен Ин надіслав послання Путіну; Кім Чен Ин надіслав послання Володимиру Путіну з нагоди Дня Конституції Росії.",
        "ko; LOW; 김정은, 푸틴에게 메시지; 김정은 국무위원장이 러시아 국가 명절을 맞아 푸틴 대통령에게 메시지를 보냈다.",
        "ja; LOW; 金正恩氏、プーチン氏にメッセージ; 金正恩総書記はロシアの祝日に際しプーチン大統領にメッセージを送った。",
        "de; LOW; Kim schickt Putin eine Botschaft; Kim Jong Un hat Wladimir Putin anlässlich des Tages der Verfassung Russlands eine Botschaft geschickt.",
        // backing for the war in the same message makes it medium
        "en; MEDIUM; Kim backs Russia's war in message to Putin on the occasion of Victory Day; Kim Jong Un, in a message to Putin on the occasion of Victory Day, pledged support for Russia's war against Ukraine.",
    })
    void aMessageOnTheOccasionOfADateIsAGreeting(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // both leaders meeting at a third country's parade or anniversary: the ceremony is the host's, the meeting theirs
        "en; HIGH; Kim and Putin meet at China's anniversary parade; Kim Jong Un and Vladimir Putin met in Beijing at the military parade China held for the 80th anniversary of the end of the Second World War.",
        "ru; HIGH; Путин и Ким Чен Ын встретились на торжествах в Пекине; Владимир Путин и Ким Чен Ын встретились в Пекине на торжествах Китая по случаю 80-летия окончания Второй мировой войны.",
        "ko; HIGH; 중국 기념행사에서 김정은과 푸틴 만나; 김정은 국무위원장과 푸틴 대통령이 중국의 전승절 80주년 기념행사에서 만났다.",
        "zh; HIGH; 金正恩与普京在中国纪念活动上会面; 金正恩与普京在中国纪念抗战胜利80周年纪念活动上会面。",
        "ja; HIGH; 中国の式典で金正恩氏とプーチン氏が会見; 金正恩総書記とプーチン大統領は中国の戦勝80周年記念式典の会場で会見した。",
        // attending it without meeting, or meeting at a concert, stays the ceremony or the concert
        "en; LOW; Kim and Putin attend China's anniversary parade; Kim Jong Un and Vladimir Putin attended the military parade China held in Beijing for the 80th anniversary of the end of the Second World War.",
        "en; LOW; Kim and Putin meet at a concert in Beijing; Kim Jong Un and Vladimir Putin met at a concert of a Chinese orchestra in Beijing.",
        // one of them visiting the host and joining the other at its parade is the parade: the two did not meet
        "en; LOW; Kim joins Putin at China's parade; Kim Jong Un, on a rare visit to China, joined Russia's Vladimir Putin alongside Xi Jinping at the military parade marking the 80th anniversary of the end of the Second World War.",
    })
    void aMeetingAtAThirdCountrysCeremonyIsTheMeeting(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // German names the thing by the compound's last noun: Artilleriegranaten are shells, Elitesoldaten soldiers
        "de; HIGH; Nordkorea liefert Russland Artilleriegranaten; Nordkorea hat Russland nach Angaben aus Seoul Millionen Artilleriegranaten geliefert.",
        "de; CRITICAL; Nordkoreanische Elitesoldaten kämpfen für Russland; Nordkoreanische Elitesoldaten kämpfen nach ukrainischen Angaben an der Seite Russlands.",
        "de; CRITICAL; Nordkoreanische Raketen auf Charkiw; Russland hat nach ukrainischen Angaben nordkoreanische Kurzstreckenraketen auf Ziele in der Ukraine abgefeuert.",
        "de; LOW; Nordkoreanisches Ensemble gastiert in Moskau; Ein nordkoreanisches Tanzensemble ist in Moskau aufgetreten, Russlands Kulturministerin lobte die Zusammenarbeit.",
    })
    void germanCompoundsEndingInARubricNoun(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // North Korean troops at the inter-Korean front (the DMZ, the demarcation line) are at home, not in Russia's war:
        // the Russian defence minister's visit beside them is the event
        "en; HIGH; North Korean troops deployed along DMZ as Russian defence minister visits; North Korea deployed extra troops along the demilitarized zone on Monday, as Russian Defence Minister Andrei Belousov held talks with Kim Jong Un in Pyongyang.",
        "ru; HIGH; КНДР перебросила войска к демилитаризованной зоне во время визита Белоусова; КНДР перебросила дополнительные войска к демилитаризованной зоне, пока министр обороны России Андрей Белоусов вел переговоры в Пхеньяне.",
        "uk; HIGH; КНДР розгорнула солдатів біля демілітаризованої зони під час візиту Бєлоусова; КНДР розгорнула додаткових солдатів біля демілітаризованої зони, поки міністр оборони Росії Андрій Бєлоусов проводив переговори в Пхеньяні.",
        "ko; HIGH; 북한, 러 국방장관 방북 중 군사분계선에 병력 배치; 북한이 안드레이 벨로우소프 러시아 국방장관의 방북 기간 군사분계선 일대에 병력을 추가 배치했다.",
        "zh; HIGH; 俄罗斯国防部长访问平壤，朝鲜在非军事区部署部队; 俄罗斯国防部长别洛乌索夫在平壤与金正恩举行会谈，朝鲜同日在非军事区部署了更多部队。",
        "ja; HIGH; ロシア国防相訪朝中、北朝鮮が非武装地帯に部隊配置; ロシアのベロウソフ国防相が平壌を訪問する中、北朝鮮は非武装地帯に部隊を追加配置した。",
        "de; HIGH; Nordkorea verlegt Truppen an die entmilitarisierte Zone während Belousow-Besuch; Nordkorea hat während des Besuchs des russischen Verteidigungsministers Andrej Beloussow zusätzliche Soldaten an die entmilitarisierte Zone entsandt.",
        // troops sent to Russia's war stay personnel deployed
        "en; CRITICAL; North Korean troops deployed to Kursk, Seoul says; North Korea has deployed thousands of troops to Russia's Kursk region, South Korea's spy agency said.",
        "uk; CRITICAL; КНДР відправила війська до Курської області; КНДР відправила війська до Курської області Росії, повідомила українська розвідка.",
    })
    void theInterKoreanFrontIsNotTheWarsTheatre(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the DMZ named in another sentence of the lead does not take the deployment to Russia out of Russia's war (0.12.0)
        "en; CRITICAL; North Korea sends more troops to Russia, Seoul says; North Korea has sent about 3,000 more soldiers to Russia this year, South Korea's military said. At home, the North has also reinforced its guard posts along the demilitarized zone.",
        "ru; CRITICAL; КНДР направила в Россию новых солдат; КНДР направила в Россию еще около 3000 военных, сообщили в Сеуле. Кроме того, Пхеньян укрепил посты вдоль демилитаризованной зоны.",
        "uk; CRITICAL; КНДР відправила до Росії нових солдатів; КНДР відправила до Росії ще близько 3000 військових, повідомили в Сеулі. Крім того, Пхеньян посилив пости вздовж демілітаризованої зони.",
        "ko; CRITICAL; 북한, 러시아에 병력 추가 파병; 북한이 올해 러시아에 병력 3000여명을 추가로 파병했다고 합동참모본부가 밝혔다. 북한은 또 군사분계선 일대의 초소도 보강했다.",
        "zh; CRITICAL; 朝鲜向俄罗斯增派士兵; 韩国军方说，朝鲜今年向俄罗斯增派了约3000名士兵。此外，朝鲜还加强了非军事区沿线的哨所。",
        "ja; CRITICAL; 北朝鮮、ロシアに兵士を追加派遣; 韓国軍によると、北朝鮮は今年ロシアに兵士約3000人を追加派遣した。北朝鮮は非武装地帯沿いの監視所も強化した。",
        "de; CRITICAL; Nordkorea schickt weitere Soldaten nach Russland; Nordkorea hat nach Angaben aus Seoul in diesem Jahr weitere 3000 Soldaten nach Russland entsandt. Zudem verstärkte Pjöngjang seine Posten an der entmilitarisierten Zone.",
    })
    void theInterKoreanFrontRulesOutTheWarOnlyInItsOwnSentence(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // weapons fired in a drill or a test before the other side's delegation are weapons shown, not used in the war
        "en; HIGH; Russian defence minister watches North Korean artillery drill; Russian Defence Minister Andrei Belousov watched North Korean artillery units firing shells in a live-fire drill near Pyongyang.",
        "en; HIGH; Kim shows Russian delegation a missile test firing; Kim Jong Un and a visiting Russian military delegation watched the test firing of a new missile, KCNA said.",
        "ru; HIGH; Белоусов наблюдал за учениями КНДР; Министр обороны России Андрей Белоусов наблюдал в Пхеньяне за учениями, на которых КНДР применила ракеты и артиллерию.",
        "uk; HIGH; Бєлоусов спостерігав за навчаннями КНДР; Міністр оборони Росії Андрій Бєлоусов спостерігав у Пхеньяні за навчаннями, на яких КНДР застосувала ракети.",
        "ko; HIGH; 벨로우소프, 북한 미사일 훈련 참관; 벨로우소프 러시아 국방장관이 평양에서 북한군이 훈련에서 미사일을 사용하는 모습을 참관했다.",
        "zh; HIGH; 俄防长观看朝鲜军事演习; 俄罗斯国防部长别洛乌索夫在平壤观看朝鲜军队在演习中使用导弹。",
        "ja; HIGH; ロシア国防相、北朝鮮の演習を視察; ロシアのベロウソフ国防相は平壌で北朝鮮軍が演習でミサイルを使用する様子を視察した。",
        "de; HIGH; Russischer Verteidigungsminister sieht nordkoreanische Raketenübung; Der russische Verteidigungsminister Andrej Beloussow hat in Pjöngjang einer Übung beigewohnt, bei der nordkoreanische Raketen abgefeuert wurden.",
        // fired at the war's targets they are used on the battlefield, whatever else the sentence says
        "en; CRITICAL; Russia fires North Korean missiles at Kharkiv; Russian forces fired North Korean-made ballistic missiles at Kharkiv on Monday, Ukrainian officials said.",
    })
    void firingInADrillIsNoBattlefieldUse(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a weapon's data, drawings or telemetry handed over is its technology (issue 14: "sends rocket data")
        "en; CRITICAL; Seoul: North Korea handed Russia missile test data; North Korea has handed over missile test data to Russia, South Korean intelligence said.",
        "ru; CRITICAL; Разведка: КНДР передала России данные ракетных испытаний; Южнокорейская разведка сообщила, что КНДР передала России данные своих ракетных испытаний.",
        "uk; CRITICAL; Розвідка: КНДР передала Росії дані ракетних випробувань; Південнокорейська розвідка повідомила, що КНДР передала Росії дані своїх ракетних випробувань.",
        "ko; CRITICAL; 국정원 \"북한, 러시아에 미사일 데이터 넘겨\"; 국가정보원은 북한이 러시아에 미사일 시험발사 데이터를 넘겼다고 밝혔다.",
        "zh; CRITICAL; 韩情报机构：朝鲜向俄罗斯提供导弹数据; 韩国情报机构称，朝鲜向俄罗斯提供了导弹试验数据。",
        "ja; CRITICAL; 北朝鮮、ロシアにミサイルデータ提供か; 韓国の情報機関は、北朝鮮がロシアにミサイルデータを送ったと明らかにした。",
        "de; CRITICAL; Südkorea: Nordkorea schickt Russland Raketendaten; Nordkorea hat Russland nach Angaben des südkoreanischen Geheimdienstes Testdaten seiner Raketenstarts übergeben.",
        // trade figures shared are no weapon's data
        "en; MEDIUM; Russia and North Korea share trade data; Russia's customs service sent North Korea data on trade between the two countries for the first time.",
        // munitions sent by the container, in the languages whose sending verb was missing
        "ja; HIGH; 北朝鮮、ロシアにコンテナ1000個分の砲弾; 韓国の情報機関は、北朝鮮がロシアにコンテナ1000個分以上の砲弾を送ったと明らかにした。",
        "de; HIGH; Nordkorea schickt Russland Granaten; Nordkorea hat Russland nach Angaben aus Seoul tausende Container mit Granaten geschickt.",
    })
    void aWeaponsDataHandedOverIsItsTechnology(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // congratulations and anniversaries are greetings (low) in every language, re-elections and websites' years too
        "ja; LOW; 金正恩氏、プーチン氏の再選を祝うメッセージ; 北朝鮮の金正恩総書記はプーチン大統領に再選を祝うメッセージを送り、ロシア国民の繁栄を祈った。",
        "ru; LOW; Посольство России в КНДР отметило 15-летие своего сайта; Посольство России в Пхеньяне отметило 15-летие своего сайта на корейском языке приемом для северокорейских чиновников.",
        "uk; LOW; Посольство Росії в КНДР відзначило 15-річчя свого сайту; Посольство Росії в Пхеньяні відзначило 15-річчя свого сайту корейською мовою прийомом для північнокорейських посадовців.",
        "ko; LOW; 주북 러시아대사관, 웹사이트 개설 15주년; 평양 주재 러시아대사관이 웹사이트 개설 15주년을 맞아 북한 관리들과 행사를 열었다.",
        "de; LOW; Russische Botschaft in Pjöngjang feiert 15-jähriges Bestehen ihrer Website; Die russische Botschaft in Pjöngjang hat das 15-jährige Bestehen ihrer koreanischen Website mit nordkoreanischen Beamten gefeiert.",
        // a leader's present told with English's giving verbs is a gift
        "en; LOW; Putin gives Kim a limousine; Vladimir Putin presented Kim Jong Un with an Aurus limousine, the Kremlin said.",
    })
    void congratulationsAnniversariesAndGiftsInEveryLanguage(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = ';', value = {
        // an untitled report whose first sentence names one side (Kursk retaken) and whose body, a few sentences on, tells
        // the same event with both sides (North Korean soldiers took part) is about the two, and that telling rates it
        "en; CRITICAL; ; Russia's defence ministry reported to Vladimir Putin that the Kursk region had been fully retaken. Kremlin spokesman Dmitry Peskov told reporters about the report on Saturday. The operation took several months. Chief of the General Staff Valery Gerasimov acknowledged that North Korean soldiers had taken part in freeing the Kursk region. \"The North Korean servicemen fought shoulder to shoulder with Russian troops in Kursk,\" he said.",
        "ru; CRITICAL; ; Минобороны России доложило Владимиру Путину о полном освобождении Курской области. Об этом рассказал журналистам Дмитрий Песков в субботу. Операция продолжалась несколько месяцев. Начальник Генштаба Валерий Герасимов признал участие военнослужащих КНДР в освобождении Курской области. «Военные КНДР воевали плечом к плечу с российскими бойцами в Курской области», — сказал он.",
        "ko; CRITICAL; ; 러시아 국방부가 블라디미르 푸틴 대통령에게 쿠르스크 지역을 완전히 탈환했다고 보고했다. 드미트리 페스코프 대변인이 토요일 기자들에게 이 같이 밝혔다. 작전은 몇 달 동안 이어졌다. 발레리 게라시모프 총참모장은 북한군 병력이 쿠르스크 지역 해방에 참가했다고 인정했다. 그는 \"북한 군인들이 쿠르스크에서 러시아 군인들과 함께 싸웠다\"고 말했다.",
        "uk; CRITICAL; ; Міноборони Росії доповіло Володимиру Путіну про повне повернення Курської області. Про це журналістам розповів Дмитро Пєсков у суботу. Операція тривала кілька місяців. Начальник Генштабу Валерій Герасимов визнав участь військовослужбовців КНДР у звільненні Курської області. «Військові КНДР воювали пліч-о-пліч з російськими бійцями в Курській області», — сказав він.",
    })
    void aOneSidedHeadlinesEventToldWithBothSidesInTheBody(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    @Test
    void oneRecalledSentenceUnderAOneSidedHeadlineStaysIrrelevant() {
        // the rubric: one background sentence about the other side does not make an article relevant
        Label l = LABELLER.label("Russia says Kursk fully retaken", "Russia's defence ministry said on Saturday that its forces had fully retaken the Kursk region after months of fighting. Russian troops cleared the last villages near Sudzha, the ministry said. Reinforcements arrived from the Donetsk front in March. Tens of thousands of North Korean soldiers were sent to Kursk last year. Russian officials praised the troops' courage.");
        assertTrue(!l.relevant(), () -> "relevance " + l.relevance());
    }
}
