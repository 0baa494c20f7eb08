package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.46 (session 46, labels): classes of blind-s46L's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS46LClassesTest {

    /**
     * Class 1, a joint exercise told by a verb (b46L-ru-01: "совместно отрабатывают десантирование военнослужащие …
     * дивизии и подразделение … Корейской народной армии", read high by a defence body's row): soldiers of both
     * practising together are the joint exercise (cues.tsv joint_practice with soldiers in the sentence), and athletes
     * training together a sport. On 0.45.4, 8 of these 9 read otherwise (every target, medium, and the English wrestlers,
     * critical by "train together"; the Russian wrestlers right).
     */
    @TestFactory
    Stream<DynamicTest> soldiersPractisingTogetherAreAJointExercise() {
        return table(
            row("ru", "critical", "Десантники отрабатывают прыжки на полигоне под Рязанью",
                    "Военнослужащие воздушно-десантной бригады России и подразделение Корейской народной армии совместно отрабатывают высадку на полигоне под Рязанью, сообщил телеканал."),
            row("uk", "critical", "Десантники відпрацьовують стрибки на полігоні під Рязанню",
                    "Військовослужбовці десантної бригади Росії та підрозділ Корейської народної армії спільно відпрацьовують висадку на полігоні під Рязанню, повідомив телеканал."),
            row("en", "critical", "Paratroopers rehearse landings at a range near Ryazan",
                    "Soldiers of a Russian airborne brigade and a unit of the Korean People's Army are jointly practising landings at a range near Ryazan, a television channel reported."),
            row("ko", "critical", "공수부대, 랴잔 인근 훈련장서 강하 훈련",
                    "러시아 공수여단 장병들과 북한군 특수부대가 랴잔 인근 훈련장에서 함께 강하 훈련을 하고 있다고 현지 방송이 전했다."),
            row("zh", "critical", "伞兵在梁赞附近训练场演练空降",
                    "俄罗斯空降旅官兵与朝鲜人民军一支部队正在梁赞附近的训练场共同演练空降，当地电视台报道。"),
            row("ja", "critical", "空挺部隊、リャザン近郊の演習場で降下訓練",
                    "ロシア空挺旅団の兵士と北朝鮮軍の部隊がリャザン近郊の演習場で共同で降下訓練を行っていると現地テレビが伝えた。"),
            row("de", "critical", "Fallschirmjäger üben Landungen bei Rjasan",
                    "Soldaten einer russischen Luftlandebrigade und eine Einheit der nordkoreanischen Armee üben gemeinsam Landungen auf einem Übungsplatz bei Rjasan, berichtet ein Fernsehsender."),
            // athletes training together are a sport: the English read critical by "train together" before (a target); the Russian a guard
            row("en", "low", "Russian and North Korean wrestlers train together in Kazan",
                    "Russian and North Korean wrestlers are practising together at a sports centre in Kazan ahead of a friendly tournament, the federation said."),
            row("ru", "low", "Борцы России и КНДР совместно тренируются в Казани",
                    "Борцы сборных России и КНДР совместно отрабатывают приёмы на спортивной базе в Казани перед товарищеским турниром.")
        );
    }

    /**
     * Class 1, a strategic transfer told through an analysis of a part named by its kind (b46L-ja-02: 「ロシアから技術支援を
     * 受けた可能性が高い」 on a solid-fuel engine, read medium by the statements row; b46L-ko-01: Russian pumps and controls
     * for a light-water reactor and its operators' training, read low by the education row). Rocket engines no car or ship
     * has and nuclear reactors are strategic technology in every language (cues.tsv), and the help the analysis names its
     * transfer (the rubric: an allegation or intelligence finding about a transfer takes the transfer's row). On 0.45.4,
     * 13 of these 15 read otherwise (every target; the guards right).
     */
    @TestFactory
    Stream<DynamicTest> anEngineOrReactorHelpedIsATechnologyTransfer() {
        return table(
            row("ja", "critical", "北朝鮮の固体燃料エンジン、防衛省「ロシアの支援受けた可能性」",
                    "防衛省は、北朝鮮が公開した固体燃料エンジンの燃焼試験について、ロシアから技術支援を受けた可能性が高いと分析した。"),
            row("en", "critical", "Seoul says Russia likely helped North Korea's solid-fuel engine",
                    "South Korea's military said North Korea's new solid-fuel engine was most likely developed with technical help from Russia, citing an analysis of test footage."),
            row("ru", "critical", "В Сеуле считают, что Россия помогла КНДР с твердотопливным двигателем",
                    "Военные Южной Кореи заявили, что новый твердотопливный двигатель КНДР, вероятно, создан при технической помощи России."),
            row("uk", "critical", "Сеул вважає, що Росія допомогла КНДР з твердопаливним двигуном",
                    "Військові Південної Кореї заявили, що новий твердопаливний двигун КНДР, ймовірно, створено за технічної допомоги Росії."),
            row("ko", "critical", "합참 \"北 고체연료 엔진, 러시아 기술 지원 받은 듯\"",
                    "합동참모본부는 북한이 공개한 고체연료 엔진 시험이 러시아의 기술 지원을 받았을 가능성이 크다고 분석했다."),
            row("zh", "critical", "韩军：朝鲜固体燃料发动机或获俄罗斯技术支持",
                    "韩国军方分析称，朝鲜公开的固体燃料发动机试验很可能得到了俄罗斯的技术支持。"),
            row("de", "critical", "Seoul: Russland half Nordkorea wohl beim Feststofftriebwerk",
                    "Südkoreas Militär geht davon aus, dass Nordkorea sein neues Feststofftriebwerk mit technischer Hilfe aus Russland entwickelt hat."),
            row("ko", "critical", "국정원 \"러 기술자들, 北 원자로 정비 관여\"",
                    "국가정보원은 러시아 국영 기업 기술자들이 북한 원자로의 정비에 관여하고 러시아제 제어 장비를 들여왔다고 보고했다."),
            row("ru", "critical", "Разведка: российские инженеры помогают КНДР с ядерным реактором",
                    "По данным южнокорейской разведки, инженеры российской госкорпорации поставили в КНДР насосы для ядерного реактора и обучают северокорейских операторов."),
            row("uk", "critical", "Розвідка: російські інженери допомагають КНДР з ядерним реактором",
                    "За даними південнокорейської розвідки, інженери російської держкорпорації поставили в КНДР насоси для ядерного реактора і навчають північнокорейських операторів."),
            row("zh", "critical", "韩情报机构：俄工程师协助朝鲜核反应堆",
                    "韩国国家情报院称，俄罗斯国有企业的工程师向朝鲜提供了核反应堆的控制设备，并培训朝方操作人员。"),
            row("ja", "critical", "韓国情報機関「ロシア技術者が北朝鮮の原子炉を支援」",
                    "韓国の国家情報院は、ロシアの国営企業の技術者が北朝鮮の原子炉に制御装置を提供し、運転員の訓練も担っていると報告した。"),
            row("de", "critical", "Geheimdienst: Russische Ingenieure helfen Nordkorea beim Kernreaktor",
                    "Nach Angaben des südkoreanischen Geheimdienstes haben Ingenieure eines russischen Staatskonzerns Pumpen für einen Kernreaktor nach Nordkorea geliefert und schulen nordkoreanisches Bedienpersonal."),
            // guards: a car engine; a reactor in Russia alone
            row("en", "medium", "Russian and North Korean firms agree on truck engine repair workshop",
                    "A Russian carmaker and a North Korean trading company signed an agreement in Vladivostok to open a workshop repairing truck engines in Rason."),
            row("ko", "none", "러시아, 새 원자로 가동",
                    "러시아 로사톰은 쿠르스크 원전의 새 원자로를 가동했다고 밝혔다. 북한은 지난주 미사일을 발사했다.")
        );
    }

    /**
     * Class 4, a military word in the story's frame: skilled workers are labour (b46L-de-01: "IT-Fachkräfte … mit
     * Arbeitsvisa nach Russland geschickt" named no kind of event, so the body's soldiers and shells set the row,
     * critical; gold medium). IT workers and programmers are workers in every language, and a German work visa a visa
     * (cues.tsv), so the settled case (workers sent to Russia are labour) rates the lead. On 0.46.0, 1 of these 9 read
     * otherwise (the German; the other languages' words for the work or the visa were read already; the guards right).
     */
    @TestFactory
    Stream<DynamicTest> itWorkersSentOnWorkVisasAreLabour() {
        return table(
            row("de", "medium", "Nordkoreanische IT-Fachkräfte arbeiten für russische Firmen",
                    "Mehrere hundert nordkoreanische IT-Fachkräfte schreiben nach einem Bericht einer Forschungsgruppe Software für russische Firmen in Nowosibirsk. Sie wurden von nordkoreanischen Staatsfirmen mit Arbeitsvisa nach Russland geschickt. Nordkorea hat seit 2024 auch Soldaten und Granaten für Russlands Krieg geliefert."),
            row("en", "medium", "North Korean programmers write apps for Russian firms",
                    "Hundreds of North Korean IT workers are writing software for Russian companies in Novosibirsk, a research group said. They were sent to Russia on work visas by state trading firms. North Korea has also sent troops and shells for Russia's war since 2024."),
            row("ru", "medium", "Северокорейские программисты работают на российские компании",
                    "Несколько сотен северокорейских программистов пишут приложения для российских компаний в Новосибирске, говорится в докладе исследовательской группы. Их направили в Россию по рабочим визам государственные торговые фирмы КНДР. С 2024 года КНДР также отправила в Россию войска и снаряды."),
            row("uk", "medium", "Північнокорейські програмісти працюють на російські компанії",
                    "Кілька сотень північнокорейських програмістів пишуть застосунки для російських компаній у Новосибірську, йдеться у звіті дослідницької групи. Їх направили до Росії за робочими візами державні торгові фірми КНДР. З 2024 року КНДР також відправила до Росії війська і снаряди."),
            row("ko", "medium", "북한 IT 인력, 러시아 소프트웨어 업체서 일해",
                    "북한 IT 인력 수백 명이 노보시비르스크의 러시아 소프트웨어 업체에서 앱을 개발하고 있다고 한 연구소가 밝혔다. 이들은 북한 국영 무역회사를 통해 취업 비자로 러시아에 보내졌다. 북한은 2024년부터 러시아에 병력과 포탄도 보냈다."),
            row("zh", "medium", "朝鲜程序员为俄罗斯软件公司工作",
                    "一家研究机构称，数百名朝鲜IT人员在新西伯利亚为俄罗斯软件公司编写应用程序。他们由朝鲜国营贸易公司以工作签证派往俄罗斯，大部分工资须上交朝鲜国家。朝鲜自2024年起还向俄罗斯派遣了军队并提供炮弹。"),
            row("ja", "medium", "北朝鮮のIT技術者、ロシアのソフト会社で就労",
                    "研究機関によると、北朝鮮のIT技術者数百人がノボシビルスクのロシアのソフトウェア会社でアプリを開発している。北朝鮮の国営貿易会社が就労ビザでロシアに派遣した。北朝鮮は2024年以降、ロシアに兵士や砲弾も送ったとされる。"),
            // guards: military engineers at the front stay personnel deployed; schoolchildren at a programming contest stay an exchange
            row("en", "critical", "North Korean military engineers build Russian fortifications in Kursk",
                    "North Korean military engineers are building fortifications for Russian troops in the Kursk region, Ukraine's intelligence said."),
            row("ru", "low", "Школьники России и КНДР соревновались на олимпиаде по программированию",
                    "Школьники из России и КНДР приняли участие в международной олимпиаде по программированию в Казани, сообщили организаторы.")
        );
    }

    /**
     * Class 4, a ceremony in a defence ministry's venue (b46L-ja-01: a mosaic unveiled in a defence-ministry park with a
     * deputy defence minister and a military band, read high by the defence body's row; gold low, art and ceremony). A
     * mosaic, mural or fresco is art and an unveiling ceremony a ceremony (cues.tsv), so the visit rules, which rate a
     * visit by what it is for, do not fire. On 0.46.0, 4 of these 9 read otherwise (ja, en, ko, de: the Russian, Ukrainian
     * and Chinese named the opening a ceremony or the panel art already; the guards, defence talks, right).
     */
    @TestFactory
    Stream<DynamicTest> anArtworkUnveiledInADefenceParkIsArt() {
        return table(
            row("ja", "low", "ロシア国防省の公園で北朝鮮の壁画除幕",
                    "ロシア国防省が運営する公園で、北朝鮮の画家が制作したモザイク壁画の除幕式が行われ、ロシアの国防次官と北朝鮮大使が出席した。"),
            row("en", "low", "North Korean mosaic unveiled at Russian defence ministry park",
                    "A mosaic made by North Korean artists was unveiled at a park run by Russia's defence ministry on Friday, with a Russian deputy defence minister and North Korea's ambassador attending."),
            row("ru", "low", "В парке Минобороны России открыли мозаичное панно художников КНДР",
                    "В парке Минобороны России под Москвой открыли мозаичное панно, созданное художниками КНДР; на открытии присутствовали заместитель министра обороны России и посол КНДР."),
            row("uk", "low", "У парку Міноборони Росії відкрили мозаїку художників КНДР",
                    "У парку Міністерства оборони Росії під Москвою урочисто відкрили мозаїчне панно, створене художниками КНДР; на відкритті були заступник міністра оборони Росії та посол КНДР."),
            row("ko", "low", "러시아 국방부 공원에 북한 모자이크 벽화 제막",
                    "러시아 국방부가 운영하는 모스크바 근교 공원에서 북한 화가들이 만든 모자이크 벽화 제막식이 열렸으며 러시아 국방차관과 주러 북한대사가 참석했다."),
            row("zh", "low", "朝鲜艺术家马赛克壁画在俄国防部公园揭幕",
                    "朝鲜艺术家创作的马赛克壁画在俄罗斯国防部管理的莫斯科郊外公园举行揭幕仪式，俄罗斯国防部副部长和朝鲜驻俄大使出席。"),
            row("de", "low", "Nordkoreanisches Mosaik im Park des russischen Verteidigungsministeriums enthüllt",
                    "Im Park des russischen Verteidigungsministeriums bei Moskau ist ein Mosaik nordkoreanischer Künstler enthüllt worden; ein russischer Vize-Verteidigungsminister und der Botschafter Nordkoreas nahmen an der Zeremonie teil."),
            // guards: defence talks at the same kind of place stay defence business
            row("en", "high", "Russian deputy defence minister holds talks with North Korean military delegation",
                    "Russia's deputy defence minister held talks with a North Korean military delegation on defence cooperation at a park run by the defence ministry near Moscow."),
            row("ko", "high", "러시아 국방차관, 북한 군사대표단과 회담",
                    "러시아 국방차관이 모스크바 근교 국방부 시설에서 북한 군사대표단과 국방 협력 방안을 논의했다.")
        );
    }

    /**
     * Class 4, the prisoner who carried the document (b46L-ko-02: a supply contract for shells found on the phone of "포로로
     * 잡힌 러시아군 … 장교", read critical by the personnel row; gold high, an arms supply deal). A soldier or officer of the
     * Russian side taken prisoner, and in Korean, Chinese and Japanese the front where he was taken, are masked (cues.tsv
     * mask), so the contract rates the story; a mobile phone is no phone call, and rocket rounds are weapons. On 0.46.0,
     * 6 of these 11 read otherwise (ko, ru, uk, ja and both cases naming the front; en, zh and de read high already; the
     * guards, North Korean soldiers captured or killed, right).
     */
    @TestFactory
    Stream<DynamicTest> aRussianPrisonerCarryingAContractIsNoDeployment() {
        return table(
            row("ko", "high", "우크라 \"러 포로 휴대전화서 북한 포탄 계약서 발견\"",
                    "우크라이나 정보당국은 포로로 잡힌 러시아군 장교의 휴대전화에서 북한 무역회사와 러시아 국방부 기관이 맺은 포탄 공급 계약서를 찾았다고 밝혔다."),
            row("en", "high", "Contract for North Korean shells found on captured Russian officer's phone",
                    "Ukraine's military intelligence said it found a contract for the supply of North Korean artillery shells to Russia's defence ministry on the phone of a captured Russian officer."),
            row("ru", "high", "На телефоне пленного российского офицера нашли контракт на снаряды из КНДР",
                    "Украинская разведка сообщила, что в телефоне взятого в плен российского офицера обнаружен контракт на поставку артиллерийских снарядов из КНДР для Минобороны России."),
            row("uk", "high", "У телефоні полоненого російського офіцера знайшли контракт на снаряди з КНДР",
                    "Українська розвідка повідомила, що в телефоні взятого в полон російського офіцера виявили контракт на постачання артилерійських снарядів із КНДР для Міноборони Росії."),
            row("zh", "high", "乌情报部门：被俘俄军军官手机中发现朝鲜炮弹合同",
                    "乌克兰军事情报部门称，在一名被俘俄军军官的手机中发现了朝鲜向俄罗斯国防部供应炮弹的合同。"),
            row("ja", "high", "捕虜のロシア軍将校の携帯から北朝鮮砲弾の契約書",
                    "ウクライナ軍情報総局は、捕虜となったロシア軍将校の携帯電話から、北朝鮮がロシア国防省に砲弾を供給する契約書が見つかったと発表した。"),
            row("de", "high", "Vertrag über nordkoreanische Granaten auf Handy eines gefangenen russischen Offiziers",
                    "Der ukrainische Militärgeheimdienst hat nach eigenen Angaben auf dem Handy eines gefangenen russischen Offiziers einen Vertrag über die Lieferung nordkoreanischer Artilleriegranaten an das russische Verteidigungsministerium gefunden."),
            // guards: North Korean soldiers captured, or papers found on North Korean soldiers killed at the front, stay critical
            row("en", "critical", "Ukraine says it captured two North Korean soldiers in Kursk",
                    "Ukraine's special forces captured two North Korean soldiers fighting for Russia in the Kursk region, President Zelensky said."),
            row("ko", "critical", "\"쿠르스크서 전사한 북한군 병사 소지품서 러시아 위조 신분증\"",
                    "우크라이나 특수부대는 쿠르스크에서 전사한 북한군 병사들의 소지품에서 러시아 군이 발급한 위조 신분증을 찾았다고 밝혔다."),
            // the front where he was taken, in the clause before him
            row("ko", "high", "\"러시아군 포로 휴대전화에 북한 로켓탄 공급 계약서\"",
                    "우크라이나군은 남부 전선에서 포로로 잡힌 러시아군 병사의 휴대전화에서 북한이 러시아에 방사포탄을 공급하는 계약서를 발견했다고 밝혔다."),
            row("ja", "high", "ロシア軍捕虜の携帯に北朝鮮ロケット弾の契約書",
                    "ウクライナ軍は、南部の前線で捕虜となったロシア軍兵士の携帯電話から、北朝鮮がロシアにロケット弾を供給する契約書を見つけたと発表した。")
        );
    }

    /**
     * Class 2, a side named by an unusual body (b46L-ru-02: "Делегация отдела военной промышленности ЦК Трудовой партии
     * Кореи посетила концерн «Калашников»", not relevant: the lead named no Russian side). Russia's state defence firms
     * by name came in 0.46.3 (labels46b, blind-s47's class D, with no role: what is shown or signed sets the row); here
     * the Kalashnikov concern's Korean, Chinese, Japanese and German names, and the ruling party's munitions-industry
     * department as the DPRK's defence body, German naming the party. On 0.46.3, 6 of these 13 read otherwise (the Russian
     * and Ukrainian delegations medium, the Korean, Chinese, Japanese and German not relevant); the guards right before
     * and after.
     */
    @TestFactory
    Stream<DynamicTest> armsMakersByTheirNamesAndThePartysMunitionsDepartmentAreSides() {
        return table(
            // targets: a DPRK munitions-industry delegation at a Russian state arms maker named by its own name
            row("ru", "high", "Оружейный концерн принял гостей",
                    "Делегация отдела военной промышленности ЦК Трудовой партии Кореи посетила концерн «Калашников» в Ижевске, сообщили в правительстве республики. Гостям показали сборочные цеха."),
            row("uk", "high", "Збройовий концерн прийняв гостей",
                    "Делегація відділу оборонної промисловості ЦК Трудової партії Кореї відвідала концерн «Калашников» в Іжевську, повідомили в уряді республіки. Гостям показали складальні цехи."),
            row("en", "high", "Arms maker hosts foreign guests",
                    "A delegation of the Workers' Party of Korea's Munitions Industry Department toured the Kalashnikov Concern in Izhevsk, the regional government said. The guests were shown its assembly halls."),
            row("ko", "high", "군수공업부 대표단, 칼라시니코프 그룹 방문",
                    "조용원이 이끄는 군수공업부 대표단이 이젭스크의 칼라시니코프 그룹 공장을 방문했다고 현지 정부가 밝혔다. 대표단은 조립 공장을 둘러봤다."),
            row("zh", "high", "军工企业接待外国代表团",
                    "劳动党中央军需工业部代表团参观了位于伊热夫斯克的卡拉什尼科夫集团，当地政府表示。代表团参观了总装车间。"),
            row("ja", "high", "兵器企業に外国代表団",
                    "労働党中央委員会軍需工業部の代表団がイジェフスクのカラシニコフ社を訪れたと地元政府が明らかにした。代表団は組立工場を見学した。"),
            row("de", "high", "Waffenhersteller empfängt ausländische Gäste",
                    "Eine Delegation der Munitionsindustrieabteilung des ZK der Partei der Arbeit Koreas hat den Kalaschnikow-Konzern in Ischewsk besucht, teilte die Regionalregierung mit. Den Gästen wurden die Montagehallen gezeigt."),
            // other state arms makers by name
            row("en", "high", "Missile maker receives delegation",
                    "A North Korean military delegation visited Almaz-Antey's plant in Nizhny Novgorod, where it was shown air-defence systems."),
            row("ru", "high", "Делегация побывала на Уралвагонзаводе",
                    "Военная делегация КНДР посетила Уралвагонзавод в Нижнем Тагиле, где ей показали производство танков."),
            row("en", "medium", "Rostec signs deal on buses",
                    "Rostec signed an agreement with North Korea's transport ministry to supply buses to Pyongyang, the state corporation said."),
            // guards: a Kalashnikov rifle is a weapon, at home too; Russia's arms maker with a third country, the DPRK in background
            row("en", "none", "Parade shows new rifles",
                    "North Korean soldiers marched through Pyongyang carrying Kalashnikov rifles at a military parade on Saturday, state media said."),
            row("ru", "none", "Концерн «Калашников» показал новый автомат индийской делегации",
                    "Концерн «Калашников» показал делегации Индии новый автомат АК-19 в Ижевске. Ранее КНДР передала России миллионы снарядов."),
            row("ko", "none", "북한, 열병식서 신형 소총 공개",
                    "북한은 평양 열병식에서 칼라시니코프 소총을 든 병사들을 공개했다고 조선중앙통신이 보도했다.")
        );
    }

    /**
     * Class 2, a city adjective naming a Russian firm ("московская криптобиржа"): a private firm is a side of sanctions
     * evasion between the two (the rubric's settled case: "also by private ships"), and Moscow named is Russia in the
     * gazetteer; its adjective names it as the noun does, and Moscow's clock ("Moscow time") names no side. On 0.46.3, 5
     * of these 9 read otherwise (Russian, Ukrainian and German exchanges, none; the English launch at Moscow time, medium;
     * the Moscow zoo's gift, none).
     */
    @TestFactory
    Stream<DynamicTest> moscowsAdjectiveNamesMoscowAndItsClockNoSide() {
        return table(
            // English and Korean named Moscow already (guards); Russian, Ukrainian and German by its adjective (targets)
            row("en", "high", "US sues crypto exchange",
                    "A Moscow crypto exchange laundered $40 million stolen by North Korean hackers working for the country's intelligence agency and paid the cash to North Korean trading firms, US prosecutors said."),
            row("ru", "high", "США подали иск против криптобиржи",
                    "Московская криптобиржа отмыла 40 млн долларов, похищенных северокорейскими хакерами по заданию разведки КНДР, и передала наличные северокорейским торговым фирмам, заявила прокуратура США."),
            row("uk", "high", "США подали позов проти криптобіржі",
                    "Московська криптобіржа відмила 40 млн доларів, викрадених північнокорейськими хакерами за завданням розвідки КНДР, і передала готівку північнокорейським торговим фірмам, заявила прокуратура США."),
            row("de", "high", "USA verklagen Kryptobörse",
                    "Eine Moskauer Kryptobörse hat 40 Millionen Dollar gewaschen, die nordkoreanische Hacker im Auftrag des Geheimdienstes gestohlen hatten, und das Bargeld an nordkoreanische Handelsfirmen gezahlt, erklärte die US-Staatsanwaltschaft."),
            row("ko", "high", "미국, 암호화폐 거래소 제소",
                    "모스크바의 한 암호화폐 거래소가 북한 정찰총국 해커들이 훔친 4천만 달러를 세탁해 북한 무역회사에 현금으로 넘겼다고 미국 검찰이 밝혔다."),
            // the city's clock names no side: the English read medium before (a target), the Russian and Ukrainian are guards;
            // an institution of the city is Moscow's as the noun is (a target)
            row("ru", "none", "КНДР запустила баллистическую ракету",
                    "КНДР запустила баллистическую ракету в сторону Японского моря в 02:15 по московскому времени, сообщил Объединенный комитет начальников штабов Южной Кореи. Ракета пролетела около 800 км."),
            row("en", "none", "North Korea fires ballistic missile",
                    "North Korea fired a ballistic missile into the sea at 02:15 Moscow time, South Korea's joint chiefs of staff said. The missile flew about 800 km."),
            row("uk", "none", "КНДР запустила балістичну ракету",
                    "КНДР запустила балістичну ракету в бік Японського моря о 02:15 за московським часом, повідомив Об'єднаний комітет начальників штабів Південної Кореї."),
            row("ru", "low", "Тигры из Пхеньяна",
                    "Московский зоопарк получил в подарок от КНДР двух тигров, сообщила пресс-служба зоопарка.")
        );
    }

    /**
     * Class 5, a third party's report listing both (b46L-en-05: a blockchain firm's year-end figures, "Hackers linked to
     * North Korea stole … while ransomware gangs operating from Russia collected …", read high as the two's banking):
     * each side's own conduct in a clause of its own, set against the other's by a contrast word (while, whereas, а,
     * тогда как, 而, 一方, 반면, während), is an item of a comparison, as in a list (Labeller.contrastedApart). On 0.46.4,
     * 6 of these 16 read otherwise (two Russian targets, the Ukrainian, Chinese and Japanese, one German, all high by
     * sanctions evasion); the guards right before and after. A limit kept on purpose: a clause whose verb receives or
     * sends (получили выкуп) is a transfer and keeps the pair, since an exchange is often told in halves.
     */
    @TestFactory
    Stream<DynamicTest> eachSidesOwnConductSetAgainstTheOthersIsNoPair() {
        return table(
            // a third party's report or figures, each side's own conduct in a clause set against the other's; the English and
            // German with while, whereas or während read none before when the side stood right after the word
            row("en", "none", "Russian and North Korean state hackers lead cyberattack tally, security firm says",
                    "State-backed hackers from Russia carried out two fifths of the attacks on European power grids that a cybersecurity firm recorded this year, while North Korean groups stole more cryptocurrency than anyone else, the firm said in its annual report."),
            row("ru", "none", "Российские и северокорейские хакеры возглавили рейтинг киберугроз",
                    "Российские группировки провели две пятых атак на европейские энергосети, зафиксированных компанией по кибербезопасности в этом году, а северокорейские хакеры похитили больше всего криптовалюты, говорится в ежегодном отчёте компании."),
            row("uk", "none", "Російські та північнокорейські хакери очолили рейтинг кіберзагроз",
                    "Російські угруповання здійснили дві п'ятих атак на європейські енергомережі, зафіксованих компанією з кібербезпеки цього року, а північнокорейські хакери викрали найбільше криптовалюти, йдеться в щорічному звіті компанії."),
            row("ko", "none", "러시아·북한 해커, 올해 사이버 위협 순위 상위",
                    "보안업체의 연례 보고서에 따르면 러시아 해킹 조직은 올해 유럽 전력망 공격의 5분의 2를 차지한 반면 북한 해커들은 가장 많은 가상화폐를 훔쳤다."),
            row("zh", "none", "俄罗斯和朝鲜黑客位居网络威胁榜前列",
                    "一家网络安全公司在年度报告中说，俄罗斯黑客组织今年实施了针对欧洲电网攻击的五分之二，而朝鲜黑客窃取的加密货币最多。"),
            row("ja", "none", "ロシアと北朝鮮のハッカー、サイバー脅威の上位に",
                    "サイバーセキュリティー企業の年次報告書によると、ロシアのハッカー集団が今年、欧州の電力網への攻撃の5分の2を行った一方、北朝鮮のハッカーは最も多くの暗号資産を盗んだ。"),
            row("de", "none", "Russische und nordkoreanische Hacker führen Liste der Cyberangriffe an",
                    "Staatlich gestützte Hacker aus Russland haben in diesem Jahr zwei Fünftel der Angriffe auf europäische Stromnetze verübt, während nordkoreanische Gruppen die meisten Kryptowährungen gestohlen haben, heißt es im Jahresbericht eines Sicherheitsunternehmens."),
            row("en", "none", "North Korean and Russian groups top crypto crime tally",
                    "Hackers tied to North Korea took about 900 million dollars in cryptocurrency this year, more than any other group, while extortion gangs operating from Russia were paid about 400 million dollars, a blockchain analytics firm said."),
            row("de", "none", "Nordkoreanische und russische Gruppen führen Krypto-Kriminalitätsbilanz an",
                    "Hacker im Auftrag Nordkoreas erbeuteten in diesem Jahr rund 900 Millionen Dollar in Kryptowährungen, während Erpresserbanden aus Russland rund 400 Millionen Dollar an Lösegeld kassierten, teilte eine Analysefirma mit."),
            row("ru", "none", "Хакеры КНДР и вымогатели из России возглавили криптокриминальную статистику",
                    "Хакеры, работающие на КНДР, похитили в этом году около 900 млн долларов в криптовалюте, а вымогатели из России собрали около 400 млн долларов выкупа, сообщила аналитическая компания."),
            row("en", "none", "North Korean hackers and Russian gangs lead crypto theft figures",
                    "Hackers working for North Korea stole about 900 million dollars from exchanges this year, whereas extortion gangs based in Russia collected about 400 million dollars from hospitals, an analytics company said."),
            // guards: the two acting together or one with the other stay relevant
            row("en", "high", "North Korean hackers laundered stolen crypto through Russian exchange, report says",
                    "North Korean hackers laundered stolen cryptocurrency through a Russian exchange that paid out the cash to North Korean trading firms in Vladivostok, a blockchain analytics firm said in its annual report."),
            row("en", "critical", "Report: Russia fired North Korean missiles at Kyiv",
                    "Russia fired North Korean ballistic missiles at Kyiv this year, while Iran supplied drones, a monitoring group said in its annual report."),
            // guards: an exchange told in halves (goods moved), and both in one clause after the contrast word
            row("ru", "high", "Отчёт: снаряды в обмен на топливо",
                    "КНДР отправила более миллиона снарядов в этом году, а Россия в ответ поставила топливо и продовольствие, говорится в ежегодном отчёте исследовательской группы."),
            row("zh", "high", "报告：炮弹换燃料",
                    "一家研究机构在年度报告中说，朝鲜今年运出了一百多万发炮弹，而俄罗斯则回送了燃料和粮食。"),
            row("ru", "medium", "Отчёт: торговля растёт",
                    "Товарооборот Китая с Японией снизился, а Россия и КНДР договорились построить новый автомобильный мост через Туманную.")

        );
    }

    /**
     * Class 3, sanctions evasion told through the ban's content (b46L-en-02: Russian trawlers "fishing inside North Korea's
     * exclusive economic zone, switching off their transponders" and paying a North Korean state firm for fishing rights
     * "the UN Security Council banned", read medium as trade): fishing rights are goods the UN bans North Korea from
     * selling (cues.tsv banned_goods), and a headline or lead that says the UN or a Security Council resolution bans
     * what the two sell or buy makes it evasion (un_ban; severity.tsv lead:un_ban, as lead:listed_party). On 0.46.5, 8 of
     * these 11 read otherwise (every target: medium, or not relevant where no word of trade was named); the guards right
     * before and after.
     */
    @TestFactory
    Stream<DynamicTest> whatTheUnBannedSoldBetweenTheTwoIsEvasion() {
        return table(
            // fishing rights bought from the other side, goods a UN resolution bans, with the ban told or the boats gone dark
            row("en", "high", "Trawlers go dark in North Korean waters",
                    "Russian trawlers fished inside North Korea's exclusive economic zone for weeks this autumn with their transponders switched off, a maritime monitoring group said."),
            row("en", "high", "Russian fleets buy North Korean fishing rights",
                    "Russian fishing companies paid a North Korean state firm for fishing rights off Wonsan this year, which a UN Security Council resolution has banned since 2017, a research group said."),
            row("ru", "high", "Российские траулеры покупают права на вылов у КНДР",
                    "Российские рыболовецкие компании платили государственной фирме КНДР за права на вылов у Вонсана, хотя резолюция Совета Безопасности ООН запрещает это с 2017 года, сообщила исследовательская группа."),
            row("uk", "high", "Російські траулери купують права на вилов у КНДР",
                    "Російські рибальські компанії платили державній фірмі КНДР за права на вилов біля Вонсана, хоча резолюція Ради Безпеки ООН забороняє це з 2017 року, повідомила дослідницька група."),
            row("ko", "high", "러시아 어선들, 북한 조업권 사들여",
                    "러시아 수산회사들이 올해 원산 앞바다 조업권을 북한 국영회사로부터 사들였다고 한 연구단체가 밝혔다. 조업권 판매는 2017년부터 유엔 안보리 결의로 금지돼 있다."),
            row("zh", "high", "俄渔船购买朝鲜捕捞权",
                    "一家研究机构说，俄罗斯渔业公司今年向朝鲜国有公司支付费用，购买元山附近海域的捕捞权，而联合国安理会决议禁止出售捕捞权。"),
            row("ja", "high", "ロシア漁船、北朝鮮の漁業権を購入",
                    "ロシアの水産会社が今年、元山沖の漁業権を北朝鮮の国営企業から購入していたと研究団体が明らかにした。漁業権の販売は2017年から国連安保理決議で禁止されている。"),
            row("de", "high", "Russische Trawler kaufen nordkoreanische Fangrechte",
                    "Russische Fischereiunternehmen haben einer nordkoreanischen Staatsfirma in diesem Jahr Fangrechte vor Wonsan abgekauft, obwohl deren Verkauf seit 2017 durch UN-Resolutionen verboten ist, teilte eine Forschungsgruppe mit."),
            // guards: fisheries talks stay trade; workers stay labour when the article notes the UN bans their hiring (settled case)
            row("en", "medium", "Russia and North Korea discuss fisheries",
                    "Russian and North Korean fisheries officials met in Vladivostok to discuss cooperation in fish farming, the Russian agency said."),
            row("en", "medium", "North Korean workers arrive at Russian building sites",
                    "Hundreds of North Korean construction workers arrived in Vladivostok this month to work at Russian building sites, although Security Council resolutions ban such hiring, local media reported."),
            row("ko", "medium", "북한 노동자 수백명 러시아 건설현장 투입",
                    "북한 건설 노동자 수백 명이 이달 블라디보스토크에 도착해 러시아 건설 현장에서 일하기 시작했다고 현지 언론이 전했다. 북한 노동자 고용은 안보리 결의로 금지돼 있다.")

        );
    }
}
