package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.48 (session 49, labels): classes of blind-s48L's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS48LClassesTest {

    /**
     * Class A, a prosecutor's case as the vehicle of a deployment (b48L-uk-01: a war crime on the Sumy front under a
     * headline naming neither side; the third sentence, intercepts, names the unit that held the position as North Korean
     * servicemen under a Russian officer; read not relevant, 0.291). The case's event is the front's, and the unit that
     * did it is the DPRK's: North Korean personnel fighting for Russia, relevant by its content.
     */
    @TestFactory
    Stream<DynamicTest> aProsecutorsCaseNamingTheUnitIsTheDeployment() {
        return table(
            row("en", "critical", "Prosecutors open case into shooting of three prisoners near Sumy",
                    "Ukraine's Prosecutor General's Office opened a criminal case into the shooting of three Ukrainian soldiers who surrendered near the village of Myrne in the Sumy region in late November.\n"
                    + "According to investigators, video from a Ukrainian reconnaissance drone shows soldiers in Russian uniform leading the prisoners out of a dugout and shooting them by a tree line.\n"
                    + "Radio intercepts added to the case show that the unit holding the position was made up of North Korean servicemen speaking Korean, who took their orders from a Russian officer through an interpreter.\n"
                    + "Ukraine's human rights ombudsman appealed to the United Nations and the International Committee of the Red Cross."),
            row("ru", "critical", "Генпрокуратура расследует расстрел трёх пленных в Сумской области",
                    "Офис генерального прокурора Украины начал досудебное расследование расстрела трёх украинских военных, сдавшихся в плен у села Мирное Сумской области в конце ноября.\n"
                    + "По данным следствия, видео с украинского разведывательного дрона зафиксировало, как военные в российской форме выводят пленных из блиндажа и расстреливают их у лесополосы.\n"
                    + "К делу приобщены радиоперехваты: подразделение, удерживавшее позицию, состояло из военнослужащих КНДР, говоривших по-корейски, а приказы им передавал российский офицер через переводчика.\n"
                    + "Уполномоченный Верховной рады по правам человека обратился в ООН и Международный комитет Красного Креста."),
            row("uk", "critical", "Прокуратура розслідує розстріл трьох полонених біля Мирного",
                    "Офіс генерального прокурора розпочав досудове розслідування розстрілу трьох українських військових, які здалися в полон біля села Мирне на Сумщині наприкінці листопада.\n"
                    + "За даними слідства, відео з українського розвідувального дрона зафіксувало, як військові в російській формі виводять полонених з бліндажа і розстрілюють їх біля лісосмуги.\n"
                    + "До справи долучено радіоперехоплення: підрозділ, який утримував позицію, складався з військовослужбовців КНДР, а накази їм передавав російський офіцер через перекладача.\n"
                    + "Омбудсман звернувся до ООН і Міжнародного комітету Червоного Хреста."),
            row("ko", "critical", "우크라 검찰, 수미주 포로 3명 총살 사건 수사",
                    "우크라이나 검찰총장실은 지난달 말 수미주 미르네 마을 인근에서 투항한 우크라이나군 병사 3명이 총살된 사건에 대해 수사에 착수했다고 밝혔다.\n"
                    + "수사 당국에 따르면 우크라이나군 정찰 드론 영상에는 러시아 군복을 입은 군인들이 참호에서 포로들을 끌어내 숲 가장자리에서 총살하는 장면이 담겼다.\n"
                    + "사건 기록에 첨부된 무선 감청 자료에 따르면 해당 진지를 지키던 부대는 한국어로 교신하는 북한군 병사들로 구성됐으며, 러시아군 장교가 통역을 통해 이들에게 명령을 내렸다.\n"
                    + "우크라이나 인권 옴부즈맨은 유엔과 국제적십자위원회에 이 문제를 제기했다."),
            row("zh", "critical", "乌克兰检方调查苏梅州三名战俘遭枪杀案",
                    "乌克兰总检察长办公室宣布，已就11月下旬三名在苏梅州米尔内村附近投降的乌克兰军人遭枪杀一事立案调查。\n"
                    + "据调查人员称，乌克兰侦察无人机拍摄的视频显示，身穿俄军制服的士兵将战俘从掩体中带出，并在林带旁将其枪杀。\n"
                    + "案卷中的无线电截听记录显示，据守该阵地的部队由说朝鲜语的朝鲜军人组成，一名俄罗斯军官通过翻译向他们下达命令。\n"
                    + "乌克兰议会人权专员已向联合国和红十字国际委员会通报此事。"),
            row("ja", "critical", "ウクライナ検察、スーミ州の捕虜3人銃殺事件を捜査",
                    "ウクライナ検事総長室は、11月下旬にスーミ州ミルネ村付近で投降したウクライナ兵3人が銃殺された事件の捜査を始めたと発表した。\n"
                    + "捜査当局によると、ウクライナ軍の偵察ドローンの映像には、ロシア軍の軍服を着た兵士が捕虜を塹壕から連れ出し、林の脇で銃殺する様子が映っていた。\n"
                    + "事件記録に添付された無線傍受によると、その陣地を守っていた部隊は朝鮮語で交信する北朝鮮の軍人で構成され、ロシア軍将校が通訳を介して命令を出していた。\n"
                    + "ウクライナ議会の人権オンブズマンは国連と赤十字国際委員会に訴えた。"),
            row("de", "critical", "Staatsanwaltschaft ermittelt wegen Erschießung von drei Gefangenen bei Sumy",
                    "Die ukrainische Generalstaatsanwaltschaft hat Ermittlungen wegen der Erschießung von drei ukrainischen Soldaten eingeleitet, die sich Ende November bei dem Dorf Myrne im Gebiet Sumy ergeben hatten.\n"
                    + "Nach Angaben der Ermittler zeigt das Video einer ukrainischen Aufklärungsdrohne, wie Soldaten in russischer Uniform die Gefangenen aus einem Unterstand führen und am Waldrand erschießen.\n"
                    + "Abgehörter Funkverkehr in der Akte zeigt, dass die Einheit, die die Stellung hielt, aus nordkoreanischen Soldaten bestand, denen ein russischer Offizier über einen Dolmetscher Befehle erteilte.\n"
                    + "Der ukrainische Menschenrechtsbeauftragte wandte sich an die Vereinten Nationen und das Internationale Komitee vom Roten Kreuz."),
            // guards: the same case with a Russian unit only and one background sentence on North Korea's troops
            row("en", "none", "Prosecutors open case into shooting of three prisoners near Sumy",
                    "Ukraine's Prosecutor General's Office opened a criminal case into the shooting of three Ukrainian soldiers who surrendered near the village of Myrne in the Sumy region in late November.\n"
                    + "According to investigators, video from a Ukrainian reconnaissance drone shows soldiers in Russian uniform leading the prisoners out of a dugout and shooting them by a tree line.\n"
                    + "Radio intercepts added to the case show that the unit holding the position belonged to a Russian motor rifle brigade.\n"
                    + "In 2024 and 2025 North Korea sent more than 14,000 troops to Russia's Kursk region."),
            row("uk", "none", "Прокуратура розслідує розстріл трьох полонених біля Мирного",
                    "Офіс генерального прокурора розпочав досудове розслідування розстрілу трьох українських військових, які здалися в полон біля села Мирне на Сумщині наприкінці листопада.\n"
                    + "За даними слідства, відео з українського розвідувального дрона зафіксувало, як військові в російській формі виводять полонених з бліндажа і розстрілюють їх біля лісосмуги.\n"
                    + "До справи долучено радіоперехоплення: підрозділ, який утримував позицію, належав до російської мотострілецької бригади.\n"
                    + "У 2024–2025 роках КНДР направила до Курської області понад 14 тисяч військових."),
            row("ko", "none", "우크라 검찰, 수미주 포로 3명 총살 사건 수사",
                    "우크라이나 검찰총장실은 지난달 말 수미주 미르네 마을 인근에서 투항한 우크라이나군 병사 3명이 총살된 사건에 대해 수사에 착수했다고 밝혔다.\n"
                    + "수사 당국에 따르면 우크라이나군 정찰 드론 영상에는 러시아 군복을 입은 군인들이 참호에서 포로들을 끌어내 숲 가장자리에서 총살하는 장면이 담겼다.\n"
                    + "북한은 2024년 러시아 쿠르스크 지역에 병력 1만4천여 명을 파병했다."),
            // guard: North Korean soldiers only expected, not named as the scene's unit
            row("en", "none", "Prosecutors open case into shooting of three prisoners near Sumy",
                    "Ukraine's Prosecutor General's Office opened a criminal case into the shooting of three Ukrainian soldiers who surrendered near the village of Myrne in the Sumy region in late November.\n"
                    + "According to investigators, video from a Ukrainian reconnaissance drone shows soldiers in Russian uniform leading the prisoners out of a dugout and shooting them by a tree line.\n"
                    + "Analysts say North Korean soldiers could be sent to the area next year.")
        );
    }

    /**
     * Class B, the leaders' guard services unrecognised as security bodies (b48L-ru-02: "Директор Федеральной службы охраны
     * России Дмитрий Кочнев … провёл переговоры с командующим Командованием охраны КНДР", a cooperation plan signed, under a
     * headline lost under chrome; read medium by the default row; gold high, security chiefs' visit and talks). Russia's
     * Federal Protective Service (FSO) and the DPRK's Guard Command are security services, their heads security chiefs,
     * in every language, and Kochnev by name.
     */
    @TestFactory
    Stream<DynamicTest> theLeadersGuardServicesAreSecurityBodies() {
        return table(
            row("en", "high", "Russian FSO director holds talks in Pyongyang",
                    "The director of Russia's Federal Protective Service, Dmitry Kochnev, held talks in Pyongyang with the commander of North Korea's Guard Command on protecting the two leaders, KCNA said on Monday. The two services signed a cooperation plan for 2027 and 2028."),
            row("ru", "high", "Директор ФСО провёл переговоры в Пхеньяне",
                    "Директор Федеральной службы охраны России Дмитрий Кочнев провёл в Пхеньяне переговоры с командующим Командованием охраны КНДР об обеспечении безопасности первых лиц, сообщило ЦТАК. Стороны подписали план сотрудничества на 2027–2028 годы."),
            row("uk", "high", "Директор ФСО провів переговори в Пхеньяні",
                    "Директор Федеральної служби охорони Росії Дмитро Кочнєв провів у Пхеньяні переговори з командувачем Командування охорони КНДР щодо безпеки перших осіб, повідомило ЦТАК. Сторони підписали план співпраці на 2027–2028 роки."),
            row("ko", "high", "러 연방경호국장, 평양서 호위사령관과 회담",
                    "드미트리 코치네프 러시아 연방경호국장이 평양에서 북한 호위사령관과 회담하고 최고지도자 경호 협력을 논의했다고 조선중앙통신이 8일 보도했다. 양측은 2027∼2028년 협력 계획에 서명했다."),
            row("zh", "high", "俄联邦警卫局局长在平壤举行会谈",
                    "据朝中社8日报道，俄罗斯联邦警卫局局长科奇涅夫在平壤与朝鲜护卫司令部司令举行会谈，讨论最高领导人安保合作。双方签署了2027至2028年合作计划。"),
            row("ja", "high", "ロシア連邦警護庁長官が平壌で会談",
                    "朝鮮中央通信によると、ロシア連邦警護庁のコチネフ長官が平壌で北朝鮮の護衛司令部の司令官と会談し、最高指導者の警護協力について協議した。双方は2027～2028年の協力計画に署名した。"),
            row("de", "high", "Russlands FSO-Chef zu Gesprächen in Pjöngjang",
                    "Der Direktor des russischen Föderalen Schutzdienstes FSO, Dmitri Kotschnew, hat in Pjöngjang mit dem Kommandeur des nordkoreanischen Wachkommandos über den Schutz der beiden Staatschefs beraten, meldete KCNA. Beide Dienste unterzeichneten einen Kooperationsplan für 2027 und 2028."),
            // the item's shape: a headline naming neither side under chrome
            row("ru", "high", "Делегация во главе с Дмитрием Кочневым завершила визит",
                    "USD 92,41 ▲  EUR 99,07 ▼\nДиректор Федеральной службы охраны России Дмитрий Кочнев завершил трёхдневный визит в КНДР, в ходе которого провёл переговоры с командующим Командованием охраны КНДР, сообщило ЦТАК. Стороны подписали план сотрудничества на 2027–2028 годы. Российскую делегацию принял Ким Чен Ын."),
            // guards: the guard service's band at a festival is the concert; the director at a gala concert, a ceremony
            row("en", "low", "Kremlin guard's orchestra performs at Pyongyang festival",
                    "The Presidential Orchestra of Russia's Federal Protective Service performed at the April Spring friendship art festival in Pyongyang, KCNA said. North Korean musicians joined the orchestra for a closing concert."),
            row("ru", "low", "Директор ФСО посетил гала-концерт в Пхеньяне",
                    "Директор Федеральной службы охраны России Дмитрий Кочнев посетил в Пхеньяне гала-концерт, посвящённый годовщине освобождения Кореи, сообщило ЦТАК. Концерт дали артисты ансамбля Командования охраны КНДР.")
        );
    }

    /**
     * Class C, a background sentence on troops raising a supply story to critical (b48L-zh-01: Russian defence-ministry
     * acceptance inspectors stationed at DPRK shell plants, then "朝鲜自2023年起向俄罗斯提供炮弹和弹道导弹，并于2024年派兵参加
     * 库尔斯克地区的战斗" in the body, read critical as "what became of the headline event's weapon"; gold high, arms supply).
     * A later sentence read for what became of the lead's weapons rates by what it says of the weapons, not by the
     * soldiers it also recalls; and "自2023年起" is "since 2023".
     */
    @TestFactory
    Stream<DynamicTest> troopsBesideTheSuppliedWeaponsDoNotRateThem() {
        return table(
            row("en", "high", "Spy agency: foreign inspectors stationed at North Korean shell plants",
                    "South Korea's National Intelligence Service told lawmakers on Saturday that military acceptance inspectors sent by Russia's defence ministry are stationed at three North Korean plants making artillery shells, checking them before they leave the factory.\n"
                    + "About 40 Russian officers arrived in the spring, and the approved shells are then shipped to Russia by rail and through the port of Rajin.\n"
                    + "North Korea has supplied Russia with millions of shells and with ballistic missiles, and in 2024 it sent troops to fight in the Kursk region."),
            row("ru", "high", "Разведка: иностранные приёмщики работают на заводах снарядов в КНДР",
                    "Национальная служба разведки Южной Кореи сообщила депутатам, что военные приёмщики Министерства обороны России постоянно работают как минимум на трёх северокорейских заводах, выпускающих артиллерийские снаряды, и проверяют их перед отгрузкой.\n"
                    + "Около 40 российских офицеров прибыли весной, а принятые снаряды затем отправляют в Россию по железной дороге и через порт Раджин.\n"
                    + "КНДР поставляет России снаряды и баллистические ракеты, а в 2024 году направила войска для участия в боях в Курской области."),
            row("uk", "high", "Розвідка: іноземні приймальники працюють на заводах снарядів у КНДР",
                    "Національна служба розвідки Південної Кореї повідомила депутатам, що військові приймальники Міністерства оборони Росії постійно працюють щонайменше на трьох північнокорейських заводах, які випускають артилерійські снаряди, і перевіряють їх перед відвантаженням.\n"
                    + "Близько 40 російських офіцерів прибули навесні, а прийняті снаряди потім відправляють до Росії залізницею і через порт Раджин.\n"
                    + "КНДР постачає Росії снаряди та балістичні ракети, а у 2024 році направила війська для участі в боях у Курській області."),
            row("ko", "high", "국정원 \"외국 검수관, 북한 포탄 공장에 상주\"",
                    "국가정보원은 6일 국회 정보위원회에 러시아 국방부가 보낸 군사 검수관들이 북한의 포탄 생산 공장 최소 3곳에 상주하며 출고 전 품질을 검사하고 있다고 보고했다.\n"
                    + "러시아 장교 40여 명이 봄부터 들어왔으며, 검사를 통과한 포탄은 철도와 나선항을 통해 러시아로 운송된다.\n"
                    + "북한은 러시아에 포탄과 탄도미사일을 제공하고 2024년에는 쿠르스크 지역 전투에 병력을 파병했다."),
            row("zh", "high", "韩国情报机构：外国验收代表常驻朝鲜炮弹厂",
                    "韩国国家情报院6日在国会情报委员会会议上报告称，俄罗斯国防部派出的军事验收代表已常驻朝鲜至少三家炮弹生产厂，负责在产品出厂前检验质量。\n"
                    + "约40名俄方人员自今年春季起分批进驻，检验合格的炮弹随后经铁路和罗津港运往俄罗斯。\n"
                    + "朝鲜自2023年起向俄罗斯提供炮弹和弹道导弹，并于2024年派兵参加库尔斯克地区的战斗。"),
            row("ja", "high", "韓国情報機関「外国の検収官が北朝鮮の砲弾工場に常駐」",
                    "韓国の国家情報院は6日、国会情報委員会で、ロシア国防省が派遣した軍の検収官が北朝鮮の少なくとも3カ所の砲弾工場に常駐し、出荷前に品質を検査していると報告した。\n"
                    + "ロシアの将校約40人が春から入っており、検査に合格した砲弾は鉄道と羅津港を通じてロシアに運ばれている。\n"
                    + "北朝鮮はロシアに砲弾や弾道ミサイルを供与し、2024年にはクルスク州の戦闘に兵士を派遣した。"),
            row("de", "high", "Geheimdienst: ausländische Abnahmeprüfer in nordkoreanischen Granatenfabriken",
                    "Der südkoreanische Geheimdienst NIS hat Abgeordneten berichtet, dass Abnahmeprüfer des russischen Verteidigungsministeriums in mindestens drei nordkoreanischen Fabriken für Artilleriegranaten stationiert sind und die Granaten vor der Auslieferung prüfen.\n"
                    + "Rund 40 russische Offiziere kamen im Frühjahr an, die abgenommenen Granaten gehen dann per Bahn und über den Hafen Rajin nach Russland.\n"
                    + "Nordkorea liefert Russland Granaten und ballistische Raketen und hat 2024 Truppen für die Kämpfe im Gebiet Kursk entsandt."),
            // guards: the same shells fired at the front are used on the battlefield; a lead telling the troops sent is the deployment
            row("en", "critical", "Spy agency: foreign inspectors stationed at North Korean shell plants",
                    "South Korea's National Intelligence Service told lawmakers on Saturday that military acceptance inspectors sent by Russia's defence ministry are stationed at three North Korean plants making artillery shells, checking them before they leave the factory.\n"
                    + "About 40 Russian officers arrived in the spring, and the approved shells are then shipped to Russia by rail and through the port of Rajin.\n"
                    + "Russian forces have fired these shells at Ukrainian positions near Pokrovsk, Ukraine's military said."),
            row("zh", "critical", "韩国情报机构：朝鲜再向俄罗斯派兵3000人",
                    "韩国国家情报院6日在国会情报委员会会议上报告称，朝鲜上月再向俄罗斯派遣约3000名士兵，部署在库尔斯克地区。\n"
                    + "朝鲜自2023年起向俄罗斯提供炮弹和弹道导弹。")
        );
    }

    /**
     * Class D, a condolence carrying a commitment (b48L-ko-03: Kim's message of sympathy over a drone strike on Voronezh,
     * "조선은 로씨야가 … 최종 승리를 이룩할 때까지 언제나 로씨야 군대와 인민의 편에 서 있을 것", read low as a ceremonial greeting;
     * gold medium, a message announcing support for the war). The settled case: a message that announces a commitment is
     * medium by its content. Korean "할 때까지" is "until", no "when" clause setting a scene.
     */
    @TestFactory
    Stream<DynamicTest> aCondolencePledgingSupportForTheWarIsMedium() {
        return table(
            row("en", "medium", "Kim sends condolences to Putin, vows to stand with Russia until final victory",
                    "North Korean leader Kim Jong Un sent a message of sympathy to Russian President Vladimir Putin after a Ukrainian drone strike killed 11 civilians in Voronezh, KCNA said on Sunday. Kim said the DPRK will always stand on the side of the Russian army and people until they win final victory in the special military operation."),
            row("ru", "medium", "Ким Чен Ын выразил Путину соболезнования и пообещал быть с Россией до победы",
                    "Ким Чен Ын направил Владимиру Путину телеграмму с соболезнованиями в связи с гибелью 11 мирных жителей при ударе украинского беспилотника по Воронежу, сообщило ЦТАК. Ким заявил, что КНДР всегда будет на стороне российской армии и народа до окончательной победы в специальной военной операции."),
            row("uk", "medium", "Кім Чен Ин висловив Путіну співчуття і пообіцяв бути з Росією до перемоги",
                    "Кім Чен Ин надіслав Володимиру Путіну телеграму зі співчуттям у зв'язку із загибеллю 11 мирних жителів унаслідок удару українського безпілотника по Воронежу, повідомило ЦТАК. Кім заявив, що КНДР завжди буде на боці російської армії та народу до остаточної перемоги у спеціальній військовій операції."),
            row("ko", "medium", "김정은, 푸틴에 위문전문…\"최종 승리 때까지 함께할 것\"",
                    "김정은 국무위원장이 우크라이나군의 무인기 공격으로 러시아 보로네시에서 민간인 11명이 숨진 것과 관련해 블라디미르 푸틴 대통령에게 위문전문을 보냈다고 조선중앙통신이 7일 보도했다. 김 위원장은 전문에서 \"조선은 로씨야가 특수군사작전에서 최종 승리를 이룩할 때까지 언제나 로씨야 군대와 인민의 편에 서 있을 것\"이라고 밝혔다."),
            row("zh", "medium", "金正恩向普京致慰问电 称将与俄罗斯站在一起直至最终胜利",
                    "据朝中社7日报道，朝鲜最高领导人金正恩就乌克兰无人机袭击俄罗斯沃罗涅日造成11名平民死亡向俄罗斯总统普京致慰问电。金正恩表示，朝鲜将始终站在俄罗斯军队和人民一边，直至其在特别军事行动中取得最终胜利。"),
            row("ja", "medium", "金正恩氏、プーチン氏に見舞いの電報　「最終勝利まで共に」",
                    "朝鮮中央通信は7日、金正恩総書記がウクライナ軍の無人機攻撃でロシア・ボロネジの民間人11人が死亡したことを受け、プーチン大統領に見舞いの電報を送ったと伝えた。金氏は、北朝鮮はロシアが特別軍事作戦で最終的な勝利を収めるまで常にロシア軍と人民の側に立つと表明した。"),
            row("de", "medium", "Kim kondoliert Putin und verspricht Beistand bis zum Sieg",
                    "Nordkoreas Machthaber Kim Jong Un hat Kremlchef Wladimir Putin nach einem ukrainischen Drohnenangriff auf Woronesch mit elf Toten sein Beileid ausgesprochen, meldete KCNA. Nordkorea werde bis zum endgültigen Sieg in der militärischen Spezialoperation stets an der Seite der russischen Armee und des russischen Volkes stehen, erklärte Kim."),
            // guards: a condolence over floods without a commitment, and a birthday greeting with the usual rhetoric, stay low
            row("ko", "low", "김정은, 푸틴에 홍수 피해 위문전문",
                    "김정은 국무위원장이 러시아 극동 지역의 홍수 피해와 관련해 블라디미르 푸틴 대통령에게 위문전문을 보냈다고 조선중앙통신이 7일 보도했다. 김 위원장은 피해 지역 주민들이 하루빨리 안정된 생활을 되찾기를 바란다고 밝혔다."),
            row("en", "low", "Kim sends Putin condolences over floods",
                    "North Korean leader Kim Jong Un sent a message of sympathy to Russian President Vladimir Putin over deadly floods in Russia's Far East, KCNA said. Kim wished the victims' families comfort and a swift recovery for the region.")
        );
    }

    /**
     * Class E, a chief's statement about the other side read as the chiefs' talks (b48L-ru-03: Gerasimov at the annual
     * briefing for foreign military attachés calling the KPA "one of the most disciplined armies", then "…, добавил
     * Герасимов", read high by the chiefs' row from the body; gold medium, a statement by one side about the other). No
     * meeting of the two is told: the statement heads the article, and what the body recalls is its setting.
     */
    @TestFactory
    Stream<DynamicTest> aChiefsPraiseAtABriefingIsAStatement() {
        return table(
            row("en", "medium", "Gerasimov calls North Korea's army one of the world's most disciplined",
                    "Russia's chief of the General Staff, Valery Gerasimov, told an annual briefing for foreign military attachés in Moscow that the Korean People's Army is one of the most disciplined armies in the world. Sanctions have not stopped Pyongyang from building forces its neighbours must reckon with, he said.\n"
                    + "Russia sees North Korea as a reliable partner, Gerasimov added.\n"
                    + "North Korean troops fought in Russia's Kursk region in 2024 and 2025."),
            row("ru", "medium", "Герасимов назвал армию КНДР одной из самых дисциплинированных в мире",
                    "Начальник Генерального штаба Вооружённых сил России Валерий Герасимов на ежегодном брифинге для иностранных военных атташе заявил, что Корейская народная армия — одна из самых дисциплинированных армий мира. По его словам, санкции не помешали Пхеньяну создать сильную армию.\n"
                    + "Россия рассматривает КНДР как надёжного партнёра, добавил Герасимов.\n"
                    + "Северокорейские военные в 2024–2025 годах участвовали в боях в Курской области."),
            row("uk", "medium", "Герасимов назвав армію КНДР однією з найдисциплінованіших у світі",
                    "Начальник Генштабу Збройних сил Росії Валерій Герасимов на щорічному брифінгу для іноземних військових аташе заявив, що Корейська народна армія — одна з найдисциплінованіших армій світу. За його словами, санкції не завадили Пхеньяну створити сильну армію.\n"
                    + "Росія розглядає КНДР як надійного партнера, додав Герасимов.\n"
                    + "Північнокорейські військові у 2024–2025 роках брали участь у боях у Курській області."),
            row("ko", "medium", "게라시모프 \"북한군은 세계에서 가장 규율 있는 군대\"",
                    "발레리 게라시모프 러시아군 총참모장은 모스크바에서 열린 외국 무관 대상 연례 브리핑에서 조선인민군은 세계에서 가장 규율 있는 군대 중 하나라고 말했다. 그는 제재도 북한이 강한 군대를 만드는 것을 막지 못했다고 했다.\n"
                    + "게라시모프는 러시아가 북한을 믿을 만한 동반자로 여긴다고 덧붙였다.\n"
                    + "북한군은 2024∼2025년 쿠르스크 지역 전투에 참가했다."),
            row("zh", "medium", "格拉西莫夫称朝鲜军队是世界上纪律最严明的军队之一",
                    "俄罗斯武装力量总参谋长格拉西莫夫在莫斯科举行的外国武官年度吹风会上表示，朝鲜人民军是世界上纪律最严明的军队之一。他说，多年的制裁压力并没有阻止平壤建立一支令东北亚各国不得不重视的强大军队。\n"
                    + "格拉西莫夫补充说，俄罗斯视朝鲜为为地区稳定作出贡献的可靠伙伴，美国及其盟友孤立朝鲜的企图注定失败。\n"
                    + "朝鲜军人曾在2024年至2025年参加库尔斯克地区的战斗，莫斯科和平壤均已承认这一点。"),
            row("ja", "medium", "ゲラシモフ参謀総長「北朝鮮軍は世界で最も規律ある軍の一つ」",
                    "ロシア軍のゲラシモフ参謀総長はモスクワで開かれた外国駐在武官向けの年次説明会で、朝鮮人民軍は世界で最も規律ある軍隊の一つだと述べた。制裁も平壌が強力な軍を築くのを止められなかったとも語った。\n"
                    + "ゲラシモフ氏は、ロシアは北朝鮮を信頼できるパートナーとみなしていると付け加えた。\n"
                    + "北朝鮮兵は2024～2025年にクルスク州の戦闘に参加した。"),
            row("de", "medium", "Gerassimow nennt Nordkoreas Armee eine der diszipliniertesten der Welt",
                    "Russlands Generalstabschef Waleri Gerassimow hat bei einem jährlichen Briefing für ausländische Militärattachés in Moskau die Koreanische Volksarmee als eine der diszipliniertesten Armeen der Welt bezeichnet. Die Sanktionen hätten Pjöngjang nicht daran gehindert, eine starke Armee aufzubauen, sagte er.\n"
                    + "Russland sehe Nordkorea als verlässlichen Partner, fügte Gerassimow hinzu.\n"
                    + "Nordkoreanische Soldaten kämpften 2024 und 2025 im russischen Gebiet Kursk."),
            // guards: the same chief in talks with the KPA's chief of staff stays the chiefs' talks
            row("en", "high", "Gerasimov holds talks with North Korean army chief of staff",
                    "Russia's chief of the General Staff, Valery Gerasimov, held talks in Moscow with the chief of the Korean People's Army's General Staff on military cooperation, the defence ministry said. Gerasimov called the KPA one of the most disciplined armies in the world."),
            row("ru", "high", "Герасимов провёл переговоры с начальником Генштаба КНА",
                    "Начальник Генерального штаба Вооружённых сил России Валерий Герасимов провёл в Москве переговоры с начальником Генерального штаба Корейской народной армии о военном сотрудничестве, сообщило Минобороны. Герасимов назвал КНА одной из самых дисциплинированных армий мира.")
        );
    }

    /**
     * Class F, a cadets' exchange missed (b48L-ru-04: thirty Suvorov military school cadets from Ussuriysk back from an
     * exchange with Pyongyang's Mangyongdae Revolutionary School, received by a deputy defence minister; read not
     * relevant, 0.030, the Russian side named only through the town, the school and the military district; gold low, an
     * exchange of students, whoever owns the schools). Russia's Suvorov and Nakhimov schools, their cadets, the Eastern
     * Military District and Ussuriysk name Russia.
     */
    @TestFactory
    Stream<DynamicTest> cadetsOnAnExchangeAreStudents() {
        return table(
            row("en", "low", "Suvorov cadets from Ussuriysk back from Pyongyang",
                    "Thirty cadets of the Ussuriysk Suvorov Military School have returned from a ten-day exchange trip to North Korea with the Mangyongdae Revolutionary School, the Eastern Military District's press office said. The cadets lived in the Korean school's dormitory, played football with their peers and sang at a school concert."),
            row("ru", "low", "Суворовцы из Уссурийска вернулись из Пхеньяна",
                    "Тридцать воспитанников Уссурийского суворовского военного училища вернулись из десятидневной поездки в КНДР по программе обмена с Мангёндэским революционным училищем, сообщила пресс-служба Восточного военного округа. Суворовцы жили в общежитии корейского училища, играли с ровесниками в футбол и выступили на школьном концерте."),
            row("uk", "low", "Суворовці з Уссурійська повернулися з Пхеньяна",
                    "Тридцять вихованців Уссурійського суворовського військового училища повернулися з десятиденної поїздки до КНДР за програмою обміну з Мангендеським революційним училищем, повідомила пресслужба Східного військового округу. Суворовці жили в гуртожитку корейського училища, грали з однолітками у футбол і виступили на шкільному концерті."),
            row("ko", "low", "우수리스크 수보로프 군사학교 생도들, 평양 교류 마치고 귀국",
                    "우수리스크 수보로프 군사학교 생도 30명이 만경대혁명학원과의 교류 프로그램에 따라 열흘간 북한을 방문하고 돌아왔다고 러시아 동부군관구 공보실이 밝혔다. 생도들은 학원 기숙사에서 지내며 또래 학생들과 축구를 하고 학교 공연에서 노래를 불렀다."),
            row("zh", "low", "乌苏里斯克苏沃洛夫军校学员结束平壤交流回国",
                    "俄罗斯东部军区新闻处称，乌苏里斯克苏沃洛夫军校的30名学员结束了与万景台革命学院为期十天的交流访问，从朝鲜回国。学员们住在朝方学院的宿舍里，与同龄学生踢足球，并在学校联欢会上演唱歌曲。"),
            row("ja", "low", "ウスリースクのスボーロフ幼年学校生徒、平壌での交流終え帰国",
                    "ロシア東部軍管区の広報部によると、ウスリースクのスボーロフ幼年学校の生徒30人が、万景台革命学院との交流プログラムで10日間北朝鮮を訪れ、帰国した。生徒たちは学院の寮で過ごし、同年代の生徒とサッカーをしたり、学校の演奏会で歌を披露したりした。"),
            row("de", "low", "Suworow-Kadetten aus Ussurijsk zurück aus Pjöngjang",
                    "Dreißig Schüler der Suworow-Militärschule in Ussurijsk sind von einem zehntägigen Austausch mit der Revolutionsschule Mangyongdae aus Nordkorea zurückgekehrt, teilte der Östliche Militärbezirk mit. Die Kadetten wohnten im Internat der koreanischen Schule, spielten mit Gleichaltrigen Fußball und sangen bei einem Schulkonzert."),
            // guards: officers of the district training with the KPA are the military; a school's exchange with no Russian side stays unpaired
            row("en", "critical", "Eastern Military District units train with North Korean troops",
                    "Units of Russia's Eastern Military District held joint exercises with Korean People's Army troops near Ussuriysk, the district's press office said."),
            row("ru", "none", "Мангёндэское революционное училище отметило юбилей",
                    "Мангёндэское революционное училище в Пхеньяне отметило 80-летие, сообщило ЦТАК. На торжествах выступили выпускники училища.")
        );
    }
}
