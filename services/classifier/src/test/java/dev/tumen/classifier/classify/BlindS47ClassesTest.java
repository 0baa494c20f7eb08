package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.46 (sessions 46–47, labels46b): classes of blind-s47's errors (its README), written as invented articles in
 * the languages each class covers; the expected label is a severity or "none". Counted on the version before each fix:
 * the first two on 0.45.4 (fixed in 0.46.2), the last two on 0.46.2 (fixed in 0.46.3).
 */
class BlindS47ClassesTest {

    /**
     * Soldiers or the military inside a cultural or sports event are its cast, audience or hosts, not a deployment or
     * a transport project (b47-en-03: "with several hundred soldiers of the Korean People's Army as extras" in a film on
     * the 1945 liberation, read critical by the personnel row; b47-ko-04: a motor rally's cars entering by the road
     * bridge, read medium by the transport row). The rubric's low row: art troupes, athletes, concerts, whoever is in
     * them; soldiers named with the war's theatre stay the deployment.
     */
    @TestFactory
    Stream<DynamicTest> theMilitaryInsideACulturalOrSportsEvent() {
        return table(
            row("en", "low", "Russian film crew shoots liberation drama in Pyongyang",
                    "A Russian film crew began shooting a feature film about the liberation of Korea in Pyongyang, with hundreds of Korean People's Army soldiers as extras, the Russian embassy said."),
            row("en", "low", "Russian army ensemble sings for North Korean soldiers in Pyongyang",
                    "Hundreds of Korean People's Army soldiers filled the theatre as the Russian ensemble sang songs of the 1945 liberation at a concert in Pyongyang."),
            row("ru", "low", "Российские кинематографисты снимают в Пхеньяне фильм об освобождении Кореи",
                    "Российская съёмочная группа начала съёмки художественного фильма об освобождении Кореи в 1945 году, в массовых сценах снимаются сотни военнослужащих Корейской народной армии."),
            row("ko", "low", "러시아 영화 제작진, 평양서 해방 영화 촬영",
                    "러시아 영화 제작진이 1945년 조선 해방을 다룬 영화를 평양에서 촬영하기 시작했으며 조선인민군 병사 수백 명이 엑스트라로 출연했다."),
            row("uk", "low", "Російські кінематографісти знімають у Пхеньяні фільм про визволення Кореї",
                    "Російська знімальна група почала зйомки фільму про визволення Кореї 1945 року, у масових сценах знімаються сотні військовослужбовців Корейської народної армії."),
            row("zh", "low", "俄罗斯摄制组在平壤拍摄解放题材电影",
                    "俄罗斯电影摄制组开始在平壤拍摄一部关于1945年朝鲜解放的故事片，数百名朝鲜人民军士兵担任群众演员。"),
            row("ja", "low", "ロシアの撮影隊、平壌で解放映画を撮影",
                    "ロシアの映画撮影隊が1945年の朝鮮解放を描く映画の撮影を平壌で始め、朝鮮人民軍の兵士数百人がエキストラとして出演した。"),
            row("de", "low", "Russisches Filmteam dreht in Pjöngjang einen Film über die Befreiung Koreas",
                    "Ein russisches Filmteam hat in Pjöngjang mit den Dreharbeiten zu einem Spielfilm begonnen; Hunderte Soldaten der Koreanischen Volksarmee, die 1945 an der Befreiung erinnern, spielen als Statisten mit."),
            row("en", "low", "Moscow-Pyongyang car rally reaches North Korea",
                    "A car rally organised by Russia's sports ministry for the 80th anniversary of the liberation crossed the Tumen road bridge into North Korea and was welcomed in Pyongyang by a Korean People's Army general and a military band."),
            row("ru", "low", "Автопробег Москва — Пхеньян завершился в столице КНДР",
                    "Участники российского автопробега к 80-летию освобождения Кореи пересекли автомобильный мост через Туманную и прибыли в Пхеньян, где их встретили генерал Корейской народной армии и военный оркестр."),
            row("ko", "low", "러시아 자동차 랠리단, 두만강 다리 건너 평양 도착",
                    "해방 80주년을 기념해 모스크바를 출발한 러시아 자동차 랠리단이 두만강 자동차 다리를 건너 북한에 들어와 평양에 도착했다."),
            row("uk", "low", "Автопробіг Москва — Пхеньян дістався столиці КНДР",
                    "Учасники російського автопробігу до 80-річчя визволення Кореї перетнули автомобільний міст через Туманну і прибули до Пхеньяна."),
            row("zh", "low", "莫斯科至平壤汽车拉力赛车队抵达平壤",
                    "为纪念解放80周年从莫斯科出发的俄罗斯汽车拉力赛车队经图们江公路大桥进入朝鲜，抵达平壤。"),
            row("ja", "low", "モスクワ―平壌の自動車ラリー隊、平壌に到着",
                    "解放80周年を記念してモスクワを出発したロシアの自動車ラリー隊が、豆満江の自動車橋を渡って北朝鮮に入り、平壌に到着した。"),
            row("de", "low", "Autorallye Moskau–Pjöngjang erreicht Nordkorea",
                    "Eine vom russischen Sportministerium organisierte Autorallye zum achtzigsten Jahrestag der Befreiung hat über die Straßenbrücke am Tumen Nordkorea erreicht; in Pjöngjang empfing sie ein General der Volksarmee."),
            // guards: soldiers at the war's theatre, whatever they watch; soldiers sent to Russia met by a band; trucks
            // crossing the same bridge with cargo
            row("en", "critical", "North Korean soldiers in Kursk watch a Russian army concert",
                    "North Korean soldiers deployed in Russia's Kursk region watched a concert by a Russian army ensemble at the front, a Russian military blogger said."),
            row("en", "critical", "More North Korean soldiers sent to Russia, met by a military band",
                    "A new contingent of North Korean soldiers was sent to Russia this week and was met by a military band at the station in Vladivostok, Seoul's spy agency said."),
            row("ru", "critical", "Северокорейские военные, воюющие в Курской области, посмотрели концерт",
                    "Северокорейские военные, воюющие в Курской области, посмотрели концерт ансамбля российской армии, сообщил военный блогер."),
            row("en", "medium", "Russian trucks cross the Tumen bridge with flour for North Korea",
                    "Russian trucks carrying flour under a trade contract crossed the Tumen road bridge into North Korea on Monday, Russian customs said.")
        );
    }

    /**
     * A defence or security chief's statement about the other side is the statement, not the chiefs' visits and talks
     * (b47-en-04: Naryshkin, director of Russia's Foreign Intelligence Service, calling the DPRK's arsenal
     * "legitimate" in an interview, read high by the chiefs' row). The rubric's high row is the chiefs' visits and
     * talks; what one says of the other without meeting anyone is a statement of support (medium).
     */
    @TestFactory
    Stream<DynamicTest> aChiefsStatementIsNoTalks() {
        return table(
            row("en", "medium", "Russian spy chief calls Pyongyang's nuclear arsenal 'legitimate'",
                    "Sergei Naryshkin, director of Russia's Foreign Intelligence Service, said in an interview that North Korea's nuclear weapons were a legitimate answer to the threats it faces."),
            row("en", "medium", "Belousov calls North Korea's army 'a reliable shield'",
                    "Russian Defence Minister Andrei Belousov told a state television channel that North Korea's army was a reliable shield of its people and deserved respect."),
            row("ru", "medium", "Нарышкин назвал ядерный арсенал КНДР законным ответом на угрозы",
                    "Директор СВР Сергей Нарышкин в интервью заявил, что ядерное оружие КНДР — законный и понятный ответ на угрозы."),
            row("ko", "medium", "북한 국방상 \"러시아의 안보 요구 정당하다\"",
                    "북한 노광철 국방상은 담화를 내고 나토에 맞선 러시아의 안보 요구가 정당하다고 밝혔다."),
            row("uk", "medium", "Шойгу заявив, що КНДР має право на ядерне стримування",
                    "Секретар Ради безпеки РФ Сергій Шойгу заявив в інтерв'ю, що КНДР має законне право на ядерне стримування."),
            row("zh", "medium", "俄安全会议秘书绍伊古称朝鲜拥核是正当权利",
                    "俄罗斯联邦安全会议秘书绍伊古在接受采访时表示，朝鲜拥有核遏制力量是正当权利。"),
            row("ja", "medium", "ロシア対外情報庁長官、北朝鮮の核保有は「正当」",
                    "ロシア対外情報庁のナルイシキン長官はインタビューで、北朝鮮の核兵器は脅威への「正当な対応」だと述べた。"),
            row("de", "medium", "Russlands Geheimdienstchef nennt Nordkoreas Atomwaffen legitim",
                    "Der Chef des russischen Auslandsgeheimdienstes, Sergej Naryschkin, sagte in einem Interview, Nordkoreas Atomwaffen seien eine legitime Antwort auf Bedrohungen."),
            // guards: the chief's visit, meeting or call with a statement in it stays the chiefs' row
            row("en", "high", "Shoigu meets Kim in Pyongyang, says Russia values the alliance",
                    "Russian Security Council Secretary Sergei Shoigu met Kim Jong Un in Pyongyang on Tuesday and said Moscow valued the alliance, KCNA reported."),
            row("ru", "high", "Белоусов прибыл в Пхеньян и заявил о поддержке КНДР",
                    "Министр обороны России Андрей Белоусов прибыл в Пхеньян и заявил, что Россия поддерживает КНДР."),
            row("ko", "high", "쇼이구, 평양서 김정은 접견…\"북한과 협력 확대\"",
                    "쇼이구 러시아 국가안보회의 서기가 평양에서 김정은 국무위원장을 만나 협력 확대를 논의했다고 조선중앙통신이 밝혔다."),
            row("en", "high", "Belousov and North Korean counterpart discuss cooperation by phone",
                    "Russian Defence Minister Andrei Belousov and North Korea's defence minister No Kwang Chol discussed military cooperation by telephone, the ministry said.")
        );
    }

    /**
     * Researchers, analysts, an institute or a think tank saying what they found are a third party, not a side making
     * a statement (b47-en-01: a tracking dish behind Kim in a state-media photo matched to a Russian space firm's
     * catalogue "researchers at a Washington institute said", the body's "supplied, installed and very probably
     * trained the staff", read medium by the statements row). The rubric: a third party's finding about their
     * cooperation (an intelligence assessment) takes the severity of the cooperation it is about. 뒤편에 (behind) took
     * a side in Korean (편에) and read the Korean case as a statement of support.
     */
    @TestFactory
    Stream<DynamicTest> aThirdPartysFindingIsNoSidesStatement() {
        return table(
            row("en", "critical", "Dish at Kim's launch site came from a Russian catalogue, researchers say",
                    "The large dish Kim Jong Un stood beside at the Sohae site last week is a model made by Russia's state space corporation, researchers at a Washington institute said on Thursday. The comparison rests on the shape of the base and the layout of the cables. The report concludes that Russia supplied and installed the tracking equipment for North Korea's spy satellites and trained its operators."),
            row("en", "critical", "Pumps at Kim's shipyard match Russian drawings, analysts say",
                    "Pumps and cooling pipes in state media photos of Kim Jong Un at the Sinpo shipyard match drawings published by a Russian state design bureau, analysts at a Seoul think tank said. The comparison rests on the shape of the base and the layout of the cables. Russia has handed North Korea technology for a nuclear-powered submarine, their study concludes."),
            row("ru", "critical", "Исследователи: оборудование за спиной Ким Чен Ына — из российского каталога",
                    "Оборудование, которое видно за спиной Ким Чен Ына на снимках нового центра, выпущено российской госкорпорацией, заявили исследователи американского института. Сравнение основано на форме основания и расположении кабелей. В докладе делается вывод, что Россия поставила КНДР наземную станцию для разведывательных спутников и обучила персонал."),
            row("uk", "critical", "Дослідники: обладнання за спиною Кім Чен Ина — з російського каталогу",
                    "Обладнання, яке видно за спиною Кім Чен Ина на знімках нового центру, випущене російською держкорпорацією, заявили дослідники американського інституту. Порівняння ґрунтується на формі основи та розташуванні кабелів. У доповіді зроблено висновок, що Росія передала КНДР космічні технології та навчила персонал."),
            row("zh", "critical", "研究人员：金正恩身后设备出自俄罗斯国企",
                    "美国一家研究所的研究人员表示，金正恩身后照片中的设备由俄罗斯国有航天企业生产。比对依据是底座形状和电缆布局。报告认为，俄罗斯向朝鲜转让了侦察卫星技术并培训了操作人员。"),
            row("ja", "critical", "金正恩氏の背後の機材、ロシア国営企業製と米研究所",
                    "金正恩総書記の背後に写る機材はロシアの国営宇宙企業の製品だと米国の研究所の研究者が明らかにした。比較は台座の形とケーブルの配置に基づいている。報告書は、ロシアが偵察衛星の技術を北朝鮮に移転し、要員を訓練したと結論づけた。"),
            row("de", "critical", "Forscher: Geräte hinter Kim stammen aus Russland",
                    "Die Geräte, die auf den Fotos hinter Kim Jong Un zu sehen sind, stammen von einem russischen Staatskonzern, sagten Forscher eines Berliner Instituts. Der Vergleich stützt sich auf die Form des Sockels und die Lage der Kabel. Russland habe Nordkorea Satellitentechnik geliefert und das Personal geschult, heißt es in ihrem Bericht."),
            row("ko", "critical", "\"김정은 뒤편 장비는 러시아 국영기업 제품\"…미 연구소",
                    "김정은 국무위원장 뒤편에 보이는 안테나는 러시아 국영 우주기업 로스코스모스가 만든 모델이라고 미국 연구소 연구원들이 밝혔다. 비교는 받침대 모양과 케이블 배치를 근거로 했다. 보고서는 러시아가 정찰위성 기술을 북한에 이전하고 운영 인력을 훈련시켰다고 결론지었다."),
            row("ko", "critical", "\"김정은 뒤 레이더는 러시아군 장비\"…연구진",
                    "김정은 국무위원장이 둘러본 새 기지의 레이더가 러시아 국방부가 쓰는 장비와 같다고 영국 연구진이 밝혔다. 비교는 안테나 모양을 근거로 했다. 보고서는 러시아가 방공 기술을 북한에 이전하고 교관을 보냈다고 밝혔다."),
            // guards: a side's own statement stays the statement (러시아 편에, a side taken, too); analysts telling a summit
            row("en", "medium", "Lavrov says North Korea has the right to launch satellites",
                    "Russian Foreign Minister Sergei Lavrov said on Monday that North Korea had every right to develop its space programme and that Moscow respected its choices."),
            row("ru", "medium", "Захарова: КНДР вправе развивать космическую программу",
                    "Официальный представитель МИД России Мария Захарова заявила, что КНДР имеет полное право развивать свою космическую программу."),
            row("ko", "medium", "북한 외무성 \"언제나 러시아 편에 설 것\"",
                    "북한 외무성 대변인은 담화에서 조선은 앞으로도 언제나 러시아 편에 설 것이라고 밝혔다."),
            row("en", "high", "Kim's train heads for Russia, analysts at a Seoul institute say",
                    "North Korean leader Kim Jong Un's armoured train crossed into Russia on Monday for a summit with Vladimir Putin, analysts at a Seoul institute said, citing railway data.")
        );
    }

    /**
     * The other side told by its state defence firms, its arms shows or an armed service's commander (b47-ru-06: the
     * DPRK navy's commander at the naval show in Kronstadt, "talks at the United Shipbuilding Corporation", missed).
     * The rubric counts state companies as the side, and defence delegations and delegations to arms fairs as high:
     * Rostec, Almaz-Antey, Uralvagonzavod, the United Shipbuilding Corporation, the Tactical Missiles Corporation and
     * the Kalashnikov concern are Russia, as Rosoboronexport was; the Army forum and the naval show are Russia's arms
     * shows; Kronstadt is a Russian place; a naval show or salon is an arms fair; a navy's or air force's commander or
     * delegation is a defence chief or delegation; a delegation and weapons told in the sentence that names both are
     * weapons shown. b47-ru-06 itself stays missed: a round-up of 41 delegations whose pair is told in its fifth
     * sentence only.
     */
    @TestFactory
    Stream<DynamicTest> theOtherSideToldByItsDefenceFirmsAndShows() {
        return table(
            row("en", "high", "North Korean generals tour Almaz-Antey plant",
                    "A North Korean military delegation led by the commander of its air force toured an Almaz-Antey plant on Tuesday and was shown the company's newest surface-to-air systems, the company said."),
            row("uk", "high", "Делегація КНДР відвідала підприємство «Ростеху»",
                    "Військова делегація КНДР відвідала підприємство «Ростеху», де їй показали нові зразки озброєння."),
            row("ko", "high", "북한 군사대표단, 로스텍 공장 방문",
                    "북한 국방성 대표단이 로스텍 산하 공장을 방문해 신형 무기를 참관했다고 회사 측이 밝혔다."),
            row("zh", "high", "朝鲜军事代表团参观乌拉尔车辆厂",
                    "朝鲜国防省代表团参观了乌拉尔车辆厂，观看了新型坦克生产线。"),
            row("ja", "high", "北朝鮮軍代表団、ロステック傘下工場を視察",
                    "北朝鮮国防省の代表団がロステック傘下の工場を訪れ、新型兵器の説明を受けた。"),
            row("de", "high", "Nordkoreanische Delegation besucht Rostec-Werk",
                    "Eine Delegation des nordkoreanischen Verteidigungsministeriums hat ein Werk des Staatskonzerns Rostec besucht und sich neue Waffen vorführen lassen."),
            row("en", "high", "Pyongyang's gun designers visit Uralvagonzavod",
                    "Engineers from North Korea's Second Economic Committee visited Uralvagonzavod this week and were shown its newest self-propelled guns, the plant said in a statement."),
            row("en", "high", "North Korean admiral at Kronstadt naval show",
                    "North Korea's navy commander inspected a corvette and a diesel submarine at the naval show in Kronstadt on Friday, the show's organisers said."),
            row("ru", "high", "Делегация ВМС КНДР посетила верфь ОСК",
                    "Делегация военно-морских сил КНДР во главе с командующим посетила верфь Объединённой судостроительной корпорации и осмотрела строящиеся корветы, сообщили в корпорации."),
            row("ru", "high", "Военная делегация КНДР посетила верфь ОСК",
                    "Военная делегация КНДР во главе с командующим флотом посетила верфь Объединённой судостроительной корпорации, где ей показали строящиеся корветы и подводные лодки."),
            row("ko", "high", "북한 해군사령관, 크론시타트 해군 방산전시회 참관",
                    "북한 해군사령관이 크론시타트에서 열린 해군 방산전시회를 찾아 코르벳함과 잠수함을 둘러봤다고 주최 측이 밝혔다."),
            row("zh", "high", "朝鲜海军司令参观喀琅施塔得海军防务展",
                    "朝鲜海军司令在喀琅施塔得参观了海军防务展，察看了一艘护卫舰和一艘潜艇。"),
            row("de", "high", "Nordkoreas Marinechef besucht Marinemesse in Kronstadt",
                    "Der Befehlshaber der nordkoreanischen Marine hat auf der Marinemesse in Kronstadt eine Korvette und ein U-Boot besichtigt, teilten die Veranstalter mit."),
            // guards: the same firms and shows with one side only, a third country's show, a delegation speaking of a
            // third country's missiles
            row("en", "none", "Rostec opens hospital wing in Tula",
                    "Rostec opened a new hospital wing in Tula on Monday, the company said, adding that it would equip three more clinics next year."),
            row("en", "none", "North Korean delegation tours Chinese arms fair",
                    "A North Korean military delegation toured the Zhuhai air show in China on Wednesday and was shown Chinese drones, state media said."),
            row("ru", "none", "Ростех показал новые беспилотники на выставке в Дубае",
                    "Госкорпорация «Ростех» представила новые беспилотники на авиасалоне в Дубае, сообщили в пресс-службе."),
            row("en", "none", "Russian navy chief tours Indian naval show",
                    "The commander of the Russian navy toured a naval show in Goa on Thursday and held talks with Indian shipbuilders, the Indian navy said."),
            row("en", "none", "North Korea's navy commander inspects east coast fleet",
                    "North Korea's navy commander inspected units of the East Sea Fleet and ordered higher combat readiness, state media said."),
            row("en", "medium", "Russian lawmakers in Pyongyang condemn US missile deployments",
                    "A delegation of the Russian State Duma visiting Pyongyang condemned US missile deployments in South Korea during talks with North Korean parliamentarians on Tuesday."),
            row("ru", "medium", "Делегация Госдумы в Пхеньяне осудила размещение американских ракет",
                    "Делегация Государственной думы, находящаяся с визитом в Пхеньяне, на переговорах с северокорейскими парламентариями осудила размещение американских ракет в Южной Корее."),
            row("ko", "medium", "러시아 의회 대표단, 평양서 미국 미사일 배치 규탄",
                    "평양을 방문 중인 러시아 국가두마 대표단이 북한 최고인민회의 대표들과 회담하고 한국 내 미국 미사일 배치를 규탄했다.")
        );
    }
}
