package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.47 (session 48, labels): classes of blind-s47L's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS47LClassesTest {

    /**
     * Class A, a third party's list naming one entry of each side (b47L-en-05: the EU air safety list "keeping North
     * Korea's state carrier Air Koryo under restrictions and adding two Russian cargo airlines", read medium as transport;
     * b47L-de-02: UNESCO's list taking in "Sojasoße in Nordkorea und den russischen Chorgesang", read low as culture).
     * Each side is an entry of the list in an item of its own, as "China, Russia and North Korea" are items of a passing
     * list (the rubric): nothing passes between the two (cues.tsv register_list, Labeller.listedApart). On 0.46.6, 8 of
     * these 12 read otherwise (every target but the Russian UNESCO list, which no word of an exchange paired; the guards,
     * a joint entry, low, and a sanctions list over shell deliveries, high, right).
     */
    @TestFactory
    Stream<DynamicTest> aListNamingAnEntryOfEachIsNoRelation() {
        return table(
            row("en", "none", "Heritage list grows by 48 entries",
                    "PARIS - UNESCO on Wednesday inscribed North Korean kimchi-making and a Russian folk dance among 48 new elements of its list of intangible cultural heritage. The committee met in New Delhi. Ghana's drumming and Peru's weaving were also added."),
            row("ru", "none", "Список ЮНЕСКО пополнился 48 элементами",
                    "ЮНЕСКО включила в список нематериального культурного наследия традицию приготовления кимчи в КНДР и русский народный хоровод, сообщила организация. Всего в список добавлены 48 элементов из 40 стран."),
            row("uk", "none", "Список ЮНЕСКО поповнився 48 елементами",
                    "ЮНЕСКО внесла до списку нематеріальної культурної спадщини традицію приготування кімчі в КНДР та російський народний хоровод, повідомила організація. Загалом до списку додано 48 елементів із 40 країн."),
            row("ko", "none", "유네스코 인류무형유산 48건 새로 등재",
                    "유네스코가 북한의 김치 담그기 풍습과 러시아 민속춤을 인류무형문화유산 목록에 새로 등재했다고 밝혔다. 올해 새로 등재된 유산은 40개국 48건이다."),
            row("zh", "none", "联合国教科文组织非遗名录新增48项",
                    "联合国教科文组织宣布，将朝鲜的泡菜腌制传统和俄罗斯民间圆圈舞列入人类非物质文化遗产代表作名录。今年共有40个国家的48个项目新入选。"),
            row("ja", "none", "ユネスコ無形文化遺産に48件",
                    "ユネスコは、北朝鮮のキムチ作りの風習とロシアの民俗舞踊を無形文化遺産の一覧に新たに登録したと発表した。今年は40カ国の48件が登録された。"),
            row("de", "none", "Unesco-Liste wächst um 48 Einträge",
                    "Die Unesco hat die Kimchi-Zubereitung in Nordkorea und einen russischen Volkstanz in die Liste des immateriellen Kulturerbes aufgenommen. Insgesamt kamen 48 Bräuche aus 40 Ländern hinzu."),
            row("en", "none", "Airline safety list: Air Koryo stays, three Russian carriers added",
                    "BRUSSELS - The European Commission updated its air safety list on Tuesday, keeping North Korea's Air Koryo under restrictions and adding three Russian regional airlines over maintenance concerns. The list now covers 120 airlines."),
            row("ru", "none", "ЕС обновил список авиакомпаний с ограничениями",
                    "Еврокомиссия обновила список авиакомпаний, которым ограничены полёты в ЕС: в нём остаётся северокорейская Air Koryo, добавлены три российские региональные авиакомпании. Всего в перечне 120 перевозчиков."),
            // guards: a joint entry of the two, a list a side keeps of the other, a sanctions list over their dealings
            row("en", "low", "Russian and North Korean folk song traditions listed as a joint heritage entry",
                    "UNESCO inscribed a joint nomination by Russia and North Korea, the folk songs both countries' choirs perform together at cultural festivals, on its intangible heritage list."),
            row("ru", "high", "ЕС внёс в список российские и северокорейские компании за поставки снарядов",
                    "Евросоюз внёс в санкционный список две российские компании и северокорейскую торговую фирму, организовавшие поставки северокорейских снарядов в Россию."),
            row("en", "high", "EU lists Russian and North Korean firms over arms deliveries",
                    "The European Union added two Russian companies and a North Korean trading firm to its sanctions list for organising deliveries of North Korean artillery shells to Russia.")
        );
    }

    /**
     * Class F, a chief's written praise of the other side read as the chiefs' talks (b47L-ko-03: WPK secretary Pak Jong
     * Chon's article, "러시아군은 … 가장 단련되고 강한 군대", read high by the defence chief's row; gold medium, a statement of
     * support). An article carried by a newspaper is a statement, and "he added" a verb of saying; the party's Central
     * Committee is no intergovernmental commission, nor is a newspaper carrying an article a cargo (cues.tsv). On 0.47.0,
     * 3 of these 9 read otherwise (ko, en, de, high; the Russian, Ukrainian, Chinese and Japanese read medium already by
     * their verbs of saying; the guards, the same chief's talks with a defence delegation, right).
     */
    @TestFactory
    Stream<DynamicTest> aChiefsArticlePraisingTheOtherSideIsAStatement() {
        return table(
            row("ko", "medium", "박정천 \"러시아군은 세계 최강의 군대\"",
                    "북한 노동당 중앙위원회 비서 박정천은 노동신문에 실린 글에서 \"러시아군은 오늘날 세계에서 가장 강한 군대\"라고 주장했다. 박정천은 \"러시아 인민의 정의의 위업은 꼭 승리할 것\"이라고 덧붙였다."),
            row("en", "medium", "Pak Jong Chon: Russia's army is the world's strongest",
                    "Pak Jong Chon, a secretary of the Workers' Party Central Committee, wrote in an article carried by Rodong Sinmun that the Russian army is the strongest in the world today. Pak added that the just cause of the Russian people will surely win."),
            row("ru", "medium", "Пак Чон Чхон назвал российскую армию сильнейшей в мире",
                    "Секретарь ЦК Трудовой партии Кореи Пак Чон Чхон в статье, опубликованной в газете «Нодон синмун», назвал российскую армию сильнейшей в мире. Пак Чон Чхон добавил, что правое дело российского народа непременно победит."),
            row("uk", "medium", "Пак Чон Чхон назвав російську армію найсильнішою у світі",
                    "Секретар ЦК Трудової партії Кореї Пак Чон Чхон у статті, опублікованій у газеті «Нодон синмун», назвав російську армію найсильнішою у світі. Пак Чон Чхон додав, що праведна справа російського народу неодмінно переможе."),
            row("zh", "medium", "朴正天：俄罗斯军队是世界最强军队",
                    "朝鲜劳动党中央委员会书记朴正天在《劳动新闻》发表文章称，俄罗斯军队是当今世界上最强的军队。朴正天补充说，俄罗斯人民的正义事业必将胜利。"),
            row("ja", "medium", "朴正天氏「ロシア軍は世界最強の軍隊」",
                    "北朝鮮の朝鮮労働党中央委員会の朴正天書記は労働新聞に掲載された論文で、ロシア軍は今日世界で最も強い軍隊だと主張した。朴正天氏はロシア人民の正義の偉業は必ず勝利すると付け加えた。"),
            row("de", "medium", "Pak Jong Chon: Russlands Armee ist die stärkste der Welt",
                    "Pak Jong Chon, Sekretär des Zentralkomitees der nordkoreanischen Arbeiterpartei, schrieb in einem Artikel der Zeitung Rodong Sinmun, die russische Armee sei heute die stärkste der Welt. Pak fügte hinzu, die gerechte Sache des russischen Volkes werde gewiss siegen."),
            // guards: the same chief meeting a Russian delegation, and a Russian defence minister's talks, stay the chiefs' talks
            row("ko", "high", "박정천, 러시아 군사대표단과 회담",
                    "북한 노동당 중앙위원회 비서 박정천은 평양을 방문한 러시아 국방부 대표단과 회담하고 군사 협력 확대를 논의했다고 조선중앙통신이 보도했다."),
            row("en", "high", "Pak Jong Chon holds talks with Russian defence delegation",
                    "Pak Jong Chon, a secretary of the Workers' Party Central Committee, held talks in Pyongyang with a visiting Russian defence ministry delegation on expanding military cooperation, KCNA said.")
        );
    }

    /**
     * Class E, a security chief unrecognised, so the background decides (b47L-de-01: "Russlands Innenminister Wladimir
     * Kolokolzew" in talks with "dem nordkoreanischen Minister für Sozialsicherheit", read critical by the background's
     * soldiers; gold high, security chiefs' visit and talks). An interior minister and the DPRK's minister of social
     * security are security chiefs in every language, and Russia's interior minister by name (entities.tsv, cues.tsv). On
     * 0.47.1, 6 of these 11 read otherwise (the German visits, critical by the background's soldiers, or not relevant by
     * name; the minister by name in English, Russian and Ukrainian; the Korean, Chinese and Japanese offices were read
     * already; the guards, a concert, low, and soldiers sent, critical, right).
     */
    @TestFactory
    Stream<DynamicTest> anInteriorMinistersVisitIsASecurityChiefsVisit() {
        return table(
            row("de", "high", "Russischer Innenminister zu Besuch in Nordkorea",
                    "Russlands Innenminister ist zu einem dreitägigen Besuch in Nordkorea eingetroffen, meldete die Staatsagentur KCNA. Es ist der erste solche Besuch seit Jahrzehnten. Nordkorea hat nach westlichen Angaben Soldaten, Artilleriegranaten und Raketen für Russlands Krieg gegen die Ukraine geliefert."),
            row("de", "high", "Kolokolzew in Pjöngjang eingetroffen",
                    "Wladimir Kolokolzew ist zu einem Besuch in Pjöngjang eingetroffen, meldete die Staatsagentur KCNA. Es ist der erste solche Besuch seit Jahrzehnten. Nordkorea hat nach westlichen Angaben Soldaten, Artilleriegranaten und Raketen für Russlands Krieg gegen die Ukraine geliefert."),
            row("de", "high", "Nordkoreas Minister für Sozialsicherheit in Moskau",
                    "Nordkoreas Minister für Sozialsicherheit ist zu einem Besuch in Moskau eingetroffen, meldete die Agentur Tass. Es ist der erste solche Besuch seit Jahrzehnten. Nordkorea hat nach westlichen Angaben Soldaten, Artilleriegranaten und Raketen für Russlands Krieg gegen die Ukraine geliefert."),
            row("en", "high", "Kolokoltsev arrives in Pyongyang",
                    "Vladimir Kolokoltsev arrived in Pyongyang for a three-day visit and held talks with North Korea's minister of social security on police training. North Korea has sent soldiers and shells for Russia's war, according to Seoul."),
            row("ru", "high", "Колокольцев прибыл в Пхеньян",
                    "Владимир Колокольцев прибыл в Пхеньян с трёхдневным визитом и провёл переговоры с министром социальной безопасности КНДР о подготовке полицейских. По данным Сеула, КНДР отправила в Россию солдат и снаряды."),
            row("uk", "high", "Колокольцев прибув до Пхеньяна",
                    "Володимир Колокольцев прибув до Пхеньяна з триденним візитом і провів переговори з міністром соціальної безпеки КНДР про підготовку поліцейських. За даними Сеула, КНДР відправила до Росії солдатів і снаряди."),
            row("ko", "high", "콜로콜체프 러 내무장관 방북",
                    "블라디미르 콜로콜체프 러시아 내무장관이 사흘 일정으로 평양에 도착해 북한 사회안전상과 경찰 훈련 협력을 논의했다. 북한은 러시아에 병력과 포탄을 보냈다."),
            row("zh", "high", "俄罗斯内务部长科洛科尔采夫抵达平壤",
                    "俄罗斯内务部长科洛科尔采夫抵达平壤进行为期三天的访问，并与朝鲜社会安全相举行会谈，讨论警察培训合作。朝鲜已向俄罗斯派兵并提供炮弹。"),
            row("ja", "high", "ロシアのコロコリツェフ内相が平壌入り",
                    "ロシアのコロコリツェフ内相が3日間の日程で平壌に到着し、北朝鮮の社会安全相と警察の訓練協力について会談した。北朝鮮はロシアに兵士や砲弾を送ったとされる。"),
            // guards: an interior minister at a concert is the concert; North Korean soldiers sent stay the deployment
            row("de", "low", "Russischer Innenminister besucht Konzert in Pjöngjang",
                    "Russlands Innenminister hat in Pjöngjang ein Konzert eines nordkoreanischen Ensembles besucht, das russische Volkslieder sang."),
            row("de", "critical", "Nordkorea schickt weitere Soldaten nach Kursk",
                    "Nordkorea hat nach Angaben des ukrainischen Geheimdienstes weitere 3.000 Soldaten in die russische Region Kursk entsandt.")
        );
    }

    /**
     * Class C, freight figures past the UN cap (b47L-ru-02: rail shipments of petroleum products "выросли втрое", then
     * "Это примерно в шесть раз больше годового потолка … резолюцией … 2397", read medium as trade; gold high, sanctions
     * evasion, oil). Petroleum moved between the two past the cap the UN set is evasion (the rubric's settled case: fuel
     * smuggled between the two). The English, Korean, Chinese, Japanese and German shipments read as petroleum carried
     * already (severity.tsv: the UN cap's goods moved); Russian and Ukrainian dispatch nouns (отправки, відправлення) and
     * tank cars in every language were no carriage (cues.tsv petroleum_carried). On 0.47.2, 2 of these 9 read otherwise
     * (ru, uk, medium; the guards, trade figures with oil among the goods, medium, right).
     */
    @TestFactory
    Stream<DynamicTest> freightPastTheUnCapIsEvasion() {
        return table(
            row("ru", "high", "Погрузка на Хасане: отправки топлива выросли втрое",
                    "ВЛАДИВОСТОК. Отправки нефтепродуктов из России в КНДР по железной дороге через переход Хасан — Туманган за десять месяцев выросли втрое и составили около 400 тысяч тонн, следует из данных учёта грузоперевозок. Основной объём — дизельное топливо в цистернах. Это примерно в шесть раз больше годового потолка, установленного резолюцией Совета Безопасности ООН 2397. Россия не сообщала в комитет о поставках."),
            row("en", "high", "Khasan loadings: fuel shipments triple",
                    "VLADIVOSTOK - Rail shipments of petroleum products from Russia to North Korea through the Khasan-Tumangang crossing tripled in ten months to about 400,000 tonnes, freight records show. Most of it was diesel in tank cars. That is roughly six times the annual cap set by UN Security Council resolution 2397. Russia has not reported the deliveries to the committee."),
            row("uk", "high", "Навантаження на Хасані: відправлення пального зросли втричі",
                    "Відправлення нафтопродуктів із Росії до КНДР залізницею через перехід Хасан — Туманган за десять місяців зросли втричі і склали близько 400 тисяч тонн, свідчать дані обліку вантажоперевезень. Основний обсяг — дизельне пальне в цистернах. Це приблизно вшестеро більше за річну стелю, встановлену резолюцією Ради Безпеки ООН 2397."),
            row("ko", "high", "하산역 선적 급증…러시아산 석유제품 북한행 3배",
                    "러시아에서 하산-두만강 철도를 통해 북한으로 보낸 석유제품이 열 달 동안 세 배로 늘어 약 40만t에 이르렀다고 화물 통계가 보여준다. 대부분 유조 화차에 실린 경유였다. 이는 유엔 안보리 결의 2397호가 정한 연간 상한의 약 여섯 배에 해당한다."),
            row("zh", "high", "哈桑站装车激增：俄对朝成品油运量增两倍",
                    "货运统计显示，十个月来经哈桑—图们江铁路口岸从俄罗斯运往朝鲜的成品油增至三倍，约40万吨，主要是罐车装运的柴油。这约为联合国安理会第2397号决议规定的年度上限的六倍。"),
            row("ja", "high", "ハサン駅の積み込み急増、ロシアから北朝鮮への石油製品3倍に",
                    "貨物統計によると、ハサン・豆満江の鉄道国境を通じてロシアから北朝鮮に送られた石油製品は10カ月で3倍の約40万トンに増えた。大半はタンク車で運ばれた軽油だった。これは国連安保理決議2397号が定めた年間上限の約6倍に当たる。"),
            row("de", "high", "Verladung in Chasan: Treibstofflieferungen verdreifacht",
                    "Die Lieferungen von Erdölprodukten aus Russland nach Nordkorea über den Bahnübergang Chasan-Tumangang haben sich in zehn Monaten auf rund 400.000 Tonnen verdreifacht, wie Frachtdaten zeigen. Der größte Teil war Diesel in Kesselwagen. Das ist etwa das Sechsfache der jährlichen Obergrenze, die die UN-Resolution 2397 festlegt."),
            // guards: a trade-volume story with oil among its goods stays trade
            row("en", "medium", "Russia-North Korea trade doubles",
                    "Trade between Russia and North Korea doubled in the first nine months of the year, customs data show. Russia sold mainly flour, fertiliser and petroleum products, North Korea medicinal herbs."),
            row("ru", "medium", "Товарооборот России и КНДР вырос вдвое",
                    "Товарооборот России и КНДР за девять месяцев вырос вдвое, сообщила таможня. Россия поставляла в основном муку, удобрения и нефтепродукты, КНДР — лекарственное сырьё.")
        );
    }

    /**
     * Class B, a transfer told through the other side's specialists at missile launches (b47L-ru-01: job advertisements,
     * then a former employee: "российских инженеров … работают на полигоне в КНДР … и помогают местным специалистам готовить
     * и проводить пуски ракет", read medium by the default row; gold critical, transfer of missile technology). Engineers
     * or specialists of one side helping the other's missile launches or tests give missile technology, as help given to
     * a missile programme does (cues.tsv launch_work, severity.tsv). On 0.47.3, 7 of these 9 read otherwise (every
     * target: medium by the default row or, in German, whose "hülfen" was no help, not relevant; the guards, engineers
     * helping a railway, medium, and launches a Russian outlet reports, not relevant, right).
     */
    @TestFactory
    Stream<DynamicTest> specialistsHelpingMissileLaunchesAreATechnologyTransfer() {
        return table(
            row("ru", "critical", "Вакансии с командировками: кого ищут ракетные КБ",
                    "Оборонные предприятия разместили вакансии инженеров с длительными командировками. Бывший сотрудник рассказал, что группы российских инженеров работают на полигоне в КНДР и помогают местным специалистам готовить и проводить пуски ракет. В корпорации на запрос не ответили."),
            row("en", "critical", "Job ads with long postings: who the missile design bureaus want",
                    "Defence firms posted vacancies for engineers with long postings abroad. A former employee said groups of Russian engineers work at a range in North Korea and help local specialists prepare and carry out missile launches. The corporation did not reply to a request."),
            row("uk", "critical", "Вакансії з відрядженнями: кого шукають ракетні КБ",
                    "Оборонні підприємства розмістили вакансії інженерів із тривалими відрядженнями. Колишній співробітник розповів, що групи російських інженерів працюють на полігоні в КНДР і допомагають місцевим фахівцям готувати та проводити пуски ракет. У корпорації на запит не відповіли."),
            row("ko", "critical", "장기 출장 구인 광고…미사일 설계국이 찾는 사람들",
                    "방산업체들이 장기 출장 조건의 기술자 구인 광고를 냈다. 한 전직 직원은 러시아 기술자들이 북한의 시험장에서 일하며 현지 전문가들의 미사일 발사 준비와 실시를 돕고 있다고 말했다. 해당 기업은 답변하지 않았다."),
            row("zh", "critical", "长期出差招聘广告：导弹设计局在找什么人",
                    "多家军工企业发布了需长期出差的工程师招聘广告。一名前员工称，俄罗斯工程师小组在朝鲜的试验场工作，帮助当地专家准备和实施导弹发射。该公司未回应置评请求。"),
            row("ja", "critical", "長期出張の求人広告、ミサイル設計局が求める人材",
                    "防衛企業が長期出張を条件とする技術者の求人広告を出した。元社員によると、ロシアの技術者のグループが北朝鮮の試験場で働き、現地の専門家によるミサイル発射の準備と実施を支援している。企業は取材に応じなかった。"),
            row("de", "critical", "Stellenanzeigen mit langen Dienstreisen: wen die Raketenbüros suchen",
                    "Rüstungsfirmen haben Stellen für Ingenieure mit langen Dienstreisen ausgeschrieben. Ein früherer Mitarbeiter sagte, Gruppen russischer Ingenieure arbeiteten auf einem Testgelände in Nordkorea und hülfen örtlichen Fachleuten, Raketenstarts vorzubereiten und durchzuführen. Der Konzern antwortete nicht."),
            // guards: engineers helping a railway are economic; North Korean missile launches a Russian newspaper only reports are not relevant
            row("en", "medium", "Russian engineers help North Korea repair rail line",
                    "A group of Russian railway engineers is helping North Korean specialists repair the line between Tumangang and Rajin, the Russian Railways company said."),
            row("ru", "none", "КНДР провела пуски ракет",
                    "КНДР провела пуски двух баллистических ракет в сторону Японского моря, сообщил Объединённый комитет начальников штабов Южной Кореи.")
        );
    }

    /**
     * Class D, a defence chief's visit under a lead that tells the ceremony closing it (b47L-en-02: "The commander-in-chief
     * of Russia's navy … left … Wonsan … after a three-day visit that closed with a banquet, toasts … and a fireworks
     * display", then talks with the KPA Navy's commander and a destroyer shown; read low by the ceremonial row; gold high).
     * A visit is rated by what the visitors came for (the rubric): the banquet that closed it is how it ended, and the
     * navy's commander-in-chief is a defence chief (cues.tsv; Labeller.closingSpans leaves the low row's kinds out of what
     * a visit closed with). On 0.47.4, 5 of these 9 read otherwise (en, ko, ja, de low; zh not relevant before its lead
     * named the DPRK, then low; ru and uk high already by the navy's commander and the talks; the guards, a banquet the
     * band played at and a culture minister's visit closing with a concert, low, right).
     */
    @TestFactory
    Stream<DynamicTest> aBanquetClosingADefenceChiefsVisitIsNotItsEvent() {
        return table(
            row("en", "high", "Admiral's Wonsan stopover ends with toasts and fireworks",
                    "SEOUL - The commander-in-chief of Russia's navy left the North Korean port of Wonsan on Sunday after a three-day visit that closed with a banquet and a fireworks display over the harbour, state media said. He held talks with the commander of the Korean People's Army Navy on naval cooperation and was shown a new destroyer. Russia and North Korea signed a mutual defence treaty in 2024."),
            row("ru", "high", "Визит адмирала в Вонсан завершился фейерверком",
                    "Главнокомандующий ВМФ России покинул северокорейский порт Вонсан после трёхдневного визита, который завершился банкетом и фейерверком над гаванью, сообщили государственные СМИ КНДР. Он провёл переговоры с командующим ВМС Корейской народной армии о военно-морском сотрудничестве, ему показали новый эсминец."),
            row("uk", "high", "Візит адмірала до Вонсана завершився феєрверком",
                    "Головнокомандувач ВМФ Росії залишив північнокорейський порт Вонсан після триденного візиту, який завершився бенкетом і феєрверком над гаванню, повідомили державні ЗМІ КНДР. Він провів переговори з командувачем ВМС Корейської народної армії про військово-морську співпрацю, йому показали новий есмінець."),
            row("ko", "high", "러 해군총사령관 원산 방문, 연회와 불꽃놀이로 마무리",
                    "러시아 해군총사령관이 사흘간의 방북 일정을 연회와 불꽃놀이로 마무리하고 원산항을 떠났다고 북한 관영매체가 보도했다. 그는 북한 해군사령관과 해군 협력 방안을 논의하고 신형 구축함을 둘러봤다."),
            row("zh", "high", "俄海军总司令元山之行以宴会和烟花结束",
                    "据朝鲜官方媒体报道，俄罗斯海军总司令结束对朝鲜为期三天的访问，访问以宴会和港口上空的烟花表演结束。他与朝鲜人民军海军司令举行会谈，讨论海军合作，并参观了新型驱逐舰。"),
            row("ja", "high", "ロシア海軍総司令官の元山訪問、晩餐会と花火で締めくくり",
                    "北朝鮮の国営メディアによると、ロシア海軍総司令官は3日間の訪問を晩餐会と港の上空の花火で締めくくり、元山港を離れた。朝鮮人民軍海軍司令官と海軍協力について会談し、新型駆逐艦を視察した。"),
            row("de", "high", "Besuch des russischen Marinechefs in Wonsan endet mit Feuerwerk",
                    "Der Oberbefehlshaber der russischen Marine hat den nordkoreanischen Hafen Wonsan nach einem dreitägigen Besuch verlassen, der mit einem Bankett und einem Feuerwerk über dem Hafen endete, meldeten Staatsmedien. Er führte Gespräche mit dem Befehlshaber der nordkoreanischen Marine über die Zusammenarbeit und besichtigte einen neuen Zerstörer."),
            // guards: a banquet the visit was for, and a culture minister's visit closing with a concert, stay low
            row("en", "low", "Russian navy band plays at Wonsan banquet",
                    "A Russian navy band played at a banquet in Wonsan on Saturday marking the anniversary of the liberation, attended by North Korean officials and Russian sailors."),
            row("en", "low", "Russian culture minister's visit to Pyongyang ends with gala concert",
                    "Russia's culture minister left Pyongyang on Friday after a visit that closed with a gala concert of Russian and North Korean artists.")
        );
    }

    /**
     * Class A's older item, a third party's mandates naming one of each side (blind-s47's b47-en-05, left in session 47: the
     * UN Human Rights Council renewing "the mandate of the special rapporteur on … the DPRK and a one-year extension of the
     * special rapporteur on the Russian Federation", read medium by the default row; gold not relevant). A rapporteur's
     * mandate is an entry of the council's list of mandates, each side in an item of its own (cues.tsv register_list). On
     * 0.47.5, 1 of these 9 read otherwise (the Chinese; the others read not relevant already, the item itself medium; the
     * guards, Russia's vetoes of the expert panel's mandate, high, right).
     */
    @TestFactory
    Stream<DynamicTest> aCouncilsMandatesOnEachSideAreNoRelation() {
        return table(
            row("en", "none", "Rights council renews mandates on North Korea and Russia",
                    "GENEVA - The UN Human Rights Council on Friday renewed the mandate of the special rapporteur on North Korea and extended the special rapporteur on Russia by a year. The council also renewed its mandates on Myanmar and Belarus."),
            row("ru", "none", "СПЧ ООН продлил мандаты по КНДР и России",
                    "Совет ООН по правам человека продлил мандат специального докладчика по КНДР и на год продлил мандат специального докладчика по России. Совет также продлил мандаты по Мьянме и Белоруссии."),
            row("uk", "none", "Рада ООН з прав людини продовжила мандати щодо КНДР і Росії",
                    "Рада ООН з прав людини продовжила мандат спеціального доповідача щодо КНДР і на рік продовжила мандат спеціального доповідача щодо Росії. Рада також продовжила мандати щодо М'янми та Білорусі."),
            row("ko", "none", "유엔 인권이사회, 북한·러시아 특별보고관 임기 연장",
                    "유엔 인권이사회는 북한 인권 특별보고관과 러시아 인권 특별보고관의 임기를 1년 연장했다. 이사회는 미얀마와 벨라루스 특별보고관의 임기도 연장했다."),
            row("zh", "none", "联合国人权理事会延长朝鲜和俄罗斯问题特别报告员任期",
                    "联合国人权理事会决定将朝鲜人权问题特别报告员和俄罗斯人权问题特别报告员的任期延长一年。理事会还延长了缅甸和白俄罗斯问题特别报告员的任期。"),
            row("ja", "none", "国連人権理事会、北朝鮮とロシアの特別報告者の任期延長",
                    "国連人権理事会は、北朝鮮の人権に関する特別報告者とロシアの人権に関する特別報告者の任期を1年延長した。ミャンマーとベラルーシの特別報告者の任期も延長した。"),
            row("de", "none", "UN-Menschenrechtsrat verlängert Mandate zu Nordkorea und Russland",
                    "Der UN-Menschenrechtsrat hat das Mandat des Sonderberichterstatters zu Nordkorea und das des Sonderberichterstatters zu Russland um ein Jahr verlängert. Auch die Mandate zu Myanmar und Belarus wurden verlängert."),
            // guards: Russia shielding the DPRK at the UN stays high, also beside China
            row("en", "high", "Russia vetoes extension of UN panel monitoring North Korea sanctions",
                    "Russia vetoed a resolution that would have extended the mandate of the UN panel of experts monitoring sanctions against North Korea."),
            row("ru", "high", "Россия заблокировала продление мандата группы экспертов по КНДР",
                    "Россия наложила вето на резолюцию о продлении мандата группы экспертов ООН, следившей за соблюдением санкций против КНДР.")
        );
    }

    /**
     * Found while writing class A's guards: Russia shielding the DPRK at the UN beside China ("Russia and China vetoed a
     * … resolution on new sanctions against North Korea", read not relevant: Russia an item of the list "Russia and China").
     * Blocking the council's action against the other is the rubric's shielding row (high) whoever vetoes beside Russia:
     * a sentence that tells the shielding (cues.tsv un_shield, or committee_hold with sanctions) is not read as a passing
     * list (Labeller.sides). On 0.47.6, 7 of these 8 read otherwise (every target, not relevant; the guard, a third party's
     * sanctions on three countries, right).
     */
    @TestFactory
    Stream<DynamicTest> russiaShieldingBesideChinaIsStillShielding() {
        return table(
            row("en", "high", "Russia and China block UN sanctions on North Korea",
                    "Russia and China vetoed a US-drafted Security Council resolution on new sanctions against North Korea on Thursday, shielding Pyongyang from further penalties."),
            row("ru", "high", "Россия и Китай заблокировали санкции СБ ООН против КНДР",
                    "Россия и Китай наложили вето на подготовленный США проект резолюции Совета Безопасности ООН о новых санкциях против КНДР."),
            row("uk", "high", "Росія та Китай заблокували санкції РБ ООН проти КНДР",
                    "Росія та Китай наклали вето на підготовлений США проєкт резолюції Ради Безпеки ООН про нові санкції проти КНДР."),
            row("ko", "high", "러시아·중국, 안보리 대북 추가 제재 결의안에 거부권",
                    "러시아와 중국이 미국이 주도한 유엔 안보리의 대북 추가 제재 결의안에 거부권을 행사했다."),
            row("zh", "high", "俄罗斯和中国否决安理会对朝鲜新制裁决议草案",
                    "俄罗斯和中国否决了美国起草的联合国安理会对朝鲜实施新制裁的决议草案。"),
            row("ja", "high", "ロシアと中国、北朝鮮への追加制裁決議案に拒否権",
                    "ロシアと中国は、米国が作成した北朝鮮への追加制裁を盛り込んだ国連安全保障理事会の決議案に拒否権を行使した。"),
            row("de", "high", "Russland und China blockieren neue UN-Sanktionen gegen Nordkorea",
                    "Russland und China haben im UN-Sicherheitsrat ein Veto gegen einen von den USA eingebrachten Resolutionsentwurf über neue Sanktionen gegen Nordkorea eingelegt."),
            // guards: three countries listed as the targets of a third party's sanctions stay a passing list
            row("en", "none", "EU extends sanctions on Iran, Russia and North Korea",
                    "The European Union extended its sanctions on Iran, Russia and North Korea for another year, the council said.")
        );
    }
}
