package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.39.0 (session 38, labels): the classes blind-s38b (20 more articles in blind-s38's formats) showed when
 * scored once on 0.38.0 before any fix of its own, in the languages each class covers. Bodies hold line breaks where the
 * format has them (a transcript's turns, a statement's paragraphs, a correction note). The expected label is a severity,
 * or "none" for not relevant. Which cases read otherwise on 0.38.0 is counted in blind-s38b's README; the guards did not.
 */
class MeetingRecordTankerTest {

    /**
     * A meeting's record of speaker turns (0.39.0, Labeller.TURN and cue briefing_head): under a headline naming a meeting or
     * a council, a turn opens with "The representative of …", Представитель …, Der Vertreter …, 俄罗斯代表说, ロシア代表は; the
     * first naming both is the story. Russia's hold on listing tankers that carried its fuel to the DPRK, the seventh of ten
     * turns, read as a sentence deep in the body (not relevant).
     */
    @TestFactory
    Stream<DynamicTest> aMeetingRecordsSpeakerTurnOnTheTwoIsItsStory() {
        return table(
            row("en", "high", "Security Council, 9,987th meeting: Non-proliferation",
                    "The Council met to hear the Chair of the 1718 Committee.\nThe representative of the United States said her country was concerned about ballistic missile launches.\nThe representative of Japan said the abduction issue remained a priority.\nThe representative of France said the Committee's work must go on.\nThe representative of the Russian Federation said his delegation had placed a hold on the proposal to designate four tankers that had carried Russian petroleum products to North Korea.\nThe representative of China said sanctions were not an end in themselves."),
            row("ru", "high", "Заседание Совета Безопасности ООН по нераспространению",
                    "Совет заслушал председателя Комитета 1718.\nПредставитель США выразила обеспокоенность пусками баллистических ракет.\nПредставитель Японии заявил, что вопрос похищений остаётся приоритетом.\nПредставитель Франции призвал продолжать работу Комитета.\nПредставитель России заявил, что его делегация заблокировала предложение внести в санкционный список четыре танкера, доставлявших российские нефтепродукты в КНДР.\nПредставитель Китая заявил, что санкции не самоцель."),
            row("uk", "high", "Засідання Ради Безпеки ООН щодо КНДР",
                    "Рада заслухала голову Комітету 1718.\nПредставниця США висловила занепокоєння пусками ракет.\nПредставник Японії заявив, що питання викрадень залишається пріоритетом.\nПредставник Франції закликав продовжити роботу Комітету.\nПредставник Росії заявив, що його делегація заблокувала пропозицію внести до санкційного списку чотири танкери, які доставляли російські нафтопродукти до КНДР.\nПредставник Китаю заявив, що санкції не самоціль."),
            row("de", "high", "Sitzung des UN-Sicherheitsrats zu Nordkorea",
                    "Der Rat hörte den Vorsitzenden des Ausschusses 1718.\nDie Vertreterin der USA zeigte sich besorgt über Raketenstarts.\nDer Vertreter Japans sagte, die Entführungsfrage bleibe vorrangig.\nDer Vertreter Frankreichs forderte, die Arbeit fortzusetzen.\nDer Vertreter Russlands sagte, seine Delegation habe den Vorschlag blockiert, vier Tanker auf die Sanktionsliste zu setzen, die russische Ölprodukte nach Nordkorea gebracht hatten.\nDer Vertreter Chinas sagte, Sanktionen seien kein Selbstzweck."),
            row("zh", "high", "联合国安理会举行朝鲜问题会议",
                    "安理会听取了1718委员会主席的通报。\n美国代表说，美方对朝鲜弹道导弹发射深感关切。\n日本代表表示，绑架问题仍是优先事项。\n法国代表指出，委员会的工作必须继续。\n俄罗斯代表说，俄方已搁置将四艘向朝鲜运送俄罗斯石油产品的油轮列入制裁名单的提议。\n中国代表表示，制裁不是目的。"),
            row("ja", "high", "国連安保理、北朝鮮問題で会合",
                    "安保理は1718委員会の委員長から報告を受けた。\n米国代表は、弾道ミサイル発射に深い懸念を表明した。\n日本代表は、拉致問題が最優先だと述べた。\nフランス代表は、委員会の活動継続を求めた。\nロシア代表は、ロシアの石油製品を北朝鮮に運んだタンカー4隻を制裁対象に指定する提案を保留したと述べた。\n中国代表は、制裁は目的ではないと述べた。"),
            row("en", "none", "Security Council, 9,990th meeting: Non-proliferation",
                    "The Council met to hear the Chair of the 1718 Committee.\nThe representative of the United States said her country was concerned about ballistic missile launches by North Korea.\nThe representative of Japan said the abduction issue remained a priority.\nThe representative of the Russian Federation said sanctions had failed and called for dialogue with Washington.\nThe representative of China said sanctions were not an end in themselves."));
    }

    /**
     * An opinion piece's thesis named as "the argument I want to make" (0.39.0, cue thesis): an op-ed on Seoul's own nuclear
     * deterrent whose first paragraphs retell the treaty and Kursk read critical; its point names neither side.
     */
    @TestFactory
    Stream<DynamicTest> moreWaysAnAuthorNamesThePoint() {
        return table(
            row("en", "none", "Opinion: Seoul's nuclear question can no longer wait",
                    "When Kim Jong Un and Vladimir Putin signed a mutual-defence treaty in June 2024, many in Seoul hoped it was theatre.\nWithin months North Korean soldiers were fighting in Russia's Kursk region and North Korean shells were falling on Ukraine.\nFor South Korea the lesson is blunt.\nBut the argument I want to make is about Washington, not Moscow. The American nuclear umbrella no longer looks unconditional. South Korea should prepare a deterrent of its own."),
            row("ru", "none", "Мнение: Сеулу пора решать ядерный вопрос",
                    "Когда Ким Чен Ын и Владимир Путин подписали договор о взаимной обороне в 2024 году, в Сеуле надеялись, что это театр.\nВскоре северокорейские солдаты воевали в Курской области, а снаряды КНДР падали на Украину.\nУрок для Южной Кореи прост.\nНо я хочу сказать о другом: о Вашингтоне. Американский ядерный зонтик больше не выглядит безусловным. Южной Корее стоит готовить собственное сдерживание."),
            row("ko", "none", "[칼럼] 서울의 핵 문제, 더는 미룰 수 없다",
                    "2024년 6월 김정은과 푸틴이 상호방위조약에 서명했을 때 서울에서는 연극이기를 바랐다.\n몇 달 뒤 북한군은 러시아 쿠르스크에서 싸웠고 북한 포탄이 우크라이나에 떨어졌다.\n한국에 주는 교훈은 분명하다.\n그러나 내가 말하고 싶은 것은 워싱턴이다. 미국의 핵우산은 더 이상 무조건적이지 않다. 한국은 자체 억지력을 준비해야 한다."),
            row("zh", "none", "评论：首尔的核问题不能再等",
                    "2024年6月金正恩和普京签署共同防御条约时，首尔许多人希望那只是表演。\n几个月后，朝鲜士兵在俄罗斯库尔斯克作战，朝鲜炮弹落在乌克兰。\n对韩国来说，教训很直接。\n但我想说的是华盛顿。美国的核保护伞不再是无条件的。韩国应当准备自己的威慑力量。"),
            row("ja", "none", "【解説】ソウルの核問題、もう待てない",
                    "2024年6月、金正恩氏とプーチン氏が相互防衛条約に署名したとき、ソウルでは芝居であってほしいと願った。\n数カ月後、北朝鮮兵はロシアのクルスク州で戦い、北朝鮮の砲弾がウクライナに落ちた。\n韓国への教訓は明快だ。\nだが、私が言いたいのはワシントンのことだ。米国の核の傘はもはや無条件ではない。韓国は独自の抑止力を準備すべきだ。"),
            row("de", "none", "Kommentar: Seouls Atomfrage kann nicht länger warten",
                    "Als Kim Jong Un und Wladimir Putin 2024 einen Beistandspakt unterzeichneten, hofften viele in Seoul auf Theater.\nWenige Monate später kämpften nordkoreanische Soldaten im russischen Gebiet Kursk.\nDie Lehre für Südkorea ist deutlich.\nMir geht es um Washington, nicht um Moskau. Der amerikanische Atomschirm ist nicht mehr bedingungslos. Südkorea sollte eine eigene Abschreckung vorbereiten."));
    }

    /**
     * A tanker between the two carries petroleum (0.39.0, cue petroleum): fuel carried between them is sanctions evasion
     * (high); "танкер, ходивший в КНДР" read as transport (medium). With it, the port of Vostochny named in Russian (gazetteer).
     */
    @TestFactory
    Stream<DynamicTest> aTankerBetweenTheTwoCarriesPetroleum() {
        return table(
            row("ru", "high", "В порту Восточный задержан танкер, ходивший в КНДР",
                    "Танкер «Светлана» задержан в порту Восточный по решению транспортной прокуратуры. По данным систем мониторинга, в октябре судно находилось у северокорейского порта Расон."),
            row("en", "high", "Russian tanker seen off North Korean port again",
                    "A Russian tanker that left the port of Vostochny last week has been anchored off the North Korean port of Chongjin for three days, tracking data show."),
            row("uk", "high", "Російський танкер знову помітили біля порту КНДР",
                    "Російський танкер, який минулого тижня вийшов з порту Восточний, три дні стоїть біля північнокорейського порту Чхонджін, свідчать дані відстеження суден."),
            row("ko", "high", "러시아 유조선, 北 청진항 앞바다에 또 등장",
                    "지난주 러시아 항구를 떠난 러시아 유조선이 북한 청진항 앞바다에 사흘째 정박해 있다고 선박 추적 자료가 보여줬다."),
            row("zh", "high", "俄罗斯油轮再次现身朝鲜港口",
                    "船舶追踪数据显示，上周从俄罗斯东方港出发的一艘俄罗斯油轮已在朝鲜清津港外停泊三天。"),
            row("ja", "high", "ロシアのタンカー、再び北朝鮮の港沖に",
                    "船舶追跡データによると、先週ロシアの港を出たロシアのタンカーが、北朝鮮の清津港沖に3日間停泊している。"),
            row("de", "high", "Russischer Tanker erneut vor nordkoreanischem Hafen",
                    "Ein russischer Tanker, der vergangene Woche den Hafen Wostotschny verließ, liegt seit drei Tagen vor dem nordkoreanischen Hafen Chongjin, wie Schiffsdaten zeigen."));
    }

    /**
     * The two as one target of another's act (0.39.0, Labeller.targetedTogether; session 37's Korean leftover, "중국, 러시아를
     * 겨냥한"): joined by a list word right after "aimed at", направленные против, 针对, sich gegen, or before 를 겨냥한, を念頭に,
     * they are what the act is against, not partners: US and South Korean drills aimed at both read as the two's joint
     * exercise (critical).
     */
    @TestFactory
    Stream<DynamicTest> theTwoAsOneTargetOfAnothersActAreItems() {
        return table(
            row("en", "none", "US and South Korea begin large-scale drills",
                    "The United States and South Korea began large-scale joint military exercises aimed at North Korea and Russia on Monday, the Joint Chiefs of Staff said."),
            row("ru", "none", "США и Южная Корея начали масштабные учения",
                    "США и Южная Корея начали масштабные совместные учения, направленные против КНДР и России, сообщил Объединённый комитет начальников штабов."),
            row("uk", "none", "США і Південна Корея почали масштабні навчання",
                    "США і Південна Корея почали масштабні спільні навчання, спрямовані проти КНДР і Росії, повідомив Об'єднаний комітет начальників штабів."),
            row("ko", "none", "한미, 대규모 연합훈련 시작",
                    "한미 양국 군은 북한, 러시아를 겨냥한 대규모 연합훈련을 시작했다고 합참이 밝혔다. 북한은 반발했다."),
            row("zh", "none", "美韩启动大规模联合军演",
                    "韩国联合参谋本部称，美韩两国军队启动针对朝鲜、俄罗斯的大规模联合军事演习。"),
            row("ja", "none", "米韓、大規模合同演習を開始",
                    "韓国合同参謀本部によると、米韓両軍は北朝鮮、ロシアを念頭に置いた大規模な合同演習を開始した。"),
            row("de", "none", "USA und Südkorea beginnen großes Manöver",
                    "Die USA und Südkorea haben ein großes gemeinsames Manöver begonnen, das sich gegen Nordkorea und Russland richtet, teilte der Generalstab mit."));
    }

    /**
     * Guards: the two's own joint drill, and the second name owning what is aimed at ("North Korea and Russia's arms trade",
     * 북한과 러시아의 무기 거래), stay the two's exchange.
     */
    @TestFactory
    Stream<DynamicTest> theTwosOwnActAimedAtStaysTheirs() {
        return table(
            row("ko", "critical", "북러, 첫 연합훈련 실시",
                    "북한과 러시아 군이 동해에서 첫 연합훈련을 실시했다고 합참이 밝혔다."),
            row("en", "critical", "Russia and North Korea hold first joint drill",
                    "Russian and North Korean forces held their first joint military exercise in the Sea of Japan, the Joint Chiefs of Staff said."),
            row("en", "high", "US sanctions firms over North Korea and Russia's arms trade",
                    "The Treasury sanctioned five firms targeting North Korea and Russia's arms trade, saying they shipped shells from Rajin to Russian ports."),
            row("ko", "high", "북러 무기거래 겨냥 제재",
                    "미 재무부는 북한과 러시아의 무기 거래를 겨냥해 기업 5곳을 제재했다. 이들은 나진항에서 러시아로 포탄을 실어 날랐다."));
    }

    /**
     * 0.39.2: in an article saying something else is apart ("in two separate actions"), "between Russia and North
     * Korea" (между, zwischen) still ties the two, and a sentence tying them in an exchange makes the article the two's story:
     * 0.38.0's apart rule read these not relevant (found by probing it, not by a set).
     */
    @TestFactory
    Stream<DynamicTest> betweenTheTwoTiesThemInAnArticleSayingOtherThingsAreApart() {
        return table(
            row("en", "high", "US sanctions Russian and North Korean firms",
                    "The Treasury sanctioned eight firms in two separate actions. Five of them shipped arms between Russia and North Korea through the port of Rajin, the Treasury said."),
            row("ru", "high", "США ввели санкции против российских и северокорейских компаний",
                    "Минфин США ввёл санкции против восьми компаний в рамках двух не связанных между собой решений. Пять из них перевозили оружие между Россией и КНДР через порт Раджин."),
            row("de", "high", "USA sanktionieren russische und nordkoreanische Firmen",
                    "Das US-Finanzministerium hat acht Firmen sanktioniert, in zwei davon unabhängigen Verfahren. Fünf von ihnen transportierten Waffen zwischen Russland und Nordkorea über den Hafen Rajin."));
    }
}
