package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import org.junit.jupiter.api.Test;

/** One small invented article per rubric row and per hard negative of spec/labels.md. */
class LabellerTest {
    private static final Labeller LABELLER = new Labeller();

    private static Label label(String title, String body) {
        return LABELLER.label(title, body);
    }

    private static void assertSeverity(Severity expected, String title, String body) {
        Label l = label(title, body);
        assertTrue(l.relevant(), () -> "expected relevant: " + title + " (relevance " + l.relevance() + ")");
        assertEquals(expected, l.severity(), title);
    }

    @Test
    void troopsDeployedForRussiaAreCritical() {
        assertSeverity(Severity.CRITICAL, "North Korean troops deployed to Kursk to fight for Russia",
                "Pyongyang has sent several thousand soldiers to Russia's Kursk region, where they are fighting Ukrainian forces, officials in Seoul said.");
    }

    @Test
    void capturedOrRepellingAndInTheWarAreFightingInEachLanguage() {
        assertSeverity(Severity.CRITICAL, "Kyiv shows video of North Korean soldiers captured in Kursk",
                "Ukraine's foreign minister said the capture of North Korean soldiers proves Russia's use of foreign troops.");
        assertSeverity(Severity.CRITICAL, "Генштаб РФ оценил действия военных КНДР",
                "Военные КНДР в ходе отражения вторжения в Курскую область выполняли боевые задачи вместе с российскими военнослужащими, заявил Герасимов.");
        assertSeverity(Severity.CRITICAL, "Генштаб підтвердив участь військових КНДР у війні",
                "Російський генштаб визнав, що військові КНДР брали участь у війні проти України разом з армією Росії.");
    }

    @Test
    void aRatifiedTreatyOfStrategicPartnershipIsThe2024TreatyInEachLanguage() {
        assertSeverity(Severity.HIGH, "Путин внес в Думу договор с КНДР",
                "Президент внес в Госдуму закон о ратификации договора, закрепляющего стратегическое партнерство России и КНДР.");
        assertSeverity(Severity.HIGH, "두마 위원회, 북한과의 협정 비준 권고",
                "러시아 국가두마 위원회는 러시아와 북한 간의 포괄적 전략적 파트너십 협정을 비준할 것을 권고했다.");
    }

    @Test
    void armsDealsNamedAsTradeAreSupplyAllegations() {
        assertSeverity(Severity.HIGH, "외교부, 주한 러시아대사 초치",
                "외교부 차관이 주한 러시아대사를 초치해 러시아와 북한 간 무기 거래와 군사 협력에 대해 엄중한 입장을 전달했다.");
    }

    @Test
    void passengerTrainsAreTransportInGerman() {
        assertSeverity(Severity.MEDIUM, "Wieder Züge nach Nordkorea",
                "Ab Juli sollen wieder Reisezüge von Wladiwostok in die nordkoreanische Hafenstadt Rason fahren, teilte die russische Bahn mit.");
    }

    @Test
    void theTwoLeadersNamedTogetherAreBothSides() {
        Label ko = label("", "타스 통신은 13일 오후 두 사람이 보스토치니 기지에서 만났다고 전했다. "
                + "푸틴 대통령은 동방경제포럼에 참석한 뒤 전용기로 도착했다. 김정은 위원장은 전용 열차를 타고 왔다. "
                + "두 정상은 이날 오후 정상회담을 가질 예정이다.");
        assertTrue(ko.relevant(), () -> "relevance " + ko.relevance());
        assertEquals(Severity.HIGH, ko.severity());
        Label en = label("Talks at the cosmodrome", "The two leaders met at the cosmodrome on Wednesday afternoon, TASS reported. "
                + "Putin arrived by plane after the economic forum. Kim Jong Un travelled by armoured train.");
        assertTrue(en.relevant(), () -> "relevance " + en.relevance());
    }

    @Test
    void aVisitingTroupeAtTheDprkSpringFestivalIsCultural() {
        assertSeverity(Severity.LOW, "로씨야예술단 4월의 봄 친선예술축전 무대에",
                "제33차 4월의 봄 친선예술축전에 참가한 로씨야 국립민속예술단 예술인들이 공연무대를 아름답게 장식하였다.");
    }

    @Test
    void sappersSentToTheWarZoneAreCritical() {
        assertSeverity(Severity.CRITICAL, "Pyongyang to send sappers and military builders to Kursk",
                "North Korea will send military builders and sappers to help Russia restore the Kursk region, Moscow's envoy said after talks in Pyongyang.");
    }

    @Test
    void northKoreanMissilesFiredAtTheFrontAreCritical() {
        assertSeverity(Severity.CRITICAL, "Russia fired North Korean missiles at Kharkiv, Ukraine says",
                "Ukrainian investigators said debris of KN-23 missiles made in North Korea was found after Russia struck Kharkiv on Tuesday.");
    }

    @Test
    void airDefenceTransferIsCritical() {
        assertSeverity(Severity.CRITICAL, "Russia provided North Korea with air defence systems, Seoul says",
                "South Korea's security adviser said Moscow transferred anti-aircraft missiles to Pyongyang in return for its help.");
    }

    @Test
    void jointExercisesAreCritical() {
        assertSeverity(Severity.CRITICAL, "Russia and North Korea hold joint naval drills",
                "Warships of the two countries held joint military exercises in the Sea of Japan, Moscow said.");
    }

    @Test
    void defenceMinisterVisitIsHigh() {
        assertSeverity(Severity.HIGH, "Russian defence minister arrives in Pyongyang",
                "Andrei Belousov met Kim Jong Un in Pyongyang on Friday to discuss military cooperation between Russia and North Korea.");
    }

    @Test
    void armsSupplyAllegationIsHigh() {
        assertSeverity(Severity.HIGH, "North Korea shipped millions of artillery shells to Russia, Seoul says",
                "South Korean intelligence said Pyongyang has sent thousands of containers of munitions to Russia since last year.");
    }

    @Test
    void fuelSmuggledByPrivateShipsIsSanctionsEvasionHigh() {
        Label l = label("Private tankers carried Russian oil to North Korea",
                "Satellite images show tankers loaded with Russian fuel at Vostochny sailing to Nampo in North Korea, in breach of the UN cap.");
        assertEquals(Severity.HIGH, l.severity());
        assertTrue(l.categories().contains(Category.SANCTIONS));
    }

    @Test
    void summitAnnouncedIsHigh() {
        assertSeverity(Severity.HIGH, "Kim Jong Un is on his way to Vladivostok",
                "The North Korean leader's armoured train is heading to Russia for talks with Vladimir Putin, the Kremlin confirmed.");
    }

    @Test
    void treatyRatificationIsHighButFriendshipTreatyMedium() {
        assertSeverity(Severity.HIGH, "State Duma ratifies treaty with North Korea",
                "Russia's lower house ratified the comprehensive strategic partnership treaty with North Korea, which includes a mutual defence clause.");
        assertSeverity(Severity.MEDIUM, "Russia and North Korea mark friendship treaty",
                "Officials in Moscow and Pyongyang celebrated the anniversary of the 2000 friendship treaty between Russia and North Korea.");
    }

    @Test
    void foreignMinisterVisitIsMedium() {
        assertSeverity(Severity.MEDIUM, "Lavrov holds talks in Pyongyang",
                "Russian Foreign Minister Sergei Lavrov met his North Korean counterpart Choe Son Hui in Pyongyang to discuss bilateral relations.");
    }

    @Test
    void workersAreLabourMediumEvenAgainstUnBans() {
        assertSeverity(Severity.MEDIUM, "Thousands of North Korean workers arrive in Russia",
                "Russia has admitted thousands of North Korean labourers to building sites in the Far East despite a UN ban on such workers.");
    }

    @Test
    void railAndTourismAreMedium() {
        assertSeverity(Severity.MEDIUM, "Passenger trains between Moscow and Pyongyang resume",
                "Russian Railways said direct trains between Russia and North Korea will run twice a month, carrying tourists and officials.");
    }

    @Test
    void messageWishingVictoryIsMedium() {
        assertSeverity(Severity.MEDIUM, "Kim sends Putin message of support",
                "In a letter to Vladimir Putin, Kim Jong Un expressed full support for Russia and wished its army victory.");
    }

    @Test
    void artTroupeIsLow() {
        assertSeverity(Severity.LOW, "North Korean art troupe performs in Moscow",
                "A North Korean song and dance ensemble gave a concert in Moscow as part of a cultural exchange with Russia.");
    }

    @Test
    void birthdayGreetingIsLow() {
        assertSeverity(Severity.LOW, "Kim Jong Un congratulates Putin on his birthday",
                "North Korean leader Kim Jong Un sent birthday greetings to Russian President Vladimir Putin, KCNA said.");
    }

    @Test
    void giftAtASummitIsLowWhenTheArticleIsAboutTheGift() {
        assertSeverity(Severity.LOW, "Putin gives Kim a limousine as a gift",
                "Vladimir Putin presented Kim Jong Un with a luxury car as a gift during their summit in Pyongyang, Russian media said.");
    }

    @Test
    void studentsAreLow() {
        assertSeverity(Severity.LOW, "Russia doubles university places for North Korean students",
                "The Russian education ministry said universities will admit twice as many students from North Korea next year.");
    }

    @Test
    void koreanArticle() {
        assertSeverity(Severity.HIGH, "김정은, 러시아 국방장관과 회담",
                "김정은 국무위원장이 평양에서 러시아 국방장관과 만나 군사 협력을 논의했다.");
    }

    @Test
    void onlyOneSideIsNotRelevant() {
        Label l = label("North Korea fires ballistic missile into the sea",
                "North Korea launched a short-range ballistic missile off its east coast on Sunday, South Korea's military said.");
        assertFalse(l.relevant());
        assertEquals(Severity.NONE, l.severity());
        assertTrue(l.categories().isEmpty());
    }

    @Test
    void bothOnlyInAPassingListIsNotRelevant() {
        Label l = label("Think tank warns about sanctions",
                "The report names Iran, Russia and North Korea as countries under the heaviest sanctions. "
                        + "It says enforcement of export controls must improve in Europe.");
        assertFalse(l.relevant());
    }

    @Test
    void aThirdPartyDocumentListingBothAmongOthersIsNotRelevant() {
        // the headline lists them as items; co-mentions below are more items, one cooperation remark is not the story
        Label l = label("Defence white paper warns of China, North Korea and Russia",
                "The annual defence white paper, approved by the cabinet on Tuesday, calls China the greatest strategic "
                        + "challenge and says North Korea and Russia pose serious threats. "
                        + "On North Korea, it counts more ballistic missile launches than in any previous year. "
                        + "It also says Russia and North Korea are deepening military cooperation. "
                        + "The paper names North Korea and Russia again in a chapter on cyber attacks.");
        assertFalse(l.relevant(), () -> "relevance " + l.relevance());
    }

    @Test
    void aSideNamedOnlyInAListWithThirdCountriesMakesNoPair() {
        assertTrue(Labeller.onlyListed("Under the sanctions law on Iran, Russia and North Korea, the US punished China for buying Russian arms.",
                new dev.tumen.classifier.gazetteer.Gazetteer().find(
                        "Under the sanctions law on Iran, Russia and North Korea, the US punished China for buying Russian arms.")));
        Label ru = label("США ввели санкции против китайских военных",
                "По закону о санкциях против Ирана, России и КНДР США наказали китайское ведомство за покупку российского оружия. "
                        + "В список также внесли 33 российских лица и организации.");
        assertFalse(ru.relevant(), () -> "relevance " + ru.relevance());
        Label ko = label("미국, 중국군 제재",
                "러시아, 이란, 북한에 대한 통합 제재법에 따라 미국이 러시아 무기를 구입한 중국군을 제재했다. "
                        + "미국은 러시아 개인과 단체 33명도 제재 명단에 추가했다.");
        assertFalse(ko.relevant(), () -> "relevance " + ko.relevance());
    }

    @Test
    void aListSentenceDoesNotHideTheCooperationTheArticleReports() {
        assertSeverity(Severity.HIGH, "Seoul summons Russian envoy over arms deals with North Korea",
                "South Korea summoned the Russian ambassador on Friday to protest against military cooperation between Russia and North Korea. "
                        + "The ministry said arms transfers from Pyongyang to Moscow violate UN resolutions. "
                        + "Sanctions on Iran, Russia and North Korea were also discussed with Washington.");
    }

    @Test
    void oneBackgroundSentenceInAOneSidedStoryIsNotRelevant() {
        Label l = label("North Korea tests new cruise missile",
                "North Korea test-fired a new cruise missile on Friday, state media said. "
                        + "Kim Jong Un watched the launch from an observation post near the coast. "
                        + "The missile flew for two hours before hitting a target island. "
                        + "Analysts said the test was part of a push to modernise the arsenal. "
                        + "Pyongyang has also sent troops to Russia to support the war in Ukraine.");
        assertFalse(l.relevant(), () -> "relevance " + l.relevance());
    }

    @Test
    void russianOutletReportingNorthKoreaOnlyNewsIsNotRelevant() {
        Label l = label("Ким Чен Ын открыл завод",
                "Как сообщает ТАСС, Ким Чен Ын принял участие в открытии завода удобрений к северу от Пхеньяна.");
        assertFalse(l.relevant());
    }

    @Test
    void evidenceComesFromTheArticle() {
        Label l = label("Lavrov holds talks in Pyongyang",
                "Russian Foreign Minister Sergei Lavrov met North Korean leader Kim Jong Un in Pyongyang.");
        assertFalse(l.evidence().isEmpty());
        assertTrue(l.evidence().size() <= 3);
        assertTrue(l.actors().stream().anyMatch(a -> a.name().equals("Sergei Lavrov")));
    }

    @Test
    void northKoreanMissileStrikingKyivImpliesRussiasUse() {
        assertSeverity(Severity.CRITICAL, "Wreckage in Kyiv points to a North Korean missile",
                "Debris of a ballistic missile that hit a school in Kyiv overnight carries North Korean markings, Ukrainian investigators said.");
    }

    @Test
    void northKoreanInfantryClashingInUkraineImpliesRussia() {
        assertSeverity(Severity.CRITICAL, "Ukrainian unit says it clashed with North Korean infantry near Kharkiv",
                "The brigade said North Korean infantrymen were engaged in combat on the front line north of Kharkiv this week.");
    }

    @Test
    void headlineAndLeadNameOneSideEach() {
        Label l = label("Russian choir gives concerts in three cities",
                "The choir of the Russian navy sang for audiences in Pyongyang, Hamhung and Wonsan during a ten-day tour, organisers said. Tickets sold out.");
        assertTrue(l.relevant(), () -> "relevance " + l.relevance());
        assertEquals(Severity.LOW, l.severity());
    }

    @Test
    void wordsInsideNamesAreNotCues() {
        // "Workers'" of the party's name is not labour: a greeting stays ceremonial
        Label l = label("Kim Jong Un sends greetings to Putin on Russia Day",
                "Kim Jong Un, general secretary of the Workers' Party of Korea, sent greetings to Vladimir Putin on Russia Day, wishing the Russian people prosperity.");
        assertEquals(Severity.LOW, l.severity());
    }

    @Test
    void oneLeaderArrivingInTheOtherCountryIsASummit() {
        assertSeverity(Severity.HIGH, "Putin in Pyongyang: what to watch",
                "Russian President Vladimir Putin lands in North Korea tonight for his first visit in a quarter of a century.");
    }

    @Test
    void ministersTalksWithTheLeaderStayMinisterial() {
        assertSeverity(Severity.MEDIUM, "Russia's foreign minister holds talks with Kim in Pyongyang",
                "Foreign Minister Sergei Lavrov met Kim Jong Un during his visit to Pyongyang. The meeting with the North Korean leader lasted two hours.");
    }

    @Test
    void koreanOfTheDprkNamesKurskInItsOwnSpelling() {
        assertSeverity(Severity.CRITICAL, "조선인민군 부대들 귀환",
                "로씨야 꾸르스크지역 해방작전에 참가하였던 조선인민군 부대 전투원들이 조국으로 돌아왔다.");
    }
    @Test
    void weaponNamedInOneSentenceAndFiringInTheNextIsUseAtTheFront() {
        assertSeverity(Severity.CRITICAL, "Pyongyang's rocket launchers seen near the front",
                "Ukrainian drones destroyed two North Korean multiple rocket launchers operated by Russian forces, the army said. "
                        + "The launchers had been firing at Ukrainian positions for several days.");
    }

    @Test
    void fighterJetsSuppliedAreArmsNotTroops() {
        assertSeverity(Severity.HIGH, "Russia delivering MiG-29 fighters to North Korea, Seoul says",
                "Russia has begun delivering fighter jets and spare parts to North Korea, a South Korean official said.");
    }

    @Test
    void leadersPhoneCallIsMedium() {
        assertSeverity(Severity.MEDIUM, "Putin and Kim speak by telephone",
                "Vladimir Putin held a telephone conversation with Kim Jong Un on Friday, the Kremlin said.");
    }

    @Test
    void partyDelegationAtAnAnniversaryIsCeremonial() {
        assertSeverity(Severity.LOW, "Russian party delegation arrives in Pyongyang",
                "A delegation of the United Russia party led by Dmitry Medvedev arrived in Pyongyang to attend the celebrations of the 80th anniversary of the Workers' Party of Korea.");
    }

    @Test
    void wishingTheRussianArmyVictoryIsSupportNotDeployment() {
        assertSeverity(Severity.MEDIUM, "Ким Чен Ын пожелал российской армии победы",
                "Ким Чен Ын направил послание Владимиру Путину, в котором пожелал российским военнослужащим скорейшей победы.");
    }

    @Test
    void satelliteHelpOnlyDiscussedAtASummitLeavesTheSummitHigh() {
        assertSeverity(Severity.HIGH, "Putin and Kim meet at the cosmodrome",
                "Kim Jong Un and Vladimir Putin met for a summit at which they discussed possible Russian help for North Korea's satellite programme.");
    }

    @Test
    void everyWordOfAnInflectedPhraseMayBeAStem() {
        assertSeverity(Severity.HIGH, "Совфед одобрил договор с КНДР",
                "Совет Федерации одобрил закон о ратификации договора о всеобъемлющем стратегическом партнерстве между Россией и КНДР.");
    }
}
