package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.38.0 (session 38, labels): the classes blind-s38 (40 articles in formats our sets had not used) showed when
 * scored once on 0.37.0 before any fix of its own, in the languages each class covers. Bodies hold line breaks where the
 * format has them (a transcript's turns, a statement's paragraphs, a correction note). The expected label is a severity,
 * or "none" for not relevant. Which cases read otherwise on 0.37.0 is counted in blind-s38's README; the guards did not.
 */
class TranscriptStatementNoteTest {

    /**
     * A briefing transcript (0.38.0, Labeller.transcriptTurn): under a headline naming a briefing or press conference, the
     * first question turn naming both sides is the story, its question the headline and its answer the lead. They read as a
     * sentence deep in the body of a story headlined by the briefing's date (not relevant).
     */
    @TestFactory
    Stream<DynamicTest> aBriefingTranscriptsTurnOnTheTwoIsItsStory() {
        return table(
            row("en", "high", "Department Press Briefing, December 3",
                    "MR PRICE: Good afternoon. I have one thing at the top.\nQUESTION: On Venezuela, is there an update on the talks?\nMR PRICE: The talks are continuing. I will not get ahead of them.\nQUESTION: On Sudan, were the aid workers released?\nMR PRICE: Yes, both are safe and on their way home.\nQUESTION: Satellite images show a Russian cargo ship loading hundreds of containers at the North Korean port of Rajin. What is in them?\nMR PRICE: Our assessment is that these are further arms transfers from North Korea to Russia.\nQUESTION: On Gaza, what is the US doing?\nMR PRICE: We are in touch with all the parties."),
            row("ru", "medium", "Брифинг официального представителя МИД России, 3 декабря",
                    "Вопрос: Как вы прокомментируете решение властей Молдавии?\nОтвет: Это очередное проявление политики Кишинёва. Мы неоднократно об этом говорили.\nВопрос: Что известно о судьбе задержанных в Прибалтике журналистов?\nОтвет: Посольство оказывает им консульскую помощь.\nВопрос: Подтверждаете ли вы визит Сергея Лаврова в Пхеньян?\nОтвет: Да. Министр иностранных дел России посетит Пхеньян 10–12 декабря для переговоров с министром иностранных дел КНДР о торговле и транспорте.\nВопрос: Что известно о консультациях с Арменией?\nОтвет: Дата будет объявлена дополнительно."),
            row("uk", "medium", "Брифінг речника МЗС України, 3 грудня",
                    "Питання: Чи є новини щодо переговорів з Молдовою?\nВідповідь: Переговори тривають. Деталі згодом.\nПитання: Що відомо про затриманих у Грузії українців?\nВідповідь: Консул надає їм допомогу.\nПитання: Як МЗС оцінює візит міністра закордонних справ Росії до Пхеньяна?\nВідповідь: Міністр закордонних справ Росії провів у Пхеньяні переговори з міністром закордонних справ КНДР про торгівлю та транспорт. Ми стежимо за цим.\nПитання: Коли відбудеться наступний Рамштайн?\nВідповідь: Дату оголосять згодом."),
            row("ko", "high", "국방부 정례브리핑 (12월 3일)",
                    "[대변인] 오늘 브리핑 시작하겠습니다.\n[질문] 방위비 분담금 협상은 어떻게 진행되고 있습니까?\n[대변인] 협의를 계속하고 있습니다. 구체적인 내용은 말씀드릴 수 없습니다.\n[질문] 경기 북부에서 발견된 무인기의 출처는 확인됐습니까?\n[대변인] 관계기관과 합동으로 조사하고 있습니다.\n[질문] 나진항에서 러시아 선박의 움직임이 늘었다는 보도가 있는데 평가는 무엇입니까?\n[대변인] 북한이 러시아 선박을 통해 탄약과 포탄을 러시아로 보낸 것으로 파악하고 있습니다.\n[질문] 병사 월급 인상안은 언제 확정됩니까?\n[대변인] 국회 심의 결과에 따라 확정됩니다."),
            row("zh", "high", "外交部发言人主持例行记者会",
                    "法新社记者：欧盟拟制裁中国企业，中方有何回应？\n发言人：中方坚决反对。我们将采取必要措施。\n彭博社记者：中美经贸磋商下一轮何时举行？\n发言人：双方经贸团队保持着沟通。\n韩联社记者：韩国国防部称，朝鲜通过俄罗斯船只向俄罗斯运送了大量炮弹，中方有何评论？\n发言人：朝鲜和俄罗斯是两个独立主权国家，如何发展双边关系是它们自己的事情。\n路透社记者：菲律宾称中国海警使用水炮，中方是否确认？\n发言人：中国海警依法开展维权执法。"),
            row("ja", "high", "官房長官記者会見（12月3日）",
                    "質問：日中首脳会談の見通しは。\n長官：調整中です。詳細は決まっていません。\n質問：物価高対策の補正予算について。\n長官：早期の成立を目指します。\n質問：北朝鮮がロシアに砲弾を船で送ったとの報道について、政府の受け止めは。\n長官：北朝鮮が先月、ロシアの船舶を通じて大量の砲弾をロシアに送ったと把握しており、安保理決議違反です。\n質問：防衛費の増額について。\n長官：国会で審議いただきます。"),
            row("de", "high", "Regierungspressekonferenz vom 3. Dezember",
                    "Frage: Gibt es Neues zu den Haushaltsverhandlungen?\nAntwort: Die Gespräche laufen. Mehr kann ich nicht sagen.\nFrage: Wann kommt das Rentenpaket ins Kabinett?\nAntwort: Im Januar, wie geplant.\nFrage: Satellitenbilder zeigen ein russisches Frachtschiff, das im nordkoreanischen Hafen Rajin Container lädt. Wie bewertet die Bundesregierung das?\nAntwort: Wir gehen davon aus, dass Nordkorea damit weitere Munition an Russland geliefert hat.\nFrage: Reist der Kanzler nach Brüssel?\nAntwort: Dazu kann ich nichts sagen."),
            row("en", "none", "Department Press Briefing, December 3",
                    "MR PRICE: Good afternoon.\nQUESTION: On Venezuela, is there an update?\nMR PRICE: The talks are continuing.\nQUESTION: North Korea fired two cruise missiles yesterday. Your reaction?\nMR PRICE: We condemn the launch.\nQUESTION: And on Russia's strikes on Kyiv?\nMR PRICE: We condemn them too."));
    }

    /**
     * A verbatim statement's point (0.38.0, Labeller.statementPoint): under a headline naming a statement, the sentences after
     * the last line announcing what follows ("declares as follows:") are the lead; the ceremonial preamble before them is
     * body. Its point read as a sentence deep in the body (not relevant) or the preamble's words decided.
     */
    @TestFactory
    Stream<DynamicTest> aStatementsPointAfterItsPreambleIsItsLead() {
        return table(
            row("en", "critical", "Statement of Spokesman for Ministry of National Defence of DPRK",
                    "Pyongyang, December 4 (KCNA) -- A spokesman for the Ministry of National Defence of the DPRK issued the following statement:\nThis year our heroic army has demonstrated its invincible might and its loyalty to the Party.\nThe imperialists are staging large-scale joint military exercises one after another.\nSuch hostile acts can never go unpunished, and the DPRK will defend its sovereignty.\nIn this regard, the Ministry of National Defence solemnly declares as follows:\nThe units of the Korean People's Army sent to the Kursk region of the Russian Federation will continue to perform their combat duty there together with the Russian armed forces."),
            row("ru", "critical", "Заявление представителя Министерства национальной обороны КНДР",
                    "Пхеньян, 4 декабря (ЦТАК). Представитель Министерства национальной обороны КНДР сделал следующее заявление:\nВ этом году наша героическая армия вновь продемонстрировала свою непобедимую мощь.\nИмпериалисты проводят одни масштабные учения за другими.\nТакие враждебные действия не останутся безнаказанными.\nВ связи с этим Министерство национальной обороны КНДР заявляет следующее:\nПодразделения Корейской народной армии, направленные в Курскую область Российской Федерации, продолжат нести там боевую службу вместе с российскими войсками."),
            row("uk", "critical", "Заява речника Міністерства національної оборони КНДР",
                    "Пхеньян, 4 грудня (ЦТАК). Речник Міністерства національної оборони КНДР зробив таку заяву:\nЦього року наша героїчна армія знову продемонструвала свою непереможну міць.\nІмперіалісти проводять одні масштабні навчання за іншими.\nТакі ворожі дії не залишаться безкарними.\nУ зв'язку з цим Міністерство національної оборони КНДР заявляє наступне:\nПідрозділи Корейської народної армії, направлені до Курської області Російської Федерації, продовжать нести там бойову службу разом з російськими військами."),
            row("ko", "critical", "조선민주주의인민공화국 국방성 대변인 담화",
                    "(평양 12월 4일발 조선중앙통신)\n올해 우리 영웅적인 군대는 불패의 위력을 온 세상에 과시하였다.\n제국주의자들은 대규모 합동군사연습을 련이어 벌리고있다.\n이러한 적대행위는 절대로 묵과될수 없다.\n이와 관련하여 조선민주주의인민공화국 국방성은 다음과 같이 선언한다:\n로씨야련방 꾸르스크지역에 파견된 조선인민군 구분대들은 로씨야군대와 함께 그곳에서 전투임무를 계속 수행할것이다."),
            row("zh", "critical", "朝鲜国防省发言人发表声明",
                    "据朝中社12月4日报道，朝鲜国防省发言人当天发表声明。\n今年，我们英雄的军队向全世界显示了不可战胜的威力。\n帝国主义者接连举行大规模联合军事演习。\n这种敌对行为绝不会被容忍。\n对此，朝鲜国防省郑重声明如下：\n派往俄罗斯库尔斯克州的朝鲜人民军分队将继续与俄罗斯军队一起在当地执行战斗任务。"),
            row("ja", "critical", "北朝鮮国防省報道官が談話",
                    "朝鮮中央通信によると、北朝鮮国防省の報道官は4日、談話を発表した。\n今年、わが英雄的軍隊は不敗の威力を全世界に誇示した。\n帝国主義者は大規模な合同軍事演習を次々と行っている。\nこのような敵対行為は決して許されない。\nこれに関連し、国防省は次のように宣言する：\nロシアのクルスク州に派遣された朝鮮人民軍の部隊は、ロシア軍とともに現地で戦闘任務を続ける。"),
            row("de", "critical", "Erklärung des Sprechers des nordkoreanischen Verteidigungsministeriums",
                    "Pjöngjang, 4. Dezember (KCNA). Ein Sprecher des Verteidigungsministeriums der DVRK gab folgende Erklärung ab.\nIn diesem Jahr hat unsere heldenhafte Armee ihre unbesiegbare Macht gezeigt.\nDie Imperialisten halten ein großes Manöver nach dem anderen ab.\nSolche feindseligen Handlungen bleiben nicht ungestraft.\nDas Verteidigungsministerium der DVRK erklärt daher Folgendes:\nDie in das russische Gebiet Kursk entsandten Einheiten der Koreanischen Volksarmee werden dort gemeinsam mit den russischen Truppen ihren Kampfeinsatz fortsetzen."));
    }

    /**
     * "Feats on every front" of a state's construction is rhetoric, no war front (0.38.0, cues mask): a KCNA preamble's
     * "모든 전선에서 빛나는 위훈" before a defence delegation's departure read as troops fighting (critical).
     */
    @TestFactory
    Stream<DynamicTest> featsOnEveryFrontAreRhetoric() {
        return table(
            row("ko", "high", "조선인민군 국방성대표단 로씨야련방 방문하기 위하여 평양 출발",
                    "조선인민군은 올해 조국보위와 사회주의건설의 모든 전선에서 빛나는 위훈을 떨치였다. 조선인민군 국방상을 단장으로 하는 국방성대표단이 로씨야련방 국방성의 초청에 따라 로씨야를 방문하기 위하여 4일 평양을 출발하였다."),
            row("en", "high", "KPA defence delegation leaves for Moscow",
                    "The Korean People's Army has performed shining feats on all fronts of socialist construction this year. A delegation of the DPRK Ministry of National Defence headed by Defence Minister No Kwang Chol left Pyongyang for Moscow on Thursday for talks with the Russian defence ministry."),
            row("ru", "high", "Делегация министерства обороны КНДР вылетела в Москву",
                    "Корейская народная армия в этом году совершила славные подвиги на всех фронтах социалистического строительства. Делегация министерства национальной обороны КНДР во главе с министром обороны вылетела в Москву для переговоров с министерством обороны России."));
    }

    /**
     * A correction or update note (0.38.0, Labeller.withoutCorrectionNotes) speaks of the article: the office it says the
     * story had wrong ("the delegation was led by the deputy defence minister") is no headline event. It rated a children's
     * choir's tour high.
     */
    @TestFactory
    Stream<DynamicTest> aCorrectionNoteIsNoHeadlineEvent() {
        return table(
            row("en", "low", "Russian children's choir gives first concerts in Pyongyang",
                    "Update, December 5: An earlier version of this article said the Russian delegation was led by Deputy Defence Minister Anna Tsivileva. It was led by the deputy culture minister.\nThe Moscow children's choir Vesna gave its first concert in Pyongyang on Thursday, performing Russian and Korean songs, KCNA reported."),
            row("ru", "low", "Детский хор из Москвы дал первые концерты в Пхеньяне",
                    "Исправление: в первой версии материала говорилось, что делегацию возглавлял заместитель министра обороны России. Её возглавлял заместитель министра культуры.\nМосковский детский хор «Весна» дал в Пхеньяне первый концерт, исполнив русские и корейские песни, сообщило ЦТАК."),
            row("uk", "low", "Російський дитячий хор дав перші концерти в Пхеньяні",
                    "Виправлення: у попередній версії матеріалу йшлося, що делегацію очолював заступник міністра оборони Росії. Її очолював заступник міністра культури.\nМосковський дитячий хор «Весна» дав у Пхеньяні перший концерт, виконавши російські та корейські пісні, повідомило ЦТАК."),
            row("ko", "low", "러시아 어린이 합창단, 평양서 첫 공연",
                    "※ 바로잡습니다: 앞선 판에서 대표단을 이끈 인물을 '러시아 국방차관'으로 보도했으나 '러시아 문화차관'이 맞기에 바로잡습니다.\n러시아 모스크바 어린이 합창단이 평양에서 첫 공연을 열고 러시아와 조선 노래를 불렀다고 조선중앙통신이 보도했다."),
            row("zh", "low", "俄罗斯儿童合唱团在平壤举行首场演出",
                    "【更正】本文初版中称俄罗斯代表团由俄国防部副部长率领，应为俄文化部副部长。特此更正。\n据朝中社报道，莫斯科“春天”儿童合唱团在平壤举行首场演出，演唱了俄罗斯和朝鲜歌曲。"),
            row("ja", "low", "ロシアの児童合唱団、平壌で初公演",
                    "訂正：先の記事で、ロシア代表団を率いたのは国防次官としましたが、文化次官の誤りでした。\n朝鮮中央通信によると、モスクワの児童合唱団が平壌で初公演を行い、ロシアと朝鮮の歌を披露した。"),
            row("de", "low", "Russischer Kinderchor gibt erste Konzerte in Pjöngjang",
                    "Korrektur: In einer früheren Version dieses Artikels hieß es, die russische Delegation werde vom Vize-Verteidigungsminister geleitet. Sie wurde vom Vize-Kulturminister geleitet.\nDer Moskauer Kinderchor Wesna hat in Pjöngjang sein erstes Konzert gegeben und russische und koreanische Lieder gesungen, meldete KCNA."));
    }

    /**
     * Fisheries agreements and protocols are economic (0.38.0, cues economic): 渔业合作议定书 named no kind of event, so the
     * body's background on troops decided (critical).
     */
    @TestFactory
    Stream<DynamicTest> fisheriesAgreementsAreEconomic() {
        return table(
            row("zh", "medium", "俄朝签署2027年渔业合作议定书",
                    "俄朝渔业合作政府间委员会会议4日闭幕，双方签署了2027年渔业合作议定书。两国于2024年签署全面战略伙伴关系条约，朝鲜还向俄罗斯派兵。"),
            row("ja", "medium", "ロシアと北朝鮮、2027年の漁業協力議定書に署名",
                    "ロシアと北朝鮮の漁業協力政府間委員会が4日閉幕し、双方は2027年の漁業協力議定書に署名した。両国は2024年に条約を結び、北朝鮮はロシアに兵士を派遣している。"),
            row("ru", "medium", "Россия и КНДР подписали протокол о сотрудничестве в рыболовстве на 2027 год",
                    "Межправкомиссия России и КНДР по рыболовству завершила работу во Владивостоке, стороны подписали протокол на 2027 год. В 2024 году страны подписали договор, КНДР направила войска в Россию."),
            row("uk", "medium", "Росія і КНДР підписали протокол про співпрацю в рибальстві",
                    "Міжурядова комісія Росії та КНДР з рибальства завершила роботу у Владивостоці, сторони підписали протокол на 2027 рік. У 2024 році країни підписали договір, КНДР направила війська до Росії."),
            row("ko", "medium", "북러, 2027년 어업 협력 의정서 서명",
                    "북한과 러시아의 어업 협력 정부간위원회가 4일 폐막하고 양측은 2027년 어업 협력 의정서에 서명했다. 양국은 2024년 조약을 맺었고 북한은 러시아에 병력을 파병했다."),
            row("de", "medium", "Russland und Nordkorea unterzeichnen Fischereiprotokoll für 2027",
                    "Die Regierungskommission Russlands und Nordkoreas für Fischerei hat in Wladiwostok ein Protokoll für 2027 unterzeichnet. Die beiden Länder hatten 2024 einen Vertrag geschlossen, Nordkorea entsandte Truppen nach Russland."),
            row("en", "medium", "Russia and North Korea sign 2027 fisheries protocol",
                    "Russia and North Korea signed their fisheries protocol for 2027 at the end of the intergovernmental fisheries commission in Vladivostok. The two signed a treaty in 2024 and North Korea has sent troops to Russia."));
    }

    /**
     * A side's military transport aircraft flying to the other carry military cargo, an arms supply allegation (0.38.0,
     * cues military_airlift and severity.tsv): flights told through tracking data read as transport (medium) or no kind.
     */
    @TestFactory
    Stream<DynamicTest> militaryTransportFlightsAreAnArmsSupplyAllegation() {
        return table(
            row("zh", "high", "研究报告：俄军运输机频繁往返平壤",
                    "美国一家研究机构发布报告称，航班追踪数据显示，今年9月至11月，俄罗斯空军伊尔-76军用运输机至少27次往返于符拉迪沃斯托克与平壤之间。"),
            row("en", "high", "Russian military transport planes shuttle to Pyongyang, tracking data show",
                    "Flight-tracking data show Russian air force Il-76 military transport planes flew at least 27 times between Vladivostok and Pyongyang from September to November, a research institute said."),
            row("ru", "high", "Военно-транспортные самолёты ВКС России зачастили в Пхеньян",
                    "По данным сервисов отслеживания полётов, военно-транспортные самолёты Ил-76 ВКС России с сентября по ноябрь совершили не менее 27 рейсов между Владивостоком и Пхеньяном."),
            row("uk", "high", "Російські військово-транспортні літаки літають до Пхеньяна",
                    "За даними сервісів відстеження польотів, російські військово-транспортні літаки Іл-76 з вересня по листопад здійснили щонайменше 27 рейсів між Владивостоком і Пхеньяном."),
            row("ko", "high", "러시아 군 수송기, 평양 잦은 왕복",
                    "항공기 추적 자료에 따르면 러시아 공군 일류신-76 군 수송기가 9월부터 11월까지 블라디보스토크와 평양 사이를 최소 27차례 오갔다고 한 연구기관이 밝혔다."),
            row("ja", "high", "ロシア軍の輸送機、平壌へ頻繁に往復",
                    "飛行追跡データによると、ロシア空軍のIl-76軍用輸送機が9月から11月にかけて、ウラジオストクと平壌の間を少なくとも27回往復した。"),
            row("de", "high", "Russische Militärtransporter fliegen häufig nach Pjöngjang",
                    "Flugdaten zeigen, dass russische Militärtransporter vom Typ Il-76 von September bis November mindestens 27 Mal zwischen Wladiwostok und Pjöngjang pendelten, teilte ein Institut mit."),
            row("en", "low", "Russian military transport plane delivers flour to North Korea",
                    "A Russian air force Il-76 military transport plane delivered 25 tonnes of flour and medicines to Pyongyang as humanitarian aid for flood victims, the Russian embassy said."));
    }

    /**
     * German compounds for refined oil (0.38.0, cues petroleum): "Erdölprodukte geliefert, viermal so viel wie die
     * UN-Obergrenze erlaubt" was no petroleum, so the explainer read as a political contact (medium).
     */
    @TestFactory
    Stream<DynamicTest> refinedOilInGermanCompounds() {
        return table(
            row("de", "high", "Was wir über den neuen Bericht zu Russland und Nordkorea wissen",
                    "Das Überwachungsteam hat am Mittwoch seinen Bericht vorgelegt. Russland habe Nordkorea mehr als zwei Millionen Barrel Erdölprodukte geliefert, viermal so viel wie die UN-Obergrenze erlaubt.\nWie reagiert Moskau? Russlands UN-Botschafter nannte den Bericht illegitim."),
            row("de", "high", "Russland liefert Nordkorea Kraftstoff über UN-Obergrenze",
                    "Russland hat Nordkorea in diesem Jahr Kraftstoff weit über die von der UN erlaubte Obergrenze geliefert, heißt es in einem Bericht."));
    }

    /**
     * Russia's state theatres by name (0.38.0, gazetteer): "Das Sankt Petersburger Mariinski-Theater gibt … Vorstellungen
     * im Pjöngjanger Großen Theater" named no Russian side (not relevant); their guest performances are cultural exchange.
     */
    @TestFactory
    Stream<DynamicTest> russiasStateTheatresAreASide() {
        return table(
            row("de", "low", "Mariinski-Theater gastiert in Pjöngjang",
                    "Das Mariinski-Theater gibt in dieser Woche drei Vorstellungen im Großen Theater von Pjöngjang."),
            row("en", "low", "Mariinsky Theatre tours Pyongyang",
                    "The Mariinsky Theatre is giving three performances at the Pyongyang Grand Theatre this week."),
            row("ru", "low", "Мариинский театр гастролирует в Пхеньяне",
                    "Мариинский театр даёт на этой неделе три спектакля в Большом театре Пхеньяна."),
            row("ko", "low", "마린스키 극장, 평양 공연",
                    "마린스키 극장이 이번 주 평양대극장에서 세 차례 공연을 한다고 조선중앙통신이 보도했다."),
            row("zh", "low", "马林斯基剧院在平壤巡演",
                    "据朝中社报道，马林斯基剧院本周在平壤大剧场举行三场演出。"),
            row("ja", "low", "マリインスキー劇場が平壌公演",
                    "朝鮮中央通信によると、マリインスキー劇場が今週、平壌大劇場で3回の公演を行っている。"),
            row("en", "low", "Bolshoi Ballet to dance Swan Lake in Pyongyang",
                    "The Bolshoi Ballet will perform Swan Lake at the Pyongyang Grand Theatre next week."));
    }

    /**
     * A weekly round-up named in brackets before its items ("[한 주 정리] 예산안 통과·北 미사일·러 공습", 0.38.0,
     * Labeller.colonIn and itemBreak): a middle dot ends an item of several words, so a North Korean launch and a Russian strike
     * are two stories (it read critical).
     */
    @TestFactory
    Stream<DynamicTest> aBracketedRoundupsItemsAreApart() {
        return table(
            row("ko", "none", "[한 주 정리] 예산안 통과·北 미사일·러 공습",
                    "이번 주 주요 뉴스를 정리했다. 국회는 예산안을 통과시켰다. 북한은 순항미사일을 발사했다. 러시아는 우크라이나 전력망을 공습했다."),
            row("ja", "none", "【週間まとめ】予算案成立・北朝鮮ミサイル・ロシア空爆",
                    "今週の主なニュースをまとめた。国会で予算案が成立した。北朝鮮は巡航ミサイルを発射した。ロシアはウクライナの電力網を空爆した。"),
            row("zh", "none", "【一周要闻】预算案通过，朝鲜导弹，俄罗斯空袭",
                    "本周要闻回顾。国会通过预算案。朝鲜发射巡航导弹。俄罗斯空袭乌克兰电网。"));
    }

    /**
     * Guard: a middle dot between two short names is the pair's own ("북·러 정상회담"), also in a round-up.
     */
    @TestFactory
    Stream<DynamicTest> twoShortNamesJoinedByAMiddleDotStayThePair() {
        return table(
            row("ko", "high", "[한 주 정리] 북·러 정상회담",
                    "김정은 국무위원장과 푸틴 대통령이 블라디보스토크에서 정상회담을 가졌다."));
    }

    /**
     * An article saying its measures or cases on the two are apart ("for separate reasons", "in einem zweiten, davon
     * unabhängigen Tatkomplex", 別々の理由; 0.38.0, cues apart) tells two stories: only a sentence tying one to the other pairs
     * them. A third party's sanctions or a court's ruling on each read relevant (medium).
     */
    @TestFactory
    Stream<DynamicTest> anArticleSayingTheTwoAreApartPairsThemOnlyWhereTied() {
        return table(
            row("ja", "none", "政府、追加制裁を決定　ロシア関連40団体と北朝鮮関連5団体",
                    "政府は5日、追加の制裁措置を決めた。ロシア関連の40団体と北朝鮮関連の5団体の資産を凍結する。両者は別々の理由に基づく。"),
            row("de", "none", "Hamburger Händler wegen Exporten nach Nordkorea und Russland verurteilt",
                    "Das Landgericht Hamburg hat einen Autohändler zu vier Jahren Haft verurteilt. Er verkaufte Luxusautos nach Nordkorea. In einem zweiten, davon unabhängigen Tatkomplex lieferte er Drohnenteile nach Russland."),
            row("en", "none", "Japan sanctions Russian and North Korean entities",
                    "Japan froze the assets of 40 Russian entities and five North Korean ones on Friday, for separate reasons: Russia's war in Ukraine and North Korea's missile programme."),
            row("ru", "none", "Япония ввела санкции против российских и северокорейских компаний",
                    "Япония заморозила активы 40 российских и пяти северокорейских организаций по разным причинам: из-за войны на Украине и ракетной программы КНДР."),
            row("uk", "none", "Японія запровадила санкції проти російських і північнокорейських компаній",
                    "Японія заморозила активи 40 російських і п'яти північнокорейських організацій з різних причин: через війну в Україні та ракетну програму КНДР."),
            row("ko", "none", "일본, 러시아·북한 단체 제재",
                    "일본 정부는 러시아 단체 40곳과 북한 단체 5곳의 자산을 동결했다. 두 조치는 서로 무관한 별개의 사안이다."),
            row("zh", "none", "日本制裁俄罗斯和朝鲜实体",
                    "日本政府冻结了40家俄罗斯实体和5家朝鲜实体的资产，两项措施互不相关。"));
    }

    /**
     * Guard: a sentence that ties the two (talks with, between) pairs them even in an article saying something else is apart.
     */
    @TestFactory
    Stream<DynamicTest> tiedSentencesStillPairThemWhenApart() {
        return table(
            row("en", "high", "Russian defence minister holds talks with North Korean counterpart",
                    "Russia's defence minister held talks with North Korea's defence minister in Pyongyang on Friday. Japan, for separate reasons, froze the assets of Chinese firms the same day."));
    }

    /**
     * An opinion piece's thesis (0.38.0, Labeller.thesisPoint): under a headline labelled as opinion or a column, the sentence
     * where the author puts the point and the two after it are the head and lead; the figurative headline ("bridge") and the
     * history before it are body. The headline's "bridge" rated students' exchanges as infrastructure (medium).
     */
    @TestFactory
    Stream<DynamicTest> anOpinionPiecesThesisRatesIt() {
        return table(
            row("en", "low", "Opinion: The quietest bridge between Moscow and Pyongyang",
                    "Stalin chose Kim Il Sung to run the northern half of Korea in 1945. For most of the 1990s the relationship barely survived.\nThe war in Ukraine changed everything for the two countries.\nIt is tempting to read everything through the lens of the battlefield.\nBut the development I find most telling this autumn is a quieter one: more than a thousand North Korean students have enrolled at Russian universities this year."),
            row("ru", "low", "Мнение: самый тихий мост между Москвой и Пхеньяном",
                    "В 1945 году Сталин выбрал Ким Ир Сена руководить северной частью Кореи. В 1990-е годы отношения почти прекратились.\nВойна на Украине всё изменила.\nВсё это соблазнительно рассматривать через призму войны.\nНо куда важнее другое: в этом году в российские вузы поступили более тысячи студентов из КНДР."),
            row("ko", "low", "[칼럼] 모스크바와 평양 사이의 조용한 다리",
                    "1945년 스탈린은 김일성에게 북한을 맡겼다. 1990년대 양국 관계는 거의 끊겼다.\n우크라이나 전쟁이 모든 것을 바꿨다.\n우리는 모든 것을 전장의 시각으로 보기 쉽다.\n그러나 정말 주목해야 할 것은 따로 있다. 올해 북한 유학생 천여 명이 러시아 대학에 입학했다."),
            row("ja", "low", "【解説】モスクワと平壌を結ぶ静かな橋",
                    "1945年、スターリンは金日成に北朝鮮を任せた。1990年代、両国の交流はほとんど途絶えた。\nウクライナ侵攻が全てを変えた。\n全てを戦場の視点で見たくなる。\nだが、筆者が注目するのは別の動きだ。今年、北朝鮮の留学生1000人以上がロシアの大学に入学した。"),
            row("zh", "low", "评论：莫斯科与平壤之间最安静的桥梁",
                    "1945年，斯大林选择金日成领导朝鲜北半部。上世纪90年代，两国关系几乎中断。\n乌克兰战争改变了一切。\n人们很容易从战场的角度看待一切。\n但真正值得关注的是另一件事：今年有一千多名朝鲜留学生进入俄罗斯大学学习。"),
            row("de", "low", "Kommentar: Die leiseste Brücke zwischen Moskau und Pjöngjang",
                    "Stalin setzte 1945 Kim Il Sung an die Spitze Nordkoreas. In den 1990er-Jahren brachen die Beziehungen fast ab.\nDer Krieg in der Ukraine hat alles verändert.\nEs liegt nahe, alles durch die Brille des Schlachtfelds zu sehen.\nWichtiger ist etwas anderes: Mehr als tausend nordkoreanische Studenten haben sich in diesem Jahr an russischen Universitäten eingeschrieben."));
    }

    /**
     * A headline naming a third country's border town (Hunchun, Fangchuan, Dandong) and neither side (0.38.0, gazetteer role
     * third_place): its firms using both neighbours' ports or its tourists viewing both shores are no exchange between the two
     * (they read relevant, medium).
     */
    @TestFactory
    Stream<DynamicTest> aBorderTownsStoryIsTheTowns() {
        return table(
            row("zh", "none", "珲春物流企业开通新航线",
                    "珲春市一家物流企业的集装箱经俄罗斯扎鲁比诺港装船运往宁波。过去，企业主要通过朝鲜罗津港中转货物，近年来企业转而更多使用俄罗斯港口。今年珲春经俄罗斯港口转运的集装箱同比增长46%；经朝鲜罗津港转运的货物约3万吨。"),
            row("zh", "none", "吉林珲春防川景区国庆接待游客创新高",
                    "防川景区国庆假期接待游客12.6万人次。游客登上龙虎阁可以同时看到俄罗斯的哈桑小镇和朝鲜的豆满江里。"),
            row("en", "none", "Hunchun logistics firm opens new sea route",
                    "A logistics company from Hunchun shipped its first 40 containers through Russia's port of Zarubino to Ningbo. It used to ship through North Korea's port of Rajin, but now mostly uses Russian ports."),
            row("ko", "none", "훈춘 물류기업, 새 해상 항로 개설",
                    "중국 훈춘의 한 물류기업이 러시아 자루비노항을 거쳐 닝보로 컨테이너 40개를 보냈다. 이 회사는 예전에는 북한 나진항을 주로 이용했지만 최근에는 러시아 항구를 더 많이 이용한다."),
            row("ru", "none", "Логистическая компания из Хуньчуня открыла новый морской маршрут",
                    "Компания из Хуньчуня отправила 40 контейнеров через российский порт Зарубино в Нинбо. Раньше она возила грузы через северокорейский порт Раджин, а теперь чаще пользуется российскими портами."));
    }

    /**
     * Guard: in a border town's story, a sentence tying the two (the road bridge between Russia and the DPRK) still pairs them.
     */
    @TestFactory
    Stream<DynamicTest> aBorderTownsHeadlineKeepsTheTwosTies() {
        return table(
            row("zh", "medium", "珲春迎来俄朝大桥开通",
                    "俄罗斯与朝鲜之间的图们江公路大桥今天正式通车，两国交通部长出席了通车仪式。俄罗斯和朝鲜双方表示，将扩大两国之间的货运和旅游合作。"));
    }

    /**
     * Session 37's leftover (0.38.0, cues purpose): German tells what crates are for with the verb after the goods ("Kisten,
     * wie sie für den Transport nordkoreanischer Munition eingesetzt werden"), out of the English mask's reach; the purpose
     * clause reaches the verb, so the crates tell the supply (high), not the shells' use (critical). Guard: the shells used.
     */
    @TestFactory
    Stream<DynamicTest> aContainersCarryingToldWithTheVerbAfterTheGoods() {
        return table(
            row("de", "high", "Kisten nordkoreanischer Munition in russischem Depot entdeckt",
                    "In einem Depot im Gebiet Brjansk wurden Kisten gefunden, wie sie für den Transport nordkoreanischer Munition eingesetzt werden, berichtete ein Investigativportal. Russland und Nordkorea äußerten sich nicht."),
            row("de", "critical", "Russische Truppen setzen nordkoreanische Granaten ein",
                    "Russische Truppen haben im Gebiet Kursk nordkoreanische Granaten gegen ukrainische Stellungen eingesetzt, teilte der ukrainische Generalstab mit."));
    }

    /**
     * Session 37's leftovers (0.38.0): what has gone on since an earlier year is the setting in the lead also under a
     * headline that names no row (a Russian "Замминистра обороны" headline) and in Japanese after a particle
     * ("北朝鮮は2023年以降", cues other_time and since_year); they read critical (the troops recalled). German was right.
     */
    @TestFactory
    Stream<DynamicTest> whatWentOnSinceAYearIsTheSettingInTheLeadToo() {
        return table(
            row("ru", "high", "Замминистра обороны России посетил завод снарядов в КНДР",
                    "Заместитель министра обороны России посетил завод по производству артиллерийских снарядов в КНДР, сообщило ЦТАК. С 2023 года КНДР поставила России миллионы снарядов и направила войска в Курскую область, по данным Сеула."),
            row("ja", "high", "ロシア国防次官、北朝鮮の砲弾工場を視察",
                    "朝鮮中央通信によると、ロシアの国防次官が北朝鮮の砲弾工場を視察した。通信は詳しい内容を伝えていない。韓国国防省は動向を注視していると述べた。北朝鮮は2023年以降、ロシアに砲弾数百万発を提供し、クルスク州に兵士を派遣したとされる。"),
            row("ja", "high", "ロシア国防次官、北朝鮮の砲弾工場を視察",
                    "朝鮮中央通信によると、ロシアの国防次官が北朝鮮の砲弾工場を視察した。北朝鮮は2023年以降、ロシアに砲弾数百万発を提供し、クルスク州に兵士を派遣したとされる。"),
            row("de", "high", "Russischer Vize-Verteidigungsminister besucht nordkoreanische Granatenfabrik",
                    "Ein russischer Vize-Verteidigungsminister hat eine nordkoreanische Granatenfabrik besucht, meldete KCNA. Nordkorea hat Russland seit 2023 Millionen Granaten geliefert und Soldaten in das Gebiet Kursk entsandt."),
            row("ru", "critical", "КНДР направила в Россию ещё 5 тысяч военных",
                    "КНДР направила в Курскую область ещё 5 тысяч военных, сообщила разведка Южной Кореи. С 2023 года КНДР поставила России миллионы снарядов."));
    }
}
