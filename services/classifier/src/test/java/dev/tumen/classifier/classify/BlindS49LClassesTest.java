package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.49 (session 50, labels): classes of blind-s49L's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS49LClassesTest {

    /**
     * Class A, the war recalled in an analysis's first lead sentence (b49L-en-04: "Beyond the shells, Moscow is quietly
     * becoming Pyongyang's second economic lifeline", then "For two years most of what the world heard … concerned the
     * war: shells going west, soldiers in Kursk, the treaty signed in 2024"; read critical). Session 49 kept background
     * troops from rating a supply story told later; here the first lead sentence itself is set in another time under a
     * headline naming a kind of event: it is the setting, and rates no higher than the headline's row.
     */
    @TestFactory
    Stream<DynamicTest> theWarRecalledInTheFirstLeadSentenceIsTheSetting() {
        return table(
            row("en", "medium", "Russia and North Korea sign deal to double rail freight",
                    "In 2024 the two countries' ties were about the war, with North Korean troops sent to fight in Kursk and shells shipped to the front.\n"
                    + "Now the railways of Russia and North Korea have signed an agreement to double freight through the Khasan crossing next year.\n"
                    + "Coal, timber and fertiliser will make up most of the cargo."),
            row("ru", "medium", "Россия и КНДР подписали соглашение об удвоении грузоперевозок по железной дороге",
                    "В 2024 году отношения двух стран определяла война: войска КНДР были направлены воевать в Курскую область, а снаряды шли на фронт.\n"
                    + "Теперь железные дороги России и КНДР подписали соглашение об удвоении грузоперевозок через переход Хасан в следующем году.\n"
                    + "Основную часть грузов составят уголь, лес и удобрения."),
            row("uk", "medium", "Росія і КНДР підписали угоду про подвоєння залізничних перевезень",
                    "У 2024 році відносини двох країн визначала війна: війська КНДР були направлені воювати в Курську область, а снаряди йшли на фронт.\n"
                    + "Тепер залізниці Росії та КНДР підписали угоду про подвоєння вантажних перевезень через перехід Хасан наступного року.\n"
                    + "Основну частину вантажів становитимуть вугілля, ліс і добрива."),
            row("ko", "medium", "북러, 철도 화물 두 배 확대 협정 서명",
                    "지난해 북러 관계는 전쟁이 좌우했으며, 북한은 쿠르스크에 병력을 파병하고 전선에 포탄을 보냈다.\n"
                    + "이제 러시아와 북한 철도 당국은 내년 하산 국경 통과 화물을 두 배로 늘리는 협정에 서명했다.\n"
                    + "화물은 주로 석탄과 목재, 비료가 될 것으로 보인다."),
            row("zh", "medium", "俄朝签署铁路货运翻番协议",
                    "去年两国关系的主题是战争，朝鲜向库尔斯克派兵作战，炮弹也源源不断运往前线。\n"
                    + "如今俄罗斯与朝鲜铁路部门签署协议，计划明年将经哈桑口岸的货运量提高一倍。\n"
                    + "货物将主要是煤炭、木材和化肥。"),
            row("ja", "medium", "ロシアと北朝鮮、鉄道貨物倍増で協定に署名",
                    "昨年の両国関係は戦争が中心で、北朝鮮はクルスクに兵士を派遣して戦わせ、砲弾を前線に送った。\n"
                    + "今回、ロシアと北朝鮮の鉄道当局は来年ハサン国境の貨物輸送を倍増させる協定に署名した。\n"
                    + "貨物は主に石炭や木材、肥料になる見通しだ。"),
            row("de", "medium", "Russland und Nordkorea vereinbaren doppelt so viele Güterzüge",
                    "Im Jahr 2024 bestimmte der Krieg die Beziehungen: Nordkorea schickte Truppen zum Kampf nach Kursk und lieferte Granaten an die Front.\n"
                    + "Nun haben die Bahnen Russlands und Nordkoreas ein Abkommen unterzeichnet, das die Zahl der Güterzüge über den Übergang Chasan im nächsten Jahr verdoppeln soll.\n"
                    + "Kohle, Holz und Dünger sollen den Großteil der Fracht ausmachen."),
            // the item's shape: an analysis whose first lead sentence recalls what the world heard for two years
            row("en", "medium", "Analysis: Beyond the war, Russia is becoming North Korea's second trading partner",
                    "For two years most of what the world heard about Russia and North Korea concerned the war: shells going west, soldiers in Kursk, the treaty signed in Pyongyang in 2024.\n"
                    + "Customs figures published last week tell a quieter story.\n"
                    + "Trade between the two reached $400 million in nine months, and Russian tour groups fly to Wonsan twice a week."),
            // guards: the first lead sentence telling the war as today's news keeps its row, and a headline of the war's
            // own row is not lowered by a dated lead
            row("en", "critical", "Russia and North Korea sign deal to double rail freight",
                    "North Korea sent 3,000 more troops to fight in Russia's Kursk region on Monday, South Korea's spy agency said.\n"
                    + "The railways of Russia and North Korea also signed an agreement to double freight through the Khasan crossing next year."),
            row("ru", "critical", "Ким Чен Ын наградил солдат, воевавших за Россию в Курской области",
                    "В 2024 году войска КНДР были направлены воевать в Курскую область, сообщило ЦТАК.\n"
                    + "Ким Чен Ын вручил ордена вернувшимся военнослужащим.")
        );
    }

    /**
     * Class B, a Russian part found in the other side's missile (b49L-ko-01: the navy salvaged a North Korean cruise missile's
     * debris and "소형 터보팬 엔진이 러시아 업체가 제작한 제품으로 확인됐다"; read medium by the default row). A part of a missile —
     * its engine, a turbofan or turbojet, its components — made in or by the other side is that side's missile technology
     * passed on, told through a finding (the rubric's transfer of missile technology); the maker told by a clause ("made by a
     * Russian firm", 러시아 업체가 제작한, 俄罗斯企业制造) is made_in as "Russian-made" was.
     */
    @TestFactory
    Stream<DynamicTest> aRussianPartFoundInTheOthersMissileIsMissileTechnology() {
        return table(
            row("en", "critical", "Engine in North Korean cruise missile was made abroad, military says",
                    "Analysis of the debris of a cruise missile North Korea fired into the sea last month showed that its small turbofan engine was made by a Russian firm, South Korea's Joint Chiefs of Staff said on Monday.\n"
                    + "The engine carried Russian markings and a serial number from last year."),
            row("ru", "critical", "Двигатель северокорейской крылатой ракеты оказался иностранным",
                    "Анализ обломков крылатой ракеты, которую КНДР в прошлом месяце запустила в сторону моря, показал, что её малый турбовентиляторный двигатель изготовлен российским предприятием, сообщил в понедельник Объединённый комитет начальников штабов Южной Кореи.\n"
                    + "На двигателе нашли маркировку на русском языке и заводской номер."),
            row("uk", "critical", "Двигун північнокорейської крилатої ракети виявився іноземним",
                    "Аналіз уламків крилатої ракети, яку КНДР минулого місяця запустила в бік моря, показав, що її малий турбовентиляторний двигун виготовлений російським підприємством, повідомив у понеділок Об'єднаний комітет начальників штабів Південної Кореї.\n"
                    + "На двигуні знайшли маркування російською мовою і заводський номер."),
            row("ko", "critical", "\"北 순항미사일 엔진은 외국산\"…합참 잔해 분석",
                    "합동참모본부는 북한이 지난달 동해상으로 발사한 순항미사일 잔해를 분석한 결과, 소형 터보팬 엔진이 러시아 업체가 제작한 제품으로 확인됐다고 8일 밝혔다.\n"
                    + "엔진 부품에서는 러시아어 각인과 제조 일련번호가 나왔다."),
            row("zh", "critical", "韩军：朝鲜巡航导弹残骸中的发动机为外国制造",
                    "韩国联合参谋本部8日表示，对朝鲜上月向东部海域发射的巡航导弹残骸进行分析后确认，其小型涡扇发动机由俄罗斯企业制造。\n"
                    + "发动机部件上发现了俄文标记和出厂编号。"),
            row("ja", "critical", "北朝鮮巡航ミサイルの残骸にロシア企業のエンジン、韓国軍が分析",
                    "韓国軍合同参謀本部は8日、北朝鮮が先月日本海に向けて発射した巡航ミサイルの残骸を分析した結果、小型ターボファンエンジンがロシア企業の製造したものと確認したと明らかにした。\n"
                    + "エンジンの部品からはロシア語の刻印と製造番号が見つかり、北朝鮮がロシアから完成品のエンジンを受け取ったとみられる。"),
            row("de", "critical", "Triebwerk nordkoreanischer Marschflugkörper stammt aus dem Ausland",
                    "Die Analyse der Trümmer eines Marschflugkörpers, den Nordkorea im vergangenen Monat ins Meer abgefeuert hatte, hat ergeben, dass sein kleines Turbofan-Triebwerk in Russland hergestellt wurde, teilte der südkoreanische Generalstab am Montag mit.\n"
                    + "Auf dem Triebwerk fanden sich russische Aufschriften und eine Seriennummer."),
            // the item's shape: a headline naming one side and "foreign", the launch recalled in the lead's dated clause
            row("ko", "critical", "동해서 건진 北 순항미사일 잔해…\"엔진은 외국산\"",
                    "합동참모본부는 북한이 지난달 동해상으로 발사한 전략순항미사일의 잔해를 해군이 인양해 분석한 결과, 소형 터보팬 엔진이 러시아 업체가 제작한 제품으로 확인됐다고 8일 밝혔다.\n"
                    + "합참 관계자는 \"완제품 엔진을 통째로 받은 것으로 본다\"고 설명했다."),
            // guards: a Russian engine in a North Korean airliner is trade; parts of third countries in the missile name no
            // Russian side
            row("en", "medium", "Russian firm to supply engines for North Korean airliners",
                    "A Russian firm will supply turbofan engines made in Russia for two Air Koryo airliners under a contract signed in Pyongyang, KCNA said on Monday."),
            row("en", "none", "Engine in North Korean cruise missile was made abroad, military says",
                    "Analysis of the debris of a cruise missile North Korea fired into the sea last month showed that its small turbofan engine was made by a Chinese firm, South Korea's Joint Chiefs of Staff said on Monday.\n"
                    + "The engine carried Chinese markings and a serial number from last year.")
        );
    }

    /**
     * Class F, a military delegation's visit read as troops in the theatre (b49L-uk-02: Ukraine's MFA protests at "візит
     * військової делегації КНДР до тимчасово окупованого Севастополя", a KPA General Staff delegation received by the Black
     * Sea Fleet's commander; read critical, North Korean soldiers with the war's theatre, Ukraine being named by its own
     * ministry). A delegation is rated by what it came for, whoever's soldiers are in it and wherever it goes (the rubric's
     * settled case: defence-ministry delegations are high); a deployment is told by its own verb.
     */
    @TestFactory
    Stream<DynamicTest> aMilitaryDelegationsVisitIsNoDeployment() {
        return table(
            row("en", "high", "Ukraine condemns North Korean army delegation's visit to occupied Sevastopol",
                    "Ukraine's foreign ministry protested on Monday against a visit by a North Korean military delegation to occupied Sevastopol.\n"
                    + "The delegation of the Korean People's Army General Staff was received by the commander of Russia's Black Sea Fleet and held talks on naval drones."),
            row("ru", "high", "МИД Украины осудил визит военной делегации КНДР в Севастополь",
                    "Министерство иностранных дел Украины в понедельник выразило протест в связи с визитом военной делегации КНДР в оккупированный Севастополь.\n"
                    + "Делегацию Генерального штаба Корейской народной армии принял командующий Черноморским флотом России, стороны провели переговоры о безэкипажных катерах."),
            row("uk", "high", "МЗС засудило візит делегації армії КНДР до окупованого Севастополя",
                    "Міністерство закордонних справ України висловило рішучий протест у зв'язку з візитом військової делегації КНДР до тимчасово окупованого Севастополя.\n"
                    + "Делегацію Генерального штабу Корейської народної армії прийняв командувач Чорноморського флоту РФ, сторони провели переговори про безекіпажні катери."),
            row("ko", "high", "우크라 외무부, 北 군 대표단 세바스토폴 방문 규탄",
                    "우크라이나 외무부는 8일 북한 군사 대표단이 러시아가 점령한 세바스토폴을 방문한 데 대해 강력히 항의했다.\n"
                    + "조선인민군 총참모부 대표단은 러시아 흑해함대 사령관과 회담하고 무인정 운용 경험을 논의했다."),
            row("zh", "high", "乌克兰外交部谴责朝鲜军事代表团访问塞瓦斯托波尔",
                    "乌克兰外交部8日就朝鲜军事代表团访问被占领的塞瓦斯托波尔一事提出强烈抗议。\n"
                    + "朝鲜人民军总参谋部代表团与俄罗斯黑海舰队司令举行会谈，讨论了无人艇使用经验。"),
            row("ja", "high", "ウクライナ外務省、北朝鮮軍代表団のセバストポリ訪問に抗議",
                    "ウクライナ外務省は8日、北朝鮮の軍事代表団がロシアの占領するセバストポリを訪問したことに強く抗議した。\n"
                    + "朝鮮人民軍総参謀部の代表団はロシア黒海艦隊の司令官と会談し、無人艇の運用経験について協議した。"),
            row("de", "high", "Ukraine verurteilt Besuch nordkoreanischer Militärdelegation in Sewastopol",
                    "Das ukrainische Außenministerium hat am Montag gegen den Besuch einer nordkoreanischen Militärdelegation im besetzten Sewastopol protestiert.\n"
                    + "Die Delegation des Generalstabs der Koreanischen Volksarmee führte Gespräche mit dem Kommandeur der russischen Schwarzmeerflotte über Marinedrohnen."),
            // guards: North Korean soldiers sent to the front stay deployed beside a delegation, and soldiers in occupied
            // Sevastopol without one stay in the war's theatre
            row("en", "critical", "Ukraine says North Korean troops sent to occupied Crimea",
                    "Ukraine's foreign ministry said on Monday that North Korea had sent 2,000 soldiers to occupied Crimea to guard Russian bases, days after a North Korean military delegation visited Sevastopol."),
            row("uk", "critical", "ГУР: військові КНДР охороняють базу в окупованому Севастополі",
                    "За даними розвідки України, військовослужбовці КНДР охороняють базу Чорноморського флоту РФ в окупованому Севастополі.")
        );
    }

    /**
     * Class D, sanctions evasion told through a false origin on the papers (b49L-ru-02: waybills show North Korean iron ore
     * concentrate from the Musan mine carried into Russia, "страной происхождения груза указан Китай"; read medium as trade).
     * The lead tells goods moved between the two; a later sentence telling that cargo given a third country's origin, as
     * relabelled goods are, tells what the trade was: sanctions evasion (high). Iron ore is among the goods resolution 2371
     * bans the DPRK from selling.
     */
    @TestFactory
    Stream<DynamicTest> cargoGivenAFalseOriginIsSanctionsEvasion() {
        return table(
            row("en", "high", "Ore from Musan: how North Korean concentrate reaches a Russian steel plant",
                    "At least 38,000 tonnes of iron ore concentrate mined at North Korea's Musan mine were brought into Russia through the Khasan crossing between March and October.\n"
                    + "This follows from railway waybills seen by reporters.\n"
                    + "In the customs declarations the cargo's country of origin was given as China, but the wagons were loaded at Tumangang and went to Russia without crossing Chinese territory."),
            row("ru", "high", "Руда из Мусана: как северокорейский концентрат попадает на российский завод",
                    "С марта по октябрь через переход Хасан — Туманган в Россию ввезли не менее 38 тысяч тонн концентрата, добытого на Мусанском руднике в КНДР.\n"
                    + "Это следует из железнодорожных накладных, которые изучили журналисты.\n"
                    + "В таможенных декларациях страной происхождения груза указан Китай, однако вагоны загружались на станции Туманган и шли в Россию без перевалки через Китай."),
            row("uk", "high", "Руда з Мусана: як північнокорейський концентрат потрапляє на російський завод",
                    "З березня по жовтень через перехід Хасан — Туманган до Росії ввезли щонайменше 38 тисяч тонн концентрату, видобутого на Мусанському руднику в КНДР.\n"
                    + "Це випливає із залізничних накладних, які вивчили журналісти.\n"
                    + "У митних деклараціях країною походження вантажу зазначено Китай, однак вагони завантажувалися на станції Туманган і йшли до Росії без перевантаження в Китаї."),
            row("ko", "high", "무산 광석은 어떻게 러시아 제철소로 가나",
                    "지난 3월부터 10월까지 북한 무산광산에서 캔 철정광 최소 3만8천t이 하산-두만강 국경을 거쳐 러시아로 들어간 것으로 나타났다.\n"
                    + "이는 기자들이 입수한 철도 화물 운송장에서 확인됐다.\n"
                    + "세관 신고서에는 이 화물이 중국산으로 표기됐지만, 화차는 두만강역에서 실려 중국을 거치지 않고 러시아로 향했다."),
            row("zh", "high", "茂山矿石如何运进俄罗斯钢厂",
                    "今年3月至10月，至少3.8万吨产自朝鲜茂山矿山的铁精矿经哈桑—图们江口岸运入俄罗斯。\n"
                    + "记者查阅的铁路运单显示了这一情况。\n"
                    + "海关申报单上这批货物的原产地标注为中国，但车皮在图们江站装车，未经中国境内直接运往俄罗斯。"),
            row("ja", "high", "茂山の鉱石はどうやってロシアの製鉄所に届くのか",
                    "3月から10月にかけて、北朝鮮の茂山鉱山で採掘された鉄鉱石の精鉱少なくとも3万8千トンがハサン・豆満江の国境を通ってロシアに運び込まれた。\n"
                    + "記者が入手した鉄道の運送状で明らかになった。\n"
                    + "税関の申告書ではこの貨物の原産国は中国と記載されていたが、貨車は豆満江駅で積まれ、中国を経由せずにロシアへ向かっていた。"),
            row("de", "high", "Erz aus Musan: Wie nordkoreanisches Konzentrat in ein russisches Stahlwerk gelangt",
                    "Von März bis Oktober sind mindestens 38.000 Tonnen Eisenerzkonzentrat aus der nordkoreanischen Mine Musan über den Grenzübergang Chasan nach Russland eingeführt worden.\n"
                    + "Das geht aus Frachtbriefen der Bahn hervor, die Journalisten eingesehen haben.\n"
                    + "In den Zollerklärungen wurde für die Fracht als Ursprungsland China angegeben, doch die Waggons wurden in Tumangang beladen und fuhren ohne Umweg über China nach Russland."),
            // guards: the same trade with its true origin on the papers stays trade, and a cargo given a false origin by a
            // third country's traders with no Russian side is no evasion between the two
            row("en", "medium", "Russian coal reaches Chinese ports through North Korea's Rajin",
                    "Russian coal was carried by rail to North Korea's port of Rajin and shipped on to China, the port's operator said on Monday.\n"
                    + "This follows from railway waybills seen by reporters.\n"
                    + "In the customs declarations the cargo's country of origin was given as Russia, and the wagons went from Khasan to Rajin."),
            row("ru", "medium", "Российский уголь идёт в Китай через северокорейский Раджин",
                    "Российский уголь по железной дороге доставили в северокорейский порт Раджин и отправили дальше в Китай, сообщил в понедельник оператор порта.\n"
                    + "Это следует из железнодорожных накладных.\n"
                    + "В таможенных декларациях страной происхождения груза указана Россия, вагоны шли из Хасана в Раджин.")
        );
    }

    /**
     * Class C, a command-staff exercise with the other side's officers (b49L-ru-01: the Eastern Military District's
     * headquarters closed "командно-штабное учение", "в учении участвовали … оперативная группа Генерального штаба КНА",
     * under a headline naming neither side's partner; read high by the treaty recalled in the body). An exercise played by
     * headquarters on maps is still a military exercise; the other side's staff taking part make it joint (critical).
     */
    @TestFactory
    Stream<DynamicTest> aCommandStaffExerciseWithTheOthersOfficersIsJoint() {
        return table(
            row("en", "critical", "Eastern Military District ends command-staff exercise in Khabarovsk",
                    "The headquarters of Russia's Eastern Military District completed a five-day command-staff exercise in Khabarovsk, its press office said on Monday.\n"
                    + "A task group of the Korean People's Army General Staff took part in the exercise alongside the district's command bodies.\n"
                    + "Russian and North Korean officers planned the operations of a joint grouping of troops on maps and computers."),
            row("ru", "critical", "В Хабаровске завершилось командно-штабное учение",
                    "Штаб Восточного военного округа России завершил пятидневное командно-штабное учение в Хабаровске, сообщила в понедельник пресс-служба округа.\n"
                    + "В учении участвовали органы управления округа и оперативная группа Генерального штаба Корейской народной армии.\n"
                    + "Российские и северокорейские офицеры на картах отрабатывали совместное планирование действий группировки войск."),
            row("uk", "critical", "У Хабаровську завершилося командно-штабне навчання",
                    "Штаб Східного військового округу Росії завершив п'ятиденне командно-штабне навчання в Хабаровську, повідомила в понеділок пресслужба округу.\n"
                    + "У навчанні брали участь органи управління округу та оперативна група Генерального штабу Корейської народної армії.\n"
                    + "Російські та північнокорейські офіцери на картах відпрацьовували спільне планування дій угруповання військ."),
            row("ko", "critical", "러 동부군관구, 하바롭스크서 지휘참모훈련 종료",
                    "러시아 동부군관구 사령부는 하바롭스크에서 닷새간의 지휘참모훈련을 마쳤다고 군관구 공보실이 8일 밝혔다.\n"
                    + "북한 조선인민군 총참모부 작전그룹이 군관구 지휘기구와 함께 훈련에 참가했다.\n"
                    + "러시아와 북한 장교들은 지도와 전산 체계로 연합 부대의 작전을 함께 계획했다."),
            row("zh", "critical", "俄东部军区在哈巴罗夫斯克结束指挥所演习",
                    "俄罗斯东部军区司令部8日宣布，已在哈巴罗夫斯克结束为期五天的指挥所演习。\n"
                    + "朝鲜人民军总参谋部的一个作战小组与军区指挥机关一同参加了此次演习。\n"
                    + "俄罗斯和朝鲜军官在地图和自动化指挥系统上共同演练了联合部队的作战计划。"),
            row("ja", "critical", "ロシア東部軍管区、北朝鮮軍参謀と指揮所演習を終了",
                    "ロシア東部軍管区の司令部は8日、ハバロフスクで5日間の指揮所演習を終えたと発表した。\n"
                    + "北朝鮮の朝鮮人民軍総参謀部の作戦グループが軍管区の指揮機関とともに演習に参加した。\n"
                    + "ロシアと北朝鮮の将校は地図と自動化指揮システムで合同部隊の作戦を共同で計画した。"),
            row("de", "critical", "Russischer Militärbezirk beendet Stabsübung mit nordkoreanischen Offizieren",
                    "Das Hauptquartier des russischen Östlichen Militärbezirks hat in Chabarowsk eine fünftägige Stabsübung beendet, teilte der Pressedienst am Montag mit.\n"
                    + "An der Stabsübung beteiligt war neben den Führungsorganen des Bezirks eine Einsatzgruppe des Generalstabs der Koreanischen Volksarmee.\n"
                    + "Russische und nordkoreanische Offiziere planten auf Karten gemeinsam die Operationen einer gemeinsamen Truppengruppierung."),
            // guards: the district's exercise with no North Korean staff and a North Korean remark on it stays a statement,
            // and the two condemning a third country's command-post exercise are no exercise of their own
            row("en", "medium", "Eastern Military District ends command-staff exercise in Khabarovsk",
                    "The headquarters of Russia's Eastern Military District completed a five-day command-staff exercise in Khabarovsk, its press office said on Monday.\n"
                    + "North Korea's foreign ministry said it supported Russia's right to hold exercises on its territory."),
            row("en", "medium", "Russia and North Korea condemn US-South Korean command post exercise",
                    "Russia and North Korea condemned the command post exercise held by the United States and South Korea this week, calling it a rehearsal for war, in a joint statement on Monday.")
        );
    }

    /**
     * Class E, an opinion piece comparing the two countries (b49L-ru-05: a columnist's "Почему Россия не станет Северной
     * Кореей", "Сравнение с КНДР стало общим местом в спорах о российской экономике"; read medium, the one false positive).
     * A country said to become the other, or compared with it, is its measure, not its partner: the comparison names no
     * relation between them.
     */
    @TestFactory
    Stream<DynamicTest> aComparisonOfTheTwoCountriesIsNoRelation() {
        return table(
            row("en", "none", "Opinion: Why Russia will not become North Korea",
                    "The comparison with North Korea has become commonplace in debates about the Russian economy: sanctions, closed borders, slow websites.\n"
                    + "But the differences are larger than the likenesses.\n"
                    + "Russia remains a big exporter of oil, gas and grain, and its private firms have rebuilt their supply chains through Kazakhstan and Turkey."),
            row("ru", "none", "Колонка. Почему Россия не станет Северной Кореей",
                    "Сравнение с КНДР стало общим местом в спорах о российской экономике: санкции, закрытые границы, медленные сайты.\n"
                    + "Но различий здесь больше, чем сходства.\n"
                    + "Россия остаётся крупным экспортёром нефти, газа и зерна, а частный бизнес перестроил логистику через Казахстан и Турцию."),
            row("uk", "none", "Колонка. Чому Росія не стане Північною Кореєю",
                    "Порівняння з КНДР стало загальним місцем у суперечках про російську економіку: санкції, закриті кордони, повільні сайти.\n"
                    + "Але відмінностей тут більше, ніж схожості.\n"
                    + "Росія залишається великим експортером нафти, газу і зерна, а приватний бізнес перебудував логістику через Казахстан і Туреччину."),
            row("ko", "none", "[칼럼] 러시아는 왜 제2의 북한이 될 수 없나",
                    "제재와 닫힌 국경, 느린 인터넷 때문에 러시아 경제를 두고 제2의 북한이라는 말이 흔해졌다.\n"
                    + "그러나 차이는 닮은 점보다 크다.\n"
                    + "러시아는 여전히 석유와 가스, 곡물의 큰 수출국이며 민간 기업들은 카자흐스탄과 튀르키예를 거쳐 공급망을 새로 짰다."),
            row("zh", "none", "评论：俄罗斯为何不会成为第二个朝鲜",
                    "在有关俄罗斯经济的争论中，把俄罗斯说成第二个朝鲜已成老生常谈：制裁、封闭的边境、缓慢的网站。\n"
                    + "但两者的差异远大于相似之处。\n"
                    + "俄罗斯仍是石油、天然气和粮食的出口大国，民营企业已经通过哈萨克斯坦和土耳其重建了供应链。"),
            row("ja", "none", "コラム：ロシアはなぜ第二の北朝鮮にならないのか",
                    "制裁や閉ざされた国境、遅いウェブサイトを理由に、ロシア経済を第二の北朝鮮と呼ぶ議論がありふれたものになった。\n"
                    + "しかし違いは似ている点より大きい。\n"
                    + "ロシアは今も石油やガス、穀物の大輸出国であり、民間企業はカザフスタンやトルコを経由して供給網を組み直した。"),
            row("de", "none", "Kommentar: Warum Russland kein zweites Nordkorea wird",
                    "Der Vergleich mit Nordkorea ist in Debatten über die russische Wirtschaft zum Gemeinplatz geworden: Sanktionen, geschlossene Grenzen, langsame Webseiten.\n"
                    + "Doch die Unterschiede sind größer als die Ähnlichkeiten.\n"
                    + "Russland bleibt ein großer Exporteur von Öl, Gas und Getreide, und private Firmen haben ihre Lieferketten über Kasachstan und die Türkei neu aufgebaut."),
            // guards: a column about the two's own ties stays relevant, and "will become North Korea's largest partner" is a
            // relation, not a comparison
            row("ru", "medium", "Колонка. Почему Россия станет главным торговым партнёром КНДР",
                    "Товарооборот России и КНДР за девять месяцев вырос вдвое, и в ближайшие годы Россия может обогнать Китай.\n"
                    + "Через мост на Тумэнь пойдут грузовики, а российские туристы уже летают в Вонсан."),
            row("en", "medium", "Russia set to become North Korea's largest trading partner, customs data show",
                    "Trade between Russia and North Korea doubled in nine months, Russian customs figures showed on Monday.")
        );
    }
}
