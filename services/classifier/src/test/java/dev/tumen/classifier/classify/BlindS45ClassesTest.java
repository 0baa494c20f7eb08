package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.44 (session 44, labels): classes of blind-s45's errors and blind-s44's open ones (their READMEs), written as
 * invented articles in the languages each class covers; the expected label is a severity or "none". Counted on the
 * version before each fix.
 */
class BlindS45ClassesTest {

    /**
     * Model 0.44.0: North Korean personnel told by their trade (b45-uk-01: "північнокорейські оператори FPV-дронів" in
     * the Kursk region, read high by the body's shells; b45-ko-01: "북한 철도병" repairing Russian army supply lines in
     * Donetsk under workers' contracts, read not relevant; b44-en-01: North Korean army doctors at field hospitals near
     * the front, read low as health). Drone operators with the drone's kind between the words and railway troops are
     * soldiers (cues.tsv personnel); army doctors, medics and field hospitals (military_medic) are personnel deployed
     * beside the war's theatre or the Kursk region (severity.tsv), and place the North Korean side in Russia's war as
     * soldiers there do (Labeller.impliesRussia); Sudzha is in the Kursk region (gazetteer). The guards: a Russian field
     * hospital or Russian army doctors in flood relief in North Korea, North Korean doctors training at a Vladivostok
     * hospital, North Korean railway workers on the Khasan–Rajin line, Kim at a drone operators' school. On 0.43.5, 9 of
     * these 23 read otherwise (every guard right).
     */
    @TestFactory
    Stream<DynamicTest> personnelToldByTheirTrade() {
        return table(
            row("en", "critical", "Kyiv says North Korean army surgeons work at field hospitals behind the front",
                    "Ukraine's military intelligence said about 60 North Korean military doctors and nurses were working at two Russian field hospitals near Pokrovsk."),
            row("en", "critical", "North Korean FPV drone operators strike Ukrainian positions in Kursk region",
                    "Ukrainian commanders said North Korean FPV operators attached to Russian assault units hit three positions near Sudzha on Monday."),
            row("en", "critical", "North Korean railway troops repair lines behind Russian front",
                    "Around 1,000 North Korean railway troops are rebuilding track and bridges for Russian army supply trains in the Donetsk region, Seoul's spy agency said."),
            row("ru", "critical", "Северокорейские военные врачи работают в полевых госпиталях у линии фронта",
                    "По данным украинской разведки, около 60 военных врачей из КНДР работают в двух российских полевых госпиталях под Покровском."),
            row("ru", "critical", "Операторы FPV-дронов из КНДР воюют под Суджей",
                    "Украинские командиры сообщили, что северокорейские операторы FPV-дронов в составе российских штурмовых отрядов атаковали позиции ВСУ под Суджей."),
            row("uk", "critical", "Північнокорейські оператори FPV-дронів б'ють по позиціях ЗСУ під Суджею",
                    "Українські командири повідомили, що оператори FPV-дронів з КНДР у складі російських штурмових загонів уразили три позиції під Суджею."),
            row("ko", "critical", "북한 철도병, 도네츠크서 러시아군 보급선 복구",
                    "북한 철도병 1천여 명이 도네츠크 지역에서 러시아군 보급 열차가 다니는 선로와 교량을 복구하고 있다고 국정원이 밝혔다."),
            row("ko", "critical", "북한 군의관, 전선 인근 러시아 야전병원서 근무",
                    "북한 군의관과 간호사 60여 명이 포크롭스크 인근 러시아군 야전병원 두 곳에서 일하고 있다고 우크라이나 정보당국이 밝혔다."),
            row("zh", "critical", "朝鲜军医在前线附近俄军野战医院工作",
                    "乌克兰情报部门称，约60名朝鲜军医和护士在波克罗夫斯克附近的两所俄军野战医院工作。"),
            row("ja", "critical", "北朝鮮の軍医、前線近くのロシア軍野戦病院で勤務",
                    "ウクライナ情報当局によると、北朝鮮の軍医や看護師約60人がポクロウシク近くのロシア軍野戦病院2カ所で働いている。"),
            row("de", "critical", "Nordkoreanische Militärärzte in russischen Feldlazaretten an der Front",
                    "Rund 60 nordkoreanische Militärärzte und Krankenschwestern arbeiten nach Angaben des ukrainischen Geheimdienstes in zwei russischen Feldlazaretten bei Pokrowsk."),
            row("de", "critical", "Nordkoreanische Drohnenpiloten greifen bei Sudscha an",
                    "Nordkoreanische Drohnenpiloten in russischen Sturmeinheiten haben nach ukrainischen Angaben drei Stellungen bei Sudscha getroffen."),
            row("uk", "critical", "У Курській області діють північнокорейські оператори FPV-дронів",
                    "Близько 200 північнокорейських військових пройшли курс у російському навчальному центрі безпілотників і з жовтня працюють у складі штурмових загонів під Суджею."),
            row("en", "critical", "North Korean FPV operators active in Kursk region, intelligence says",
                    "About 200 North Korean servicemen completed a course at a Russian drone training centre and have worked with assault detachments near Sudzha since October."),
            row("ru", "critical", "В Курской области действуют северокорейские операторы FPV-дронов",
                    "Около 200 северокорейских военных прошли курс в российском учебном центре беспилотников и с октября работают в составе штурмовых отрядов под Суджей."),
            row("ko", "critical", "'철도 노동자' 계약서 속 북한 철도병…도네츠크 선로 복구",
                    "러시아 철도회사가 북한 회사와 맺은 노동자 계약서의 1,200명은 조선인민군 철도 부대 군인이라고 국정원이 밝혔다."),
            row("en", "critical", "Leaked roster lists North Korean surgeons at Russian field hospitals near the front",
                    "A staffing list from a Russian military medical unit names 46 North Korean army doctors and nurses assigned to two field hospitals in the Zaporizhzhia and Kursk regions."),
            row("en", "low", "Russian field hospital treats flood victims in North Korean city",
                    "Russia's emergencies ministry set up a field hospital in Sinuiju, where military doctors treated 300 people injured in the floods."),
            row("ru", "low", "Российские военные медики провели операции в Пхеньяне",
                    "Бригада военных врачей из Москвы провела в пхеньянской больнице 40 операций на глазах и передала клинике оборудование."),
            row("ko", "medium", "북러, 하산-나진 철도 보수에 북한 철도 노동자 투입 합의",
                    "북한과 러시아가 하산-나진 철도 보수 공사에 북한 철도 노동자 300명을 투입하기로 합의했다."),
            row("en", "low", "North Korean doctors begin training at Vladivostok hospital",
                    "Ten North Korean doctors began a six-month course at a Vladivostok hospital on Monday under an agreement between the two health ministries."),
            row("zh", "low", "俄罗斯军医为朝鲜洪灾灾民义诊",
                    "俄罗斯紧急情况部派出的军医在新义州为300名洪灾灾民看病，并向当地医院赠送了药品。"),
            row("en", "none", "Kim watches drone operators train at new school",
                    "Kim Jong Un watched drone operators train at a new military school, KCNA said; state media said the drills drew on lessons of modern warfare.")
        );
    }

    /**
     * Model 0.44.2: the army words of a sentence telling a delegation, a defence chief or a message name the visitors or
     * the message's addressee, not soldiers sent (b45-zh-01: an air force commander's 军事代表团 at an aircraft plant, and
     * b45-ko-04: Kim's greeting to Russia's defence minister on the Russian army's victory, both read critical as "what
     * became of the headline event's personnel" by the background's troops sent to Russia). The later sentence on troops
     * then tells another story (Labeller.visitorsOrAddressee). Ukrainian переможе (will win) is a war word as победит is
     * (cues.tsv war_cause: перемож*). The guards: a contingent that lands and is later moved to Kursk, troops sent and
     * later put on the front line, stay critical. On 0.44.0 and 0.44.1, 3 of these 12 read otherwise (zh and ko critical, uk low).
     */
    @TestFactory
    Stream<DynamicTest> delegatesAndAddresseesAreNoSoldiersSent() {
        return table(
            row("en", "high", "North Korean air force chief tours Russian fighter plant",
                    "A military delegation led by the commander of the Korean People's Army air force toured the Sukhoi plant in Komsomolsk-on-Amur on Tuesday, Russia's defence ministry said. The visitors watched fighters being assembled and flown. Analysts say the North's air force flies some of the oldest jets in the world. South Korea says North Korea has sent more than 10,000 soldiers to Russia."),
            row("ru", "high", "Командующий ВВС КНДР посетил авиазавод в Комсомольске-на-Амуре",
                    "Военная делегация во главе с командующим ВВС Корейской народной армии осмотрела сборочный цех завода «Сухого», сообщило Минобороны России. Гостям показали сборку и полёты истребителей. Аналитики отмечают, что авиация КНДР летает на одних из самых старых самолётов в мире. По данным Сеула, КНДР направила в Россию более 10 тысяч военных."),
            row("zh", "high", "朝鲜空军司令率团参观俄罗斯飞机制造厂",
                    "据俄罗斯国防部消息，朝鲜人民军空军司令率领的军事代表团参观了共青城的苏霍伊飞机制造厂，观看了战斗机的总装和试飞。分析人士认为，朝鲜空军的飞机是世界上最老旧的飞机之一，平壤一直希望获得现代战机。据韩国方面称，朝鲜已向俄罗斯派遣一万多名士兵，并提供了炮弹。"),
            row("ja", "high", "北朝鮮空軍司令官、ロシアの戦闘機工場を視察",
                    "ロシア国防省によると、朝鮮人民軍空軍司令官が率いる軍事代表団がコムソモリスク・ナ・アムーレのスホイ工場を視察し、戦闘機の組み立てと試験飛行を見学した。専門家は、北朝鮮空軍の機体は世界で最も古いものの一つだと指摘している。韓国によると、北朝鮮はロシアに1万人以上の兵士を派遣している。"),
            row("de", "high", "Nordkoreanische Militärdelegation besichtigt russisches Kampfjetwerk",
                    "Eine Militärdelegation der Koreanischen Volksarmee unter Leitung ihres Luftwaffenchefs hat das russische Suchoi-Werk in Komsomolsk am Amur besichtigt, teilte das russische Verteidigungsministerium mit. Den Gästen wurden Montage und Testflüge von Kampfjets gezeigt. Fachleute sagen, Nordkoreas Luftwaffe fliege einige der ältesten Maschinen der Welt. Nach südkoreanischen Angaben hat Nordkorea mehr als 10.000 Soldaten nach Russland geschickt."),
            row("ko", "high", "북한 공군사령관, 러시아 전투기 공장 방문",
                    "북한 인민군 공군사령관이 이끄는 군사대표단이 콤소몰스크나아무레의 러시아 수호이 전투기 공장을 둘러봤다고 러시아 국방부가 밝혔다. 대표단은 전투기 조립과 시험비행을 참관했다. 전문가들은 북한 공군기가 세계에서 가장 낡은 기종에 속한다고 지적한다. 한국 정부는 북한이 러시아에 1만여 명의 병력을 보냈다고 밝혔다."),
            row("ko", "medium", "김정은, 벨로우소프 국방장관에 축전…'러시아 군대 최종 승리 확신'",
                    "김정은 위원장이 조국수호자의 날을 맞아 벨로우소프 러시아 국방장관에게 축전을 보냈다고 조선중앙통신이 보도했다. 김 위원장은 축전에서 '러시아 군대가 특수군사작전에서 반드시 승리할 것'이라며 '조선 인민은 언제나 러시아의 편에 서 있을 것'이라고 밝혔다. 축전은 두 나라 군대의 전투적 우의를 언급했다. 북한군은 지난해 쿠르스크 전투에 참가했다."),
            row("en", "medium", "Kim sends Defender Day greetings to Russia's defence minister, backs the war",
                    "Kim Jong Un sent greetings to Russia's defence minister Andrei Belousov on Defender of the Fatherland Day, KCNA said. Kim said the Russian army would surely win the special military operation and that the Korean people would always stand by Russia. The message praised the militant friendship of the two armies. North Korean troops fought in the Kursk region last year."),
            row("ru", "medium", "Ким в поздравлении Белоусову: армия России победит в СВО, КНДР на стороне России",
                    "Ким Чен Ын направил министру обороны России Андрею Белоусову поздравление с Днём защитника Отечества, сообщило ЦТАК. Ким заявил, что российская армия непременно победит в специальной военной операции, а КНДР всегда будет на стороне России. В послании говорится о боевой дружбе двух армий. Северокорейские военные в прошлом году воевали в Курской области."),
            row("uk", "medium", "Кім у привітанні Бєлоусову: армія Росії переможе, КНДР на боці Росії",
                    "Кім Чен Ин надіслав міністру оборони Росії Андрію Бєлоусову вітання з Днем захисника Вітчизни, повідомило ЦТАК. Кім заявив, що російська армія неодмінно переможе у спеціальній військовій операції, а КНДР завжди буде на боці Росії. У посланні йдеться про бойову дружбу двох армій. Північнокорейські військові торік воювали в Курській області."),
            row("en", "critical", "First North Korean contingent lands in Russia's Far East",
                    "A first contingent of North Korean soldiers arrived in Vladivostok by ship on Monday, Ukraine's intelligence said. They boarded trains the same day. The soldiers were later moved to the Kursk region, where they joined assaults."),
            row("ko", "critical", "북한, 러시아에 병력 추가 파견",
                    "북한이 러시아에 병력 3천 명을 추가로 파견했다고 국정원이 밝혔다. 이들은 열차로 이동했다. 이들 중 일부는 쿠르스크 전선에 투입됐다.")
        );
    }

    /**
     * Model 0.44.2: a body's name read as the wrong side's body. The UN Security Council by its short name (Радбез ООН,
     * Совбез ООН) was Russia's Security Council (b45-uk-02: a deputy foreign minister's statement on the DPRK's satellite
     * programme read high as security chiefs' talks); an "other" entry shadows the stem (gazetteer). Russia's foreign
     * ministry in KCNA's spelling (로씨야외무성) was the DPRK's 외무성 beside Russia, a pair; it is Russia's now. And a
     * deputy foreign minister in Korean, Japanese, Chinese and German (외무차관, 外務次官, Vizeaußenminister; cues.tsv
     * foreign_minister) speaks for his side as in English and Russian, so his statement on the other side is relevant. The
     * guards: Russia's Security Council secretary in Pyongyang stays high (ru, uk), a vice foreign minister on the West's
     * sanctions against Russia stays not relevant. On 0.44.0 and 0.44.1, 6 of these 12 read otherwise (uk and ru high; ko, ja and de
     * not relevant; the KCNA-style statement relevant).
     */
    @TestFactory
    Stream<DynamicTest> aBodysNameReadAsTheWrongSides() {
        return table(
            row("uk", "medium", "Руденко: резолюції Радбезу ООН щодо КНДР втратили сенс",
                    "Заступник міністра закордонних справ Росії заявив в інтерв'ю, що резолюції Радбезу ООН щодо КНДР «втратили будь-який сенс», а Пхеньян має суверенне право на космічну програму."),
            row("ru", "medium", "Рябков: резолюции Совбеза ООН по КНДР утратили смысл",
                    "Заместитель министра иностранных дел России заявил, что резолюции Совбеза ООН по КНДР «утратили всякий смысл», а Пхеньян имеет суверенное право на космическую программу."),
            row("ru", "medium", "Замглавы МИД России: санкции СБ ООН против КНДР устарели",
                    "Заместитель министра иностранных дел России заявил в интервью, что санкции Совета Безопасности ООН против КНДР устарели, а Пхеньян имеет право на оборону."),
            row("en", "medium", "Russian deputy foreign minister calls UN Security Council resolutions on North Korea obsolete",
                    "Russia's deputy foreign minister said in an interview that UN Security Council resolutions on North Korea had lost all meaning and that Pyongyang had a sovereign right to a space programme."),
            row("ko", "medium", "러 외무차관 '대북 안보리 결의 의미 잃어'",
                    "러시아 외무차관은 인터뷰에서 북한에 대한 유엔 안보리 결의가 '모든 의미를 잃었다'며 북한은 우주 개발에 대한 주권적 권리가 있다고 말했다."),
            row("zh", "medium", "俄副外长：安理会涉朝决议已失去意义",
                    "俄罗斯副外长在接受采访时表示，联合国安理会涉朝决议已经失去意义，朝鲜拥有发展航天计划的主权权利。"),
            row("ja", "medium", "ロシア外務次官「対北朝鮮の安保理決議は意味を失った」",
                    "ロシアの外務次官はインタビューで、北朝鮮に対する国連安保理決議は意味を失ったと述べ、北朝鮮には宇宙開発の主権的権利があると語った。"),
            row("de", "medium", "Russischer Vizeaußenminister: UN-Sicherheitsratsresolutionen zu Nordkorea überholt",
                    "Russlands Vizeaußenminister sagte in einem Interview, die Resolutionen des UN-Sicherheitsrats zu Nordkorea hätten jeden Sinn verloren; Pjöngjang habe ein souveränes Recht auf ein Raumfahrtprogramm."),
            row("ru", "high", "Секретарь Совбеза России прибыл в Пхеньян",
                    "Секретарь Совета безопасности России прибыл в Пхеньян и провёл переговоры с Ким Чен Ыном."),
            row("uk", "high", "Секретар Радбезу Росії прибув до Пхеньяна",
                    "Секретар Ради безпеки Росії прибув до Пхеньяна і провів переговори з Кім Чен Ином."),
            row("ko", "none", "로씨야외무성 부상, 서방의 제재는 실패하였다고 언명",
                    "로씨야외무성 부상이 TV방송과의 회견에서 서방의 대로씨야 제재는 완전히 실패하였다고 말하였다."),
            row("de", "none", "Russischer Vizeaußenminister: Sanktionen des Westens gescheitert",
                    "Russlands Vizeaußenminister sagte in einem Interview, die Sanktionen des Westens gegen Russland seien gescheitert.")
        );
    }

    /**
     * Model 0.44.4: sanctions evasion told through the sanctions list, a ship's register or a customs declaration rather
     * than the word (b45-en-02: a Far Eastern bank's transfers for North Korean firms, two payees on the UN sanctions list,
     * read medium as banking; b45-ru-04: a UN-listed North Korean freighter in Russia's register under a new name, read
     * not relevant; b45-de-01: machine tools for North Korea declared as a delivery to a Russian maker, read medium as
     * transport). Money or cargo moved between the two when the headline or lead names a party on the sanctions list
     * (cues.tsv listed_party; severity.tsv's first lead-wide required group, lead:listed_party), a ship re-flagged from one
     * side to the other (reflag), goods under a false declaration (false_declaration) are the sanctions-evasion row; the
     * lead-wide group also counts for relevance (Labeller.leadContext). The guards: trade settled in roubles (en, ko), and
     * workers' wages sent through a listed bank (settled case: labour), stay medium; a Panama-flagged ship re-flagged as
     * Russian for a coal run to China stays not relevant. On 0.44.2, 13 of these 17 read otherwise, on 0.44.3 (the second helper's designation words) 9; every
     * guard right.
     */
    @TestFactory
    Stream<DynamicTest> sanctionsEvasionToldThroughTheListTheRegisterOrTheDeclaration() {
        return table(
            row("en", "high", "Far Eastern bank moved money for North Korean firms under UN sanctions",
                    "A regional bank in Vladivostok processed hundreds of transfers for North Korean trading companies last year, a leaked ledger shows. Two of the payees are on the UN Security Council's sanctions list."),
            row("ru", "high", "Дальневосточный банк проводил платежи северокорейских компаний из санкционного списка ООН",
                    "Региональный банк во Владивостоке провёл сотни платежей для северокорейских торговых компаний, следует из утёкшей выписки. Две из компаний-получателей находятся в санкционном списке СБ ООН."),
            row("uk", "high", "Далекосхідний банк проводив платежі північнокорейських компаній із санкційного списку ООН",
                    "Регіональний банк у Владивостоці провів сотні платежів для північнокорейських торговельних компаній, свідчить виписка, що потрапила до журналістів. Дві компанії-отримувачі перебувають у санкційному списку Радбезу ООН."),
            row("ko", "high", "러시아 극동 은행, 유엔 제재 대상 북한 기업 송금 처리",
                    "블라디보스토크의 한 지역 은행이 지난해 북한 무역회사들의 송금 수백 건을 처리한 사실이 유출된 거래 장부로 드러났다. 수취 기업 가운데 두 곳은 유엔 안보리 제재 대상이다."),
            row("zh", "high", "俄远东银行为联合国制裁名单上的朝鲜企业办理汇款",
                    "泄露的账簿显示，符拉迪沃斯托克一家地区银行去年为朝鲜贸易公司办理了数百笔汇款，其中两家收款公司在联合国安理会制裁名单上。"),
            row("ja", "high", "ロシア極東の銀行、国連制裁対象の北朝鮮企業の送金を処理",
                    "流出した取引記録によると、ウラジオストクの地方銀行が昨年、北朝鮮の貿易会社の送金数百件を処理していた。受取企業のうち2社は国連安保理の制裁対象となっている。"),
            row("de", "high", "Fernöstliche Bank wickelte Zahlungen nordkoreanischer Firmen von der UN-Sanktionsliste ab",
                    "Eine Regionalbank in Wladiwostok hat Hunderte Überweisungen für nordkoreanische Handelsfirmen abgewickelt, wie ein Kontoauszug zeigt. Zwei der Empfängerfirmen stehen auf der Sanktionsliste der Vereinten Nationen."),
            row("en", "high", "Sanctioned North Korean freighter re-flagged as Russian, renamed",
                    "A North Korean cargo ship on the UN sanctions list has been re-flagged as Russian under a new name and has called at Nakhodka three times since, ship registry and tracking data show."),
            row("ru", "high", "Северокорейский сухогруз из санкционного списка сменил флаг на российский",
                    "Северокорейское судно из санкционного списка ООН сменило флаг на российский и новое имя и с тех пор трижды заходило в Находку, следует из данных регистра и отслеживания судов."),
            row("ko", "high", "제재 대상 북한 화물선, 러시아 선적으로 바꿔 운항",
                    "유엔 제재 대상인 북한 화물선이 선적을 러시아로 바꾸고 이름도 바꾼 뒤 나홋카항에 세 차례 입항한 것으로 선박 등록 자료와 위치 추적 자료에서 확인됐다."),
            row("de", "high", "Maschinen für Nordkorea als Lieferung nach Russland deklariert",
                    "Laut Anklage wurden Werkzeugmaschinen für Nordkorea als Lieferung an einen russischen Hersteller deklariert und über Wladiwostok per Bahn nach Rason gebracht."),
            row("en", "high", "Machine tools for North Korea falsely declared as Russian-bound",
                    "Prosecutors say machine tools bound for North Korea were falsely declared as a delivery to a Russian manufacturer, reloaded in Vladivostok and taken by rail to Rason."),
            row("ru", "high", "Станки для КНДР задекларировали как поставку российскому заводу",
                    "По данным следствия, станки для КНДР задекларировали как поставку российскому заводу, перегрузили во Владивостоке и по железной дороге отправили в Расон."),
            row("en", "medium", "Russia and North Korea agree to settle trade in roubles",
                    "The central banks of Russia and North Korea agreed to settle bilateral trade payments in roubles through correspondent accounts, the Russian central bank said."),
            row("ko", "medium", "북러, 무역 대금 루블 결제 합의",
                    "러시아와 북한 중앙은행이 양국 무역 대금을 루블로 결제하기로 합의했다고 러시아 중앙은행이 밝혔다."),
            row("en", "medium", "North Korean workers' wages sent home through bank on UN sanctions list, report says",
                    "The wages of North Korean construction workers in Russia are sent to Pyongyang through a bank on the UN sanctions list, a monitoring report said."),
            row("en", "none", "Panama-flagged bulk carrier re-flagged as Russian before coal run to China",
                    "A bulk carrier that sailed under Panama's flag was re-flagged as Russian last month and has since carried coal from Vostochny to Chinese ports, tracking data show.")
        );
    }
}
