package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.45 (session 45, labels, second helper): the label classes session 44 left open (blind-s44's, blind-s45's and
 * blind-s45b's READMEs), written as invented articles in the languages each class covers; the expected label is a
 * severity or "none". Counted on the version before each fix.
 */
class BlindS45LeftClassesTest {

    /**
     * Class A: a technology transfer told through invoices, engineers or production equipment, its weapon use named only
     * in a later sentence (b44-ru-02: vacuum mixers unloaded at Nampo, "Такое оборудование … используется для
     * производства твёрдого ракетного топлива"; b45-en-01: invoices for "hull and propulsion consulting", "Russian design
     * work on North Korea's nuclear-powered submarine"; both read medium by the trade row). A later sentence pointing back
     * at the lead's cargo, equipment or work (cues.tsv told_back) and naming missile or other strategic technology (a
     * missile's fuel, a plant making missiles) rates the lead's exchange by the technology row (Labeller.cargoToldBack);
     * design work and consulting are technical help as engineers are. Guards: mixers for bread and noodles, machine tools
     * for tractors (ru, uk), a background sentence on the DPRK's own solid-fuel missile test naming no cargo (ko), a
     * fertiliser load (de) stay medium. On 0.44.4, 10 of these 15 read otherwise (every target; every guard right).
     */
    @TestFactory
    Stream<DynamicTest> technologyToldThroughCargoOrWork() {
        return table(
            row("en", "critical", "Vacuum mixers for Nampo: what a Russian freighter unloaded in North Korea",
                    "A Russian freighter that left Vostochny on 3 November unloaded industrial vacuum mixers and a curing furnace at North Korea's Nampo port, ship-tracking data and a customs declaration show.\nSuch equipment is used to make solid rocket fuel for large ballistic missiles, analysts at the research centre said.\nThe ship's owner did not answer questions."),
            row("ru", "critical", "Станки для Хамхына: что выгрузил в КНДР российский сухогруз",
                    "Российский сухогруз выгрузил в порту Нампхо промышленные смесители и печь для отверждения, следует из таможенной декларации и данных о движении судна.\nТакое оборудование, по словам экспертов, используется для производства твёрдого ракетного топлива.\nВладелец судна на вопросы не ответил."),
            row("uk", "critical", "Змішувачі для Нампхо: що розвантажило в КНДР російське судно",
                    "Російське вантажне судно розвантажило в північнокорейському порту Нампхо промислові вакуумні змішувачі та піч для затвердіння, свідчать митна декларація і дані про рух судна.\nТаке обладнання, за оцінкою експертів, використовують для виробництва твердого ракетного палива.\nВласник судна на запитання не відповів."),
            row("ko", "critical", "러시아 화물선, 남포항에 산업용 혼합기 하역",
                    "러시아 화물선이 지난주 북한 남포항에 산업용 진공 혼합기와 경화로를 하역한 사실이 선박 추적 자료와 세관 신고서로 확인됐다.\n전문가들은 이런 장비가 탄도미사일용 고체 로켓 연료 생산에 쓰인다고 분석했다.\n선주 측은 답변하지 않았다."),
            row("zh", "critical", "俄货轮在南浦卸下工业搅拌机",
                    "船舶追踪数据和海关申报单显示，一艘俄罗斯货轮上周在朝鲜南浦港卸下工业真空搅拌机和固化炉。\n专家指出，这类设备用于生产弹道导弹的固体火箭燃料。\n船东未回应置询。"),
            row("ja", "critical", "ロシア貨物船、南浦港で工業用ミキサーを陸揚げ",
                    "船舶追跡データと税関申告書によると、ロシアの貨物船が先週、北朝鮮の南浦港で工業用真空ミキサーと硬化炉を陸揚げした。\n専門家によると、こうした装置は弾道ミサイル用の固体ロケット燃料の製造に使われる。\n船主は取材に応じていない。"),
            row("de", "critical", "Vakuummischer für Nampho: Was ein russischer Frachter in Nordkorea entlud",
                    "Ein russischer Frachter hat im nordkoreanischen Hafen Nampho industrielle Vakuummischer und einen Härteofen entladen, wie Schiffsdaten und eine Zollerklärung zeigen.\nSolche Anlagen werden nach Angaben von Experten zur Herstellung von festem Raketentreibstoff verwendet.\nDer Reeder äußerte sich nicht."),
            row("en", "critical", "Invoices point to Russian design work on North Korea's submarine",
                    "Invoices from a St Petersburg design bureau show payments of 30 million dollars from a Pyongyang trading company for hull consulting between March and October, a research group said.\nThe documents list 12 Russian engineers by name."),
            row("ru", "critical", "Счета указывают на работу российских конструкторов над подлодкой КНДР",
                    "Счета петербургского конструкторского бюро показывают платежи пхеньянской торговой компании на 30 млн долларов за консультации по корпусу, сообщила исследовательская группа.\nВ документах названы 12 российских инженеров."),
            row("en", "critical", "Russian freighter unloads machine tools at North Korea's Nampo",
                    "A Russian freighter unloaded 40 machine tools at North Korea's Nampo port on Monday, customs records show.\nThe shipment is destined for a plant in Hamhung that assembles engines for Hwasong missiles, South Korea's spy agency told lawmakers."),
            row("en", "medium", "Russian freighter unloads mixers at North Korea's Nampo",
                    "A Russian freighter unloaded industrial mixers and a drying furnace at North Korea's Nampo port on Monday, customs records show.\nSuch equipment is used to make bread and noodles at food factories, the shipper said."),
            row("ru", "medium", "Российский сухогруз доставил в Нампхо станки",
                    "Российский сухогруз выгрузил в порту Нампхо 40 станков для северокорейского машиностроительного завода, следует из таможенной декларации.\nТакое оборудование используется для производства тракторов и сельхозтехники."),
            row("ko", "medium", "러시아 화물선, 남포항에 공작기계 하역",
                    "러시아 화물선이 지난주 북한 남포항에 공작기계 40대를 하역했다고 세관 자료가 밝혔다.\n북한은 지난달 고체연료 탄도미사일을 시험발사했다."),
            row("de", "medium", "Russischer Frachter bringt Dünger nach Nampho",
                    "Ein russischer Frachter hat im nordkoreanischen Hafen Nampho 12.000 Tonnen Kunstdünger entladen, wie Zolldaten zeigen.\nDie Ladung ist für Genossenschaften in der Provinz Süd-Hwanghae bestimmt."),
            row("uk", "medium", "Російське судно доставило в Нампхо верстати",
                    "Російське вантажне судно розвантажило в порту Нампхо 40 верстатів для північнокорейського заводу, свідчить митна декларація.\nЦі верстати призначені для ремонту тракторів і комбайнів."));
    }

    /**
     * Class C: a likeness read as a partner (benchmarks, session 43: a North Korean launch "like Russian missiles" read
     * critical). "Like" was no comparison word in any language: "missiles that flew like Russian Iskander missiles",
     * наподобие российского «Искандера», на зразок, 이스칸데르처럼, 像…一样, イスカンデルのような, "wie die russische Iskander"
     * made Russia a side of a North Korean test (medium, or critical by the launch). Now they compare as "similar to"
     * does (cues.tsv comparison, comparison_before): the side named there is the measure, not a partner; English "like"
     * only before a side. Not "like those of Russian missiles", 러시아 미사일과 같은, ロシアのミサイルと同じ: the same part as
     * the other's weapon is the evidence of a transfer the next sentence tells (BlindS43ClassesTest). The battle-use words
     * inside a comparison are the measure's (Labeller.withoutUseCompared: "a Russian missile system similar to those used
     * in Ukraine" shown to Kim is high, weapons shown). Guards: "would like Russian companies to invest" (a wish),
     * "friendly countries like Russia", ロシアのような友好国 (examples, masked), 러시아와 같은 우방국, the comparison words that
     * worked already (similar to, похожа на, 와 유사한, 相似, に似た, ähnelt), a strike on Kyiv by missiles resembling
     * Iskanders, technology for a missile similar to the Iskander handed over. On 0.45.1, 10 of these 24 read otherwise
     * (9 targets and the missile system shown; every other guard right).
     */
    @TestFactory
    Stream<DynamicTest> aLikenessIsNoPartner() {
        return table(
            row("en", "none", "North Korea launches missiles like Russian missiles",
                    "North Korea launched two ballistic missiles into the sea off its east coast on Monday that flew like Russian Iskander missiles, Seoul's military said."),
            row("en", "none", "North Korea tests missile like Russia's Iskander",
                    "North Korea test-fired a new short-range missile on Tuesday; like Russia's Iskander, it flew low and changed course before falling into the sea, Seoul said."),
            row("en", "none", "North Korea's new missile flies like Russia's Iskander, Seoul says",
                    "North Korea fired a short-range ballistic missile into the East Sea on Tuesday, and its low, manoeuvring flight was similar to that of Russia's Iskander, South Korea's Joint Chiefs of Staff said."),
            row("ru", "none", "КНДР запустила ракету, летящую как российский «Искандер»",
                    "КНДР запустила в сторону моря ракету, которая летела как российский «Искандер», низко и с манёврами, сообщил Сеул."),
            row("ru", "none", "КНДР испытала ракету наподобие российского «Искандера»",
                    "КНДР во вторник испытала новую ракету малой дальности наподобие российского «Искандера», сообщили военные Южной Кореи."),
            row("ru", "none", "Новая ракета КНДР похожа на российский «Искандер»",
                    "КНДР запустила в сторону Японского моря баллистическую ракету, траектория которой похожа на траекторию российского «Искандера», сообщил Объединённый комитет начальников штабов Южной Кореи."),
            row("uk", "none", "КНДР випробувала ракету на зразок російського «Іскандера»",
                    "КНДР у вівторок випробувала нову ракету малої дальності на зразок російського «Іскандера», повідомили військові Південної Кореї."),
            row("uk", "none", "Нова ракета КНДР схожа на російський «Іскандер»",
                    "КНДР запустила в бік Японського моря балістичну ракету, траєкторія якої схожа на траєкторію російського «Іскандера», повідомив Об'єднаний комітет начальників штабів Південної Кореї."),
            row("ko", "none", "북한 신형 미사일, 러시아 이스칸데르와 유사한 궤적",
                    "북한이 동해상으로 단거리 탄도미사일을 발사했으며 비행 궤적이 러시아의 이스칸데르와 유사하다고 합동참모본부가 밝혔다."),
            row("ko", "none", "북한, 러시아 이스칸데르처럼 저공 비행하는 미사일 발사",
                    "북한이 화요일 동해상으로 러시아 이스칸데르처럼 낮게 날며 궤도를 바꾸는 단거리 미사일을 발사했다고 합참이 밝혔다."),
            row("zh", "none", "朝鲜发射像俄罗斯伊斯坎德尔一样的导弹",
                    "韩国军方称，朝鲜周二向东部海域发射一枚像俄罗斯伊斯坎德尔一样低空变轨飞行的短程导弹。"),
            row("zh", "none", "朝鲜新型导弹飞行轨迹与俄罗斯伊斯坎德尔相似",
                    "韩国联合参谋本部称，朝鲜周二向东部海域发射一枚短程弹道导弹，其低空机动飞行轨迹与俄罗斯伊斯坎德尔导弹相似。"),
            row("ja", "none", "北朝鮮、ロシアのイスカンデルのようなミサイルを発射",
                    "韓国軍によると、北朝鮮は火曜日、ロシアのイスカンデルのように低空で軌道を変えて飛ぶ短距離ミサイルを東の海上に向けて発射した。"),
            row("ja", "none", "北朝鮮の新型ミサイル、ロシアのイスカンデルに似た軌道",
                    "韓国軍合同参謀本部によると、北朝鮮は火曜日、東の海上に向けて短距離弾道ミサイルを発射し、その低空で変則的な軌道はロシアのイスカンデルに似ていた。"),
            row("de", "none", "Nordkorea feuert Rakete wie die russische Iskander ab",
                    "Nordkorea hat am Dienstag eine Kurzstreckenrakete abgefeuert, die wie die russische Iskander tief flog und ihren Kurs änderte, teilte Seoul mit."),
            row("de", "none", "Nordkoreas neue Rakete ähnelt russischer Iskander",
                    "Nordkorea hat am Dienstag eine Kurzstreckenrakete ins Japanische Meer abgefeuert, deren Flugbahn nach Angaben des südkoreanischen Generalstabs der russischen Iskander ähnelt."),
            row("en", "critical", "North Korean missiles that struck Kyiv resemble Russian Iskanders",
                    "Ukrainian investigators said the North Korean KN-23 missiles fired at Kyiv on Sunday resemble Russia's Iskander in shape and were launched by Russian forces."),
            row("en", "high", "Kim shown Russian missile system similar to those used in Ukraine",
                    "Kim Jong Un was shown a Russian air-defence missile system similar to those used in Ukraine during his visit to a plant in Vladivostok, KCNA said."),
            row("en", "medium", "Kim says he would like Russian investment in Rason",
                    "Kim Jong Un said he would like Russian companies to invest in the Rason economic zone, KCNA said."),
            row("en", "medium", "North Korea vows closer ties with friends like Russia",
                    "North Korea's foreign ministry said it would keep strengthening strategic cooperation with friendly countries like Russia."),
            row("ko", "critical", "러시아, 이스칸데르와 유사한 미사일 기술 북한에 이전",
                    "러시아가 이스칸데르와 유사한 미사일의 유도 기술을 북한에 넘겼다고 국정원이 밝혔다."),
            row("ko", "medium", "북한, 러시아와 같은 우방국과 협력 강화 천명",
                    "북한 외무성은 러시아와 같은 우방국과의 전략적 협력을 계속 강화하겠다고 밝혔다."),
            row("zh", "medium", "朝鲜表示将加强与俄罗斯一样的友好国家合作",
                    "朝鲜外务省表示，将继续加强与俄罗斯这样的友好国家的战略合作。"),
            row("ja", "medium", "北朝鮮、ロシアのような友好国との協力強化を表明",
                    "北朝鮮外務省は、ロシアのような友好国との戦略的協力を引き続き強化すると表明した。"));
    }

    /**
     * Class D: seafood or textiles passed off as Russian (sanctions evasion by a false origin; BlindS44ClassesTest left
     * "seafood passed off", no cargo word naming it). North Korean crab "passed off as Russian catch" at Vladivostok,
     * выдавали за российский улов, 러시아산으로 둔갑한 대게, 冒充俄罗斯渔获, ロシア産と偽って, "als russische Ware umetikettiert",
     * garments passed off as Russian-made read medium as trade, or not relevant (ko, ja: no exchange word beside the
     * disguise). The DPRK's banned exports besides coal (cues.tsv banned_goods: seafood, crab, squid, textiles, clothing in
     * every language) with the disguise words and both sides are the sanctions-evasion row (severity.tsv). Guards: a fisheries
     * agreement on crab purchases (en) and seafood imports agreed (ko) stay trade, Japanese fish passed off as Russian (no
     * DPRK) not relevant, workers "disguised as students" labour. On 0.45.1, 9 of these 13 read otherwise (every target;
     * every guard right).
     */
    @TestFactory
    Stream<DynamicTest> bannedGoodsPassedOffAsRussian() {
        return table(
            row("en", "high", "North Korean crab sold as Russian catch through Vladivostok",
                    "About 300 tonnes of North Korean snow crab were passed off as Russian catch at the port of Vladivostok and shipped on to Busan, South Korean customs said."),
            row("en", "high", "North Korean seafood relabelled as Russian in Russian port",
                    "Frozen North Korean clams and squid were relabelled as Russian seafood in a warehouse at Nakhodka before export, a UN panel report said."),
            row("ru", "high", "Северокорейского краба выдавали за российский улов во Владивостоке",
                    "Около 300 тонн северокорейского краба во Владивостоке выдавали за российский улов и отправляли в Пусан, сообщила таможня Южной Кореи."),
            row("uk", "high", "Північнокорейського краба видавали за російський улов у Владивостоці",
                    "Близько 300 тонн північнокорейського краба у Владивостоці видавали за російський улов і відправляли до Пусана, повідомила митниця Південної Кореї."),
            row("ko", "high", "북한산 대게, 블라디보스토크서 러시아산으로 둔갑",
                    "북한산 대게 300t이 블라디보스토크항에서 러시아산으로 둔갑해 부산으로 들어왔다고 관세청이 밝혔다."),
            row("zh", "high", "朝鲜螃蟹在符拉迪沃斯托克冒充俄罗斯渔获",
                    "韩国海关称，约300吨朝鲜雪蟹在符拉迪沃斯托克港冒充俄罗斯渔获，随后转运至釜山。"),
            row("ja", "high", "北朝鮮産のカニ、ウラジオストクでロシア産と偽装",
                    "韓国関税庁によると、北朝鮮産のズワイガニ約300トンがウラジオストク港でロシア産と偽って釜山に運ばれた。"),
            row("de", "high", "Nordkoreanische Krabben in Wladiwostok umetikettiert",
                    "Rund 300 Tonnen nordkoreanischer Schneekrabben wurden im Hafen von Wladiwostok als russische Ware umetikettiert und nach Busan verschifft, teilte der südkoreanische Zoll mit."),
            row("en", "high", "North Korean textiles passed off as Russian-made in Vladivostok",
                    "Garments sewn in North Korean factories were passed off as Russian-made clothing by a Vladivostok trading firm and sold in Europe, investigators said."),
            row("en", "medium", "Russia to buy North Korean crab under fisheries deal",
                    "Russia's fisheries agency and North Korea's fisheries ministry signed an agreement on Russian purchases of North Korean crab and squid, TASS reported."),
            row("ru", "none", "Японскую рыбу выдавали за российскую",
                    "Партию японской рыбы во Владивостоке выдавали за российский улов, сообщила прокуратура Приморья."),
            row("en", "medium", "North Korean workers disguised as students at Russian building sites",
                    "Thousands of North Korean workers disguised as students are working at building sites in Russia's Far East, South Korean officials said."),
            row("ko", "medium", "러시아, 북한산 수산물 수입 확대",
                    "러시아 수산청은 북한산 게와 오징어 수입을 늘리기로 북한 수산성과 합의했다고 타스통신이 전했다."));
    }

    /**
     * Class H: a Soviet-made weapon counted as Russia's side (blind-s45b's D8, a Soviet-made MiG-21 of the DPRK's air force
     * crashing in training, read medium; D9, a tank improved from a "旧ソ連製" T-62, read low). The Soviet Union is Russia's
     * side, so "Soviet-made", советского производства, радянського виробництва, 소련제, 旧ソ連製 and "Soviet-era tanks" at a
     * parade named Russia beside the DPRK's own weapon. The maker's or the era's words are now a shadow entity (gazetteer
     * "Soviet-made words", other; the longest match wins). Guards: Russia sending spare parts for the DPRK's Soviet-made
     * MiG-29s stays arms supply (high), flowers at the monument to Soviet soldiers with Russia's ambassador stays low; the
     * Chinese 苏制 and German "sowjetischer Bauart" cases read right already (苏制 holds no name of the Union; German has no
     * Soviet name in the gazetteer). On 0.45.1, 7 of these 11 read otherwise (7 of 9 targets; both guards right).
     */
    @TestFactory
    Stream<DynamicTest> aSovietMadeWeaponIsNoRussianAct() {
        return table(
            row("en", "none", "North Korea's ageing Soviet-made MiG-21 crashes in training",
                    "A North Korean air force MiG-21, a Soviet-made fighter delivered in the 1970s, crashed during a training flight, South Korea's military said."),
            row("en", "none", "North Korea parades upgraded Soviet-era tanks",
                    "North Korea showed upgraded Soviet-era T-55 tanks and Soviet-designed artillery at a military parade in Pyongyang on Saturday, state media reported."),
            row("ru", "none", "В КНДР разбился истребитель МиГ-21 советского производства",
                    "Истребитель МиГ-21 советского производства из состава ВВС КНДР разбился во время учебного полёта, сообщили военные Южной Кореи."),
            row("uk", "none", "У КНДР розбився винищувач МіГ-21 радянського виробництва",
                    "Винищувач МіГ-21 радянського виробництва з ВПС КНДР розбився під час навчального польоту, повідомили військові Південної Кореї."),
            row("ko", "none", "북한 공군 소련제 미그-21 훈련 중 추락",
                    "북한 공군의 소련제 미그-21 전투기가 훈련 비행 중 추락했다고 합동참모본부가 밝혔다."),
            row("zh", "none", "朝鲜一架苏制米格-21战机训练中坠毁",
                    "韩国联合参谋本部称，朝鲜空军一架苏制米格-21战斗机在训练飞行中坠毁。"),
            row("ja", "none", "北朝鮮の新型戦車、旧ソ連製T-62を改良",
                    "北朝鮮が軍事パレードで公開した新型戦車は、旧ソ連製のT-62を改良したものだと韓国軍が分析した。"),
            row("de", "none", "Nordkoreanische MiG-21 sowjetischer Bauart abgestürzt",
                    "Eine MiG-21 sowjetischer Bauart der nordkoreanischen Luftwaffe ist bei einem Übungsflug abgestürzt, teilte das südkoreanische Militär mit."),
            row("en", "high", "Russia sends spare parts for North Korea's Soviet-made MiG-29s",
                    "Russia has delivered engines and spare parts for the North Korean air force's Soviet-made MiG-29 fighters, South Korea's defence ministry said."),
            row("ru", "low", "В Пхеньяне возложили цветы к памятнику советским воинам",
                    "Посол России и представители МИД КНДР возложили цветы к монументу Освобождения в память о советских воинах."),
            row("ko", "none", "북한, 소련 시절 전차 개량형 공개",
                    "북한이 열병식에서 소련 시절 T-55 전차를 개량한 신형 전차를 공개했다."));
    }

    /**
     * Class F: "Russian-made" in a headline not naming Russia (blind-s45b's D3, 「朝鲜新型潜艇下水照片现俄制声呐」, read not
     * relevant). The made-in words of ja (露製), uk (російського виробництва), ru, ko, en and de hold the country's name, so
     * 0.44.3's made-in row read them (right already, kept here as the class's other languages); the Chinese short forms 俄制,
     * 俄製, 俄产 held none. They are now forms of Russia in the gazetteer, and 俄产 a made-in word (cues.tsv made_in). Guards:
     * Russian-made tanks captured by Ukraine's army (no DPRK) stay not relevant, a North Korean defence delegation viewing
     * Russian-made air defences at an air show stays high (the arms-fair exclusion of the made-in row). On 0.45.2, 3 of these
     * 11 read otherwise (the three Chinese targets).
     */
    @TestFactory
    Stream<DynamicTest> russianMadeInAChineseHeadline() {
        return table(
            row("zh", "critical", "朝鲜新型潜艇下水照片现俄制声呐",
                    "韩国军方分析官方媒体发布的下水仪式照片后表示，艇首声呐和推进装置与俄罗斯海军潜艇几乎相同。"),
            row("zh", "critical", "朝鮮新型潛艇下水照片現俄製聲吶",
                    "韓國軍方分析官方媒體發布的下水儀式照片後表示，艇首聲吶與俄羅斯海軍潛艇幾乎相同。"),
            row("zh", "critical", "朝鲜新型防空导弹疑用俄产雷达",
                    "韩国情报机构称，朝鲜上月公开的新型防空导弹系统的雷达与俄罗斯军队使用的雷达几乎相同。"),
            row("ja", "critical", "北朝鮮新型潜水艦に露製ソナーか",
                    "韓国軍は、進水式の写真に写った艦首のソナーがロシア海軍の潜水艦のものとほぼ同じだと分析した。"),
            row("uk", "critical", "На новому підводному човні КНДР помітили гідролокатор російського виробництва",
                    "Південнокорейські військові проаналізували фото зі спуску на воду і заявили, що гідролокатор на носі майже такий самий, як на підводних човнах ВМФ Росії."),
            row("ru", "critical", "На новой подлодке КНДР заметили сонар российского производства",
                    "Южнокорейские военные изучили фотографии спуска на воду и заявили, что сонар в носовой части почти такой же, как на подлодках ВМФ России."),
            row("ko", "critical", "북한 신형 잠수함 진수 사진에 러시아제 소나",
                    "한국군은 진수식 사진 속 함수 소나가 러시아 해군 잠수함의 것과 거의 같다고 분석했다."),
            row("en", "critical", "Russian-made sonar spotted on North Korea's new submarine",
                    "South Korea's military said the bow sonar seen in launch photos was almost identical to those on Russian navy submarines."),
            row("de", "critical", "Sonar russischer Bauart auf Nordkoreas neuem U-Boot entdeckt",
                    "Das südkoreanische Militär erklärte, das Bugsonar auf den Fotos vom Stapellauf gleiche fast genau denen auf U-Booten der russischen Marine."),
            row("zh", "none", "乌军缴获多辆俄制坦克",
                    "乌克兰军方称，其部队在哈尔科夫州缴获了五辆俄制坦克。"),
            row("zh", "high", "朝鲜代表团在莫斯科航展参观俄制防空系统",
                    "朝鲜国防省代表团在莫斯科国际航展上参观了俄制防空导弹系统，俄方人员作了介绍。"));
    }

    /**
     * Class G: entering the country read as no interaction (blind-s45b's G1, 「以“学习”名义入境的朝鲜公民激增」, and G4,
     * 「「留学」名目で入国の北朝鮮人」, not relevant). Arriving was an interaction word (прибыли, arrived), entering was not: 入境,
     * 入国, 입국, въехали, в'їхали, eingereist, and English "entered Russia" (with the country named, as "entered" alone is
     * everyday) now are (cues.tsv interaction), and so is 进入俄罗斯; Russia's interior ministry, whose figures tell who
     * entered, is a body of its state (gazetteer, 俄内务部 among its names). Guards: a North Korean defector entering South
     * Korea after years in Russia stays not relevant, the DPRK easing its own entry rules for foreigners too. On 0.45.2, 7 of
     * these 9 read otherwise (every target; both guards right).
     */
    @TestFactory
    Stream<DynamicTest> enteringTheCountry() {
        return table(
            row("zh", "medium", "俄内务部数据：以“学习”名义入境的朝鲜公民激增",
                    "俄罗斯内务部统计显示，今年前九个月共有13,200名朝鲜公民以“学习”为目的入境俄罗斯，其中大多数在滨海边疆区的建筑工地工作。"),
            row("ja", "medium", "「留学」名目で入国の北朝鮮人、ロシアの建設現場で就労",
                    "ロシア内務省の統計によると、今年「留学」目的で入国した北朝鮮人は1万3200人で、その多くが極東の建設現場や水産加工場で働いている。"),
            row("ru", "medium", "Число въехавших в Россию граждан КНДР выросло втрое",
                    "За девять месяцев в Россию въехали 13 200 граждан КНДР, большинство из них работают на стройках Приморья, следует из данных МВД."),
            row("uk", "medium", "Кількість громадян КНДР, які в'їхали до Росії, зросла втричі",
                    "За дев'ять місяців до Росії в'їхали 13 200 громадян КНДР, більшість із них працюють на будівництвах Приморського краю, свідчать дані МВС Росії."),
            row("ko", "medium", "러시아 입국 북한 주민 3배 급증",
                    "올해 1~9월 러시아에 입국한 북한 주민은 1만3천200명으로, 대부분 연해주 건설 현장에서 일하고 있다고 러시아 내무부 통계가 밝혔다."),
            row("en", "medium", "North Korean entries into Russia triple",
                    "Some 13,200 North Koreans entered Russia in the first nine months of the year, most of them to work on building sites in Primorye, interior ministry data show."),
            row("de", "medium", "Zahl der nach Russland eingereisten Nordkoreaner verdreifacht",
                    "In den ersten neun Monaten sind 13.200 Nordkoreaner nach Russland eingereist, die meisten arbeiten auf Baustellen in der Region Primorje, wie Daten des Innenministeriums zeigen."),
            row("en", "none", "North Korean defector enters South Korea after years in Russia",
                    "A North Korean woman who spent six years hiding in Russia's Far East entered South Korea last week, the unification ministry said."),
            row("ko", "none", "북한, 외국인 입국 제한 완화",
                    "북한이 코로나19 이후 유지해 온 외국인 입국 제한을 완화했다고 조선중앙통신이 보도했다."));
    }

    /**
     * Class B: a round-up's regional label read as one side (blind-s45's b45-ru-05, "Приморье за неделю: тайфун, ракета КНДР
     * и рекорд по туристам", a digest's items read critical by a missile falling "в Японском море в 300 км от побережья
     * Приморья"). The label before the colon (за неделю:, за тиждень:, this week:, roundup:, 이번 주:, 一周, 今週, diese
     * Woche:, cues.tsv roundup) makes the headline a digest, and a place named in it is the digest's scope, an item of its own
     * (Labeller.roundupItemsApart), not a side of the items after the colon. Guards: a digest whose own item names both
     * (North Korean workers arriving at Vladivostok building sites, medium; Shoigu's talks in Pyongyang, high) keeps it. On
     * 0.45.2, 8 of these 11 read otherwise (every target but the German, right already; both guards right).
     */
    @TestFactory
    Stream<DynamicTest> aRoundupsRegionIsItsScope() {
        return table(
            row("ru", "none", "Приморье за неделю: шторм, ракета КНДР и новый паром",
                    "ВЛАДИВОСТОК, 5 декабря — Главное за неделю в крае.\nШторм оставил без света 30 тысяч домов в Находке и Партизанске.\nРакета, запущенная КНДР в среду, упала в море в 250 км от побережья Приморья, сообщили в Японии.\nИз Ванино на Сахалин пошёл новый паром."),
            row("en", "none", "Russian Far East roundup: storm, North Korean missile, new ferry",
                    "VLADIVOSTOK — The week's main news from the region.\nA storm cut power to 30,000 homes in Nakhodka and Partizansk.\nA missile North Korea fired on Wednesday fell into the sea 250 km off Primorye's coast, Japan said.\nA new ferry began sailing from Vanino to Sakhalin."),
            row("uk", "none", "Далекий Схід за тиждень: шторм, ракета КНДР і новий пором",
                    "Головне за тиждень у регіоні.\nШторм залишив без світла 30 тисяч будинків у Находці та Партизанську.\nРакета, яку КНДР запустила в середу, впала в море за 250 км від узбережжя Примор'я, повідомили в Японії.\nЗ Ваніно на Сахалін вийшов новий пором."),
            row("ko", "none", "연해주 이번 주: 태풍, 북한 미사일, 새 여객선",
                    "연해주의 한 주 주요 소식.\n태풍으로 나홋카와 파르티잔스크의 3만 가구가 정전됐다.\n북한이 수요일 발사한 미사일이 연해주 해안에서 250km 떨어진 바다에 떨어졌다고 일본이 밝혔다.\n바니노와 사할린을 잇는 새 여객선이 운항을 시작했다."),
            row("zh", "none", "滨海边疆区一周：台风、朝鲜导弹和新渡轮",
                    "本周滨海边疆区要闻。\n台风导致纳霍德卡和帕尔季赞斯克3万户停电。\n日本称，朝鲜周三发射的一枚导弹落入距滨海边疆区海岸250公里的海域。\n瓦尼诺至萨哈林的新渡轮开始运营。"),
            row("ja", "none", "沿海地方の今週：台風、北朝鮮のミサイル、新フェリー",
                    "沿海地方の今週の主なニュース。\n台風でナホトカとパルチザンスクの3万世帯が停電した。\n北朝鮮が水曜日に発射したミサイルは沿海地方の沿岸から250キロの海に落下したと日本政府が発表した。\nワニノとサハリンを結ぶ新しいフェリーが就航した。"),
            row("de", "none", "Primorje diese Woche: Sturm, nordkoreanische Rakete, neue Fähre",
                    "Die wichtigsten Nachrichten der Woche aus der Region.\nEin Sturm ließ 30.000 Haushalte in Nachodka und Partisansk ohne Strom.\nEine am Mittwoch von Nordkorea abgefeuerte Rakete fiel nach japanischen Angaben 250 Kilometer vor der Küste Primorjes ins Meer.\nVon Wanino nach Sachalin fährt eine neue Fähre."),
            row("en", "medium", "Primorye this week: North Korean workers arrive at Vladivostok building sites, storm",
                    "VLADIVOSTOK — The week's main news from the region.\nAbout 800 North Korean construction workers arrived in Vladivostok on Tuesday to work on new housing, the regional labour department said.\nA storm cut power to 30,000 homes in Nakhodka."),
            row("ru", "high", "Приморье за неделю: визит Шойгу в Пхеньян, шторм",
                    "Главное за неделю в крае.\nСекретарь Совбеза России Сергей Шойгу провёл в Пхеньяне переговоры с Ким Чен Ыном.\nШторм оставил без света 30 тысяч домов в Находке."),
            row("ru", "none", "Приморье за неделю: снегопад, ракета КНДР и рекорд порта",
                    "Главное за неделю в крае.\nСнегопад закрыл трассу Владивосток — Находка на двое суток.\nРакета, запущенная КНДР во вторник, упала в Японском море в 280 км от побережья Приморья, сообщило Минобороны Японии.\nПорт Восточный установил рекорд перевалки."),
            row("en", "none", "Primorye this week: snowstorm, North Korean missile, port record",
                    "The week's main news from the region.\nA snowstorm closed the Vladivostok–Nakhodka highway for two days.\nA missile North Korea launched on Tuesday fell into the Sea of Japan 280 km off Primorye's coast, Japan's defence ministry said.\nThe port of Vostochny set a cargo record."));
    }
}
