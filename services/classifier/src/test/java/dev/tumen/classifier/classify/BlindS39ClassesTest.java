package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.41.0 (session 41, labels): the classes of blind-s39's six errors (its README), each written as invented
 * articles in the languages it covers; the expected label is a severity, or "none" for not relevant. Counted on 0.40.0
 * before any fix: see each family's Javadoc.
 */
class BlindS39ClassesTest {

    /**
     * A Korean short name of the pair or of Khasan read inside another word (b39-ko-01: 조로 in 기조로, 하산 in
     * 하산하다): Hangul has no word boundary check by default. The pair's short names (조로, 로조, 조러) begin a word,
     * 하산 told as walking down a mountain (하산하다, 하산한 뒤, 하산길) is no place, and South Korea's own places named
     * 북한 (북한강, 북한산국립공원: a river and a mountain park near Seoul) are not North Korea; a bare 북한산 is also
     * "made in North Korea" (북한산 미사일) and stays the DPRK (guard). The names at a word's start still
     * count (guards).
     */
    @TestFactory
    Stream<DynamicTest> aKoreanShortNameBeginsAWord() {
        return table(
            row("ko", "none", "정부 \"러시아 정책, 신중 기조로 유지\"",
                    "정부는 러시아에 대한 정책을 신중 기조로 유지하겠다고 3일 밝혔다.\n당국자는 \"현지 교민 보호가 우선\"이라고 말했다.\n북한에 대해서는 언급하지 않았다."),
            row("ko", "none", "",
                    "외교부 \"러시아와 협력, 실리 기조로 추진\"\n외교부는 러시아와의 협력을 실리 기조로 추진하겠다고 9일 밝혔다.\n당국자는 \"러시아 측과 대화를 이어가고 있다\"고 말했다.\n북한 문제는 다루지 않았다."),
            row("ko", "none", "",
                    "러시아 산악인들, 백두대간 종주 후 하산\n러시아 산악인 5명이 백두대간 종주를 마치고 하산했다고 산악연맹이 밝혔다.\n이들은 북한 쪽 구간은 걷지 못했다며 아쉬워했다.\n연맹은 내년에도 이들을 초청할 계획이다."),
            row("ko", "none", "",
                    "러시아 학자 \"정책 기조로 본 협력 전망\"\n러시아 학자가 서울에서 한국의 대외정책 기조로 본 협력 전망을 발표했다.\n북한 문제는 다루지 않았다."),
            row("ko", "none", "",
                    "러시아 등산객들, 북한산국립공원 둘레길 함께 걸어\n러시아 등산객들이 북한산 둘레길을 걸은 뒤 함께 기념촬영을 했다고 북한산국립공원 사무소가 밝혔다.\n이들은 내일 설악산에 오른다."),
            row("ko", "none", "",
                    "북한강 수상레저 즐긴 러시아 관광객들\n러시아 관광객 30명이 북한강에서 수상레저를 함께 즐겼다고 가평군이 밝혔다.\n군은 외국인 관광객 유치를 늘릴 계획이다."),
            row("ko", "none", "러시아 등산객, 설악산 하산길에 부상",
                    "러시아 국적 등산객이 설악산에서 하산하다 미끄러져 다쳤다고 소방 당국이 밝혔다.\n그는 헬기로 병원에 옮겨졌다.\n같은 날 북한은 동해상으로 미사일을 쐈다."),
            row("ko", "none", "러시아 연구진, 조로증 치료 단서 찾아",
                    "러시아 연구진이 조로증 치료의 실마리를 찾았다고 밝혔다.\n연구 결과는 국제 학술지에 실렸다.\n북한 의학계의 반응은 알려지지 않았다."),
            row("ko", "none", "러시아 도로공사, 시베리아 도로조사 착수",
                    "러시아 도로공사가 시베리아 구간의 도로조사에 착수했다.\n조사는 내년 봄까지 이어진다.\n북한은 최근 평양 도로를 정비했다."),
            row("ko", "medium", "조로친선의 새로운 장",
                    "조로 두 나라 사이의 경제협력이 확대되고있다.\n로씨야 대표단이 평양에서 무역협정을 체결하였다."),
            row("ko", "medium", "하산역 거쳐 러시아 화물 북한 도착",
                    "러시아 화물열차가 하산역을 거쳐 북한 두만강역에 도착했다고 러시아 철도공사가 밝혔다.\n열차에는 밀가루가 실렸다."),
            row("ko", "critical", "",
                    "러시아군이 북한산 탄도미사일로 우크라이나 하르키우를 공격했다고 우크라이나 공군이 밝혔다.\n공군은 잔해를 분석하고 있다."),
            row("ko", "high", "북러 정상회담 다음 주 개최",
                    "북러 정상회담이 다음 주 블라디보스토크에서 열린다고 크렘린궁이 밝혔다."));
    }

    /**
     * A lead that tells one side's own affair, the two's event announced in the body (b39-uk-01, b39-de-01): Putin at an
     * aircraft plant, then Kim's visit announced and his train on its way; Lavrov opening a conference, then announcing
     * ("he announced") his trip to Pyongyang. 0.40.0 rated such a body only once the page read relevant, and these did
     * not: their pair sentences are body sentences, and a pronoun's sentence names its speaker's side by him alone. A
     * single background sentence under a one-sided lead stays not relevant (guards).
     */
    @TestFactory
    Stream<DynamicTest> aOneSidedLeadOverTheTwosAnnouncedEvent() {
        return table(
            row("en", "high", "",
                    "Vladimir Putin visited a shipyard in Severodvinsk and watched a new icebreaker launched.\nHe called for more civilian ships to be built.\nThe Kremlin said Putin will receive Kim Jong Un in Moscow next week for talks.\nKim Jong Un has already left for Russia on his train, KCNA reported.\nThe sides are expected to sign several agreements."),
            row("ru", "high", "",
                    "Владимир Путин посетил судоверфь в Северодвинске и наблюдал за спуском нового ледокола.\nОн призвал строить больше гражданских судов.\nВ Кремле сообщили, что на следующей неделе Путин примет Ким Чен Ына в Москве для переговоров.\nКим Чен Ын уже выехал в Россию на своём поезде, сообщило ЦТАК.\nСтороны должны подписать несколько соглашений."),
            row("uk", "high", "",
                    "Володимир Путін відвідав суднобудівний завод у Сєвєродвінську та спостерігав за спуском нового криголама.\nВін закликав будувати більше цивільних суден.\nУ Кремлі повідомили, що наступного тижня Путін прийме Кім Чен Ина в Москві для переговорів.\nКім Чен Ин уже виїхав до Росії своїм потягом, повідомило ЦТАК.\nСторони мають підписати кілька угод."),
            row("de", "high", "",
                    "Wladimir Putin hat eine Werft in Sewerodwinsk besucht und den Stapellauf eines neuen Eisbrechers verfolgt.\nEr forderte, mehr zivile Schiffe zu bauen.\nDer Kreml teilte mit, Putin werde Kim Jong Un in der kommenden Woche zu Gesprächen in Moskau empfangen.\nKim Jong Un sei bereits mit seinem Zug nach Russland abgereist, meldete KCNA.\nDie Seiten wollen mehrere Abkommen unterzeichnen."),
            row("ko", "high", "",
                    "푸틴 러시아 대통령이 세베로드빈스크 조선소를 방문해 새 쇄빙선 진수식을 지켜봤다.\n그는 민간 선박을 더 많이 건조하라고 지시했다.\n크렘린궁은 푸틴 대통령이 다음 주 모스크바에서 김정은 국무위원장과 정상회담을 한다고 밝혔다.\n김 위원장은 이미 전용열차로 러시아로 출발했다고 조선중앙통신이 보도했다."),
            row("zh", "high", "",
                    "俄罗斯总统普京参观了北德文斯克的造船厂，观看了一艘新破冰船下水。\n他呼吁建造更多民用船只。\n克里姆林宫表示，普京下周将在莫斯科接待金正恩并举行会谈。\n朝中社报道，金正恩已乘专列启程前往俄罗斯。"),
            row("ja", "high", "",
                    "ロシアのプーチン大統領はセベロドビンスクの造船所を訪れ、新しい砕氷船の進水を見守った。\n大統領は民間船をもっと建造するよう求めた。\nロシア大統領府は、プーチン氏が来週モスクワで金正恩氏と会談すると発表した。\n金氏はすでに専用列車でロシアに向けて出発したと朝鮮中央通信が伝えた。"),
            row("de", "medium", "",
                    "Der russische Außenminister Sergej Lawrow hat in Moskau eine Konferenz über Ostsibirien eröffnet.\nEr sprach über Eisenbahnen und Häfen.\nAm Rande kündigte er an, im Oktober nach Pjöngjang zu reisen, um mit Außenministerin Choe Son Hui über die Beziehungen zu sprechen.\nDas nordkoreanische Außenministerium bestätigte die Reise."),
            row("en", "medium", "",
                    "Russian Foreign Minister Sergei Lavrov opened a conference on Eastern Siberia in Moscow.\nHe spoke about railways and ports.\nOn the sidelines he announced that he would travel to Pyongyang in October to discuss relations with Foreign Minister Choe Son Hui.\nNorth Korea's foreign ministry confirmed the trip."),
            row("ru", "medium", "",
                    "Министр иностранных дел России Сергей Лавров открыл в Москве конференцию о Восточной Сибири.\nОн говорил о железных дорогах и портах.\nВ кулуарах он объявил, что в октябре посетит Пхеньян, чтобы обсудить отношения с министром иностранных дел Цой Сон Хи.\nМИД КНДР подтвердил визит."),
            row("en", "none", "",
                    "North Korea fired two short-range ballistic missiles into the sea on Tuesday, South Korea's military said.\nThe missiles flew about 400 kilometres.\nNorth Korea has sent troops to Russia since last year.\nJapan said the missiles fell outside its waters."),
            row("ru", "none", "",
                    "Владимир Путин посетил судоверфь в Северодвинске и наблюдал за спуском нового ледокола.\nОн призвал строить больше гражданских судов.\nВ прошлом году он принимал в Москве Ким Чен Ына.\nВерфь выполнит заказ к весне."));
    }

    /**
     * The 2024 treaty's anniversary as the occasion of a concert or exhibition (b39-zh-01: 在朝俄全面战略伙伴关系条约签署一周年之际):
     * Chinese 之际 closes a background clause, so the treaty was hidden and the concert read low. An anniversary's
     * 之际 is the occasion the event is for, as 을 맞아 and anlässlich are; celebrating the 2024 treaty is high (the rubric
     * names only that treaty high; of two rows the higher wins). The 2000 treaty's stays medium (guard).
     */
    @TestFactory
    Stream<DynamicTest> theTreatysAnniversaryUnderACulturalEvent() {
        return table(
            row("zh", "high", "",
                    "在朝俄全面战略伙伴关系条约签署两周年之际，朝鲜国立交响乐团8日在莫斯科举行纪念音乐会。\n俄罗斯文化部副部长和朝鲜驻俄大使出席。"),
            row("zh", "high", "朝俄条约两周年 平壤举办摄影展",
                    "在朝俄全面战略伙伴关系条约签署两周年之际，俄罗斯驻朝大使馆在平壤举办摄影展。\n朝鲜对外文化联络委员会官员参观了展览。"),
            row("en", "high", "",
                    "To mark the second anniversary of the signing of the Treaty on Comprehensive Strategic Partnership between Russia and the DPRK, the North Korean State Symphony Orchestra gave a concert in Moscow on Friday.\nRussia's deputy culture minister and the DPRK ambassador attended."),
            row("ru", "high", "",
                    "По случаю второй годовщины подписания Договора о всеобъемлющем стратегическом партнерстве между Россией и КНДР государственный симфонический оркестр КНДР дал концерт в Москве.\nНа концерте присутствовали заместитель министра культуры России и посол КНДР."),
            row("uk", "high", "",
                    "З нагоди другої річниці підписання Договору про всеосяжне стратегічне партнерство між Росією і КНДР державний симфонічний оркестр КНДР дав концерт у Москві.\nНа концерті були заступник міністра культури Росії та посол КНДР."),
            row("ko", "high", "",
                    "북러 포괄적 전략적 동반자 관계 조약 체결 2주년을 기념해 북한 국립교향악단이 8일 모스크바에서 음악회를 열었다.\n러시아 문화부 차관과 주러 북한대사가 참석했다."),
            row("ja", "high", "",
                    "ロ朝包括的戦略パートナーシップ条約の署名2周年に合わせ、北朝鮮の国立交響楽団が8日、モスクワで演奏会を開いた。\nロシアの文化次官と北朝鮮大使が出席した。"),
            row("de", "high", "",
                    "Zum zweiten Jahrestag der Unterzeichnung des Vertrags über umfassende strategische Partnerschaft zwischen Russland und Nordkorea hat das nordkoreanische Staatssinfonieorchester in Moskau ein Konzert gegeben.\nDer russische Vizekulturminister und der nordkoreanische Botschafter waren anwesend."),
            row("zh", "medium", "",
                    "在朝俄友好睦邻合作条约签署二十五周年之际，俄罗斯艺术团在平壤举行纪念演出。\n朝鲜文化相观看了演出。"),
            row("zh", "low", "",
                    "在俄罗斯国庆节之际，俄罗斯艺术团在平壤举行演出。\n朝鲜文化相观看了演出。"));
    }

    /**
     * A third country's relations with one side, the pair one remark or a deck line (b39-ko-04: a South Korea–Russia
     * business forum, "북러 밀착이 걸림돌" after the headline's ellipsis and one sentence calling the two's military
     * cooperation an obstacle). The article is the third country's; one remark about the two does not make it
     * relevant (rubric: one background sentence about the other side does not).
     */
    @TestFactory
    Stream<DynamicTest> aThirdCountrysRelationsWithTheTwoAsOneRemark() {
        return table(
            row("ko", "none", "한일 수산협력 강화…\"북러 밀착 주시\"",
                    "한국과 일본 수산당국이 도쿄에서 회의를 열고 어업 협력을 강화하기로 했다.\n양측은 공동 자원조사를 확대하기로 했다.\n한편 북러 밀착에 대한 우려도 제기됐다.\n다음 회의는 서울에서 열린다."),
            row("en", "none", "Japan and Russia resume fisheries talks; North Korea–Russia ties seen as hurdle",
                    "Japanese and Russian fisheries officials met in Sapporo to discuss salmon quotas for next season.\nBoth sides said the talks were constructive.\nSome officials said Russia's military cooperation with North Korea remains a hurdle for better ties.\nThe next round will be held in Moscow."),
            row("ru", "none", "Россия и Китай обсудили поставки удобрений: «сотрудничество с КНДР не помеха»",
                    "Представители России и Китая провели в Пекине переговоры о поставках удобрений.\nСтороны договорились увеличить объёмы на следующий год.\nКитайские участники отметили, что сотрудничество России с КНДР не мешает торговле.\nСледующий раунд пройдёт в Москве."),
            row("ja", "none", "日ロ漁業交渉が再開…「ロ朝接近が障害」",
                    "日本とロシアの漁業当局が札幌で会合を開き、来季のサケ漁獲枠を協議した。\n双方は協議が建設的だったとした。\n一方、ロシアと北朝鮮の軍事協力が関係改善の障害だとの指摘も出た。\n次回はモスクワで開かれる。"),
            row("zh", "none", "中俄边境贸易论坛举行 专家：俄朝合作不影响中俄贸易",
                    "中俄边境贸易论坛在黑河举行，两国企业家讨论扩大农产品贸易。\n与会者表示，双方在物流领域合作空间很大。\n有专家认为，俄朝军事合作不会影响中俄贸易。\n论坛明年将在布拉戈维申斯克举行。"),
            row("de", "none", "Deutsch-russisches Forum tagt in Berlin – „Nähe zu Nordkorea belastet“",
                    "Vertreter deutscher und russischer Kulturvereine haben in Berlin über den Austausch von Studenten beraten.\nDie Teilnehmer wollen die Zusammenarbeit der Universitäten fortsetzen.\nEinige Redner sagten, Russlands militärische Zusammenarbeit mit Nordkorea belaste die Beziehungen.\nDas nächste Treffen findet in Kasan statt."),
            row("ko", "high", "",
                    "북러 군사협력 확대…\"러시아 국방장관 평양 방문\"\n러시아 국방장관이 평양을 방문해 북한 국방상과 군사협력 확대를 논의했다.\n양측은 합동훈련 계획도 협의했다."));
    }

    /**
     * The same deck headline given as the first line of a body with no title (left by 0.41.0, fixed in 0.42.0). The line
     * was split at its ellipsis, because the straight quote after it was read as a closing one, so the page's head was
     * "한러 항공노선 복원 논의…", which names neither side, and no deck was seen (an extracted page takes that line as its
     * title and read right). A quote mark between an ellipsis and a word opens a quotation: the line goes on (Sentences).
     * On 0.41.0 the Korean case read otherwise; the English and German ones and the guard, whose deck is the two's, did not.
     */
    @TestFactory
    Stream<DynamicTest> aDeckOnAnUntitledBodysFirstLine() {
        return table(
            row("ko", "none", "",
                    "한러 항공노선 복원 논의…\"북러 군사협력이 변수\"\n한국과 러시아 항공업계가 부산에서 간담회를 열고 노선 복원 방안을 논의했다.\n참석자들은 관광 수요가 충분하다고 입을 모았다.\n다만 북러 군사협력이 관계 회복의 변수라는 지적도 나왔다.\n간담회는 내년에 블라디보스토크에서 다시 열린다."),
            row("en", "none", "",
                    "Japan and Russia resume fisheries talks…\"North Korea ties a hurdle\"\nJapanese and Russian fisheries officials met in Sapporo to discuss salmon quotas for next season.\nBoth sides called the talks constructive.\nSome officials said Russia's military cooperation with North Korea remains a hurdle for better ties.\nThe next round will be held in Moscow."),
            row("de", "none", "",
                    "Deutsch-russisches Forum tagt in Berlin…\"Nähe zu Nordkorea belastet\"\nVertreter deutscher und russischer Kulturvereine haben in Berlin über den Austausch von Künstlern beraten.\nDie Teilnehmer wollen die Zusammenarbeit der Theater fortsetzen.\nEinige Redner sagten, Russlands militärische Zusammenarbeit mit Nordkorea belaste die Beziehungen.\nDas nächste Treffen findet in Kasan statt."),
            row("ko", "high", "",
                    "북러 군사협력 확대…\"러시아 국방장관 평양 방문\"\n러시아 국방장관이 평양을 방문해 북한 국방상과 군사협력 확대를 논의했다.\n양측은 합동훈련 계획도 협의했다."));
    }

    /**
     * One side named only as the place where a third country's person met the other side (b39-ru-04: a businessman
     * convicted in Seoul of meeting DPRK agents in Moscow). Russia is where it happened, not who acted (rubric: the
     * sides are states, officials, soldiers, workers). North Korean workers or officials in Moscow, where Russia hosts
     * them, stay relevant (guards). Left by 0.41.0, not fixed: without the meeting's subject read, "met North Korean
     * agents in Vladivostok" cannot be told from "a North Korean delegation held talks in Moscow", where Russia is the
     * host and a side (5 of these 7 negatives read relevant on 0.40.0, 0.41.0 and 0.42.0). Tried in 0.42.0 and not kept: a side
     * named only by its cities under a headline naming a third country makes no pair; it lost 8 right items (North Korean
     * soldiers captured in the Kursk region under Ukraine's headline, dev2's d2-009 and d3-011 among them; a drone attack
     * on Moscow condemned by the DPRK, s3-p001). A second try, only the meeting sentences (met, встречался, 만났, traf)
     * of such a side under a third country named in the headline or first sentence, moved none of the 2,387 labelled items
     * and read 6 of these 7 right, but lost invented guards any Korean outlet writes: "North Korean delegation holds talks
     * in Moscow, Seoul says" and "Kim Jong Un arrives in Vladivostok for summit, South Korea says" read not relevant (the
     * third country a reporter, not an actor); not kept.
     */
    @Disabled("0.42.0 leaves this class: a place is told from a host only by the meeting's subject, which is not read")
    @TestFactory
    Stream<DynamicTest> aSideOnlyThePlaceOfAThirdCountrysAffair() {
        return table(
            row("ru", "none", "В Сеуле осуждён инженер, встречавшийся с агентами КНДР во Владивостоке",
                    "Суд в Сеуле приговорил 45-летнего инженера к четырём годам заключения за шпионаж в пользу КНДР.\nПо данным суда, он трижды встречался во Владивостоке с сотрудниками северокорейской разведки.\nИнженер работал на судоверфи.\nПриговор может быть обжалован."),
            row("en", "none", "Seoul court jails engineer who met North Korean agents in Vladivostok",
                    "A Seoul court sentenced a 45-year-old engineer to four years in prison for spying for North Korea.\nAccording to the court, he met North Korean intelligence officers in Vladivostok three times.\nThe engineer worked at a shipyard.\nHe can appeal the ruling."),
            row("ko", "none", "블라디보스토크서 북한 공작원 접촉한 기술자 징역 4년",
                    "서울중앙지법은 북한 공작원과 접촉한 혐의로 기소된 45세 기술자에게 징역 4년을 선고했다.\n법원에 따르면 그는 블라디보스토크에서 북한 정찰총국 요원을 세 차례 만났다.\n그는 조선소에서 일했다."),
            row("uk", "none", "У Сеулі засудили інженера, який зустрічався з агентами КНДР у Владивостоці",
                    "Суд у Сеулі засудив 45-річного інженера до чотирьох років ув'язнення за шпигунство на користь КНДР.\nЗа даними суду, він тричі зустрічався у Владивостоці зі співробітниками північнокорейської розвідки.\nВирок можна оскаржити."),
            row("ja", "none", "ウラジオストクで北朝鮮工作員と接触の技術者に実刑",
                    "ソウルの裁判所は、北朝鮮のためにスパイ活動をしたとして45歳の技術者に懲役4年を言い渡した。\n判決によると、技術者はウラジオストクで北朝鮮の情報機関員と3回会った。\n技術者は造船所で働いていた。"),
            row("de", "none", "Seoul: Ingenieur verurteilt, der nordkoreanische Agenten in Wladiwostok traf",
                    "Ein Gericht in Seoul hat einen 45-jährigen Ingenieur wegen Spionage für Nordkorea zu vier Jahren Haft verurteilt.\nLaut Gericht traf er sich dreimal in Wladiwostok mit Agenten des nordkoreanischen Geheimdienstes.\nDas Urteil ist nicht rechtskräftig."),
            row("zh", "none", "首尔法院判处在符拉迪沃斯托克会见朝鲜特工的工程师四年徒刑",
                    "首尔一家法院以为朝鲜从事间谍活动为由，判处一名45岁的工程师四年有期徒刑。\n据法院介绍，他曾三次在符拉迪沃斯托克与朝鲜情报人员见面。\n该工程师在一家造船厂工作。"),
            row("ru", "medium", "В Москве открылась выставка товаров КНДР",
                    "В Москве открылась выставка товаров КНДР, организованная посольством КНДР и Минэкономразвития России.\nРоссийские компании подписали с северокорейскими партнёрами несколько контрактов."),
            row("en", "medium", "North Korean workers arrive in Vladivostok",
                    "A group of 200 North Korean workers arrived in Vladivostok to work on Russian construction sites, the regional government said.\nThey will build housing until next autumn."));
    }
}
