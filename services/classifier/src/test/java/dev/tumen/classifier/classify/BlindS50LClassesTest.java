package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.50 (session 51, labels): classes of blind-s50L's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS50LClassesTest {

    /**
     * Class A, background raising the row (b50L-uk-02: an ambassador's "Pyongyang will not stand aside" statement, then
     * "Північна Корея з 2024 року постачала росії снаряди … та відправила … тисячі військових"; read critical by the row the
     * body keeps returning to). The third session running (b48L-zh-01, b49L-en-04): an article's row is its own event's.
     * When headline and lead name no kind of event, the body's two-sided sentences vote for the row; what has gone on
     * since an earlier year, is set in another time or only hedged is the setting every article repeats, and votes for
     * none, whatever its cue kind (troops, shells, missiles, the treaty).
     */
    @TestFactory
    Stream<DynamicTest> backgroundInTheBodyDoesNotRateAStatement() {
        return table(
            // the item's shape
            row("uk", "medium", "Посол КНДР у Москві: Пхеньян «не стоятиме осторонь», якщо Захід дасть Україні далекобійні ракети",
                    "Посол КНДР у Москві в інтерв'ю газеті заявив, що Пхеньян «не стоятиме осторонь», якщо західні країни дозволять Україні бити ракетами вглиб Росії.\n"
                    + "За його словами, КНДР розглядатиме такі удари як загрозу спільній безпеці.\n"
                    + "Посол не уточнив, яких кроків може вжити Пхеньян.\n"
                    + "Північна Корея з 2024 року постачала Росії снаряди та відправила до Курської області тисячі військових."),
            row("en", "medium", "North Korean envoy says Pyongyang 'will not stand aside' if West arms Kyiv with long-range missiles",
                    "North Korea's ambassador in Moscow told a Russian newspaper that Pyongyang would \"not stand aside\" if Western countries let Ukraine strike deep into Russia.\n"
                    + "He called such strikes a threat to common security but did not say what Pyongyang might do.\n"
                    + "Since 2024 North Korea has sent thousands of troops to Russia's Kursk region, according to Seoul and Kyiv."),
            row("ru", "medium", "Посол КНДР: Пхеньян «не останется в стороне», если Запад даст Киеву дальнобойные ракеты",
                    "Посол КНДР в Москве в интервью российской газете заявил, что Пхеньян «не останется в стороне», если западные страны позволят Украине бить вглубь России.\n"
                    + "Он назвал такие удары угрозой общей безопасности, но не уточнил, какие шаги может предпринять Пхеньян.\n"
                    + "С 2023 года КНДР поставляет России артиллерийские снаряды и баллистические ракеты."),
            row("ko", "medium", "주러 북한대사 \"서방이 장거리 미사일 주면 방관하지 않을 것\"",
                    "러시아 주재 북한 대사는 러시아 신문과의 인터뷰에서 서방이 우크라이나에 러시아 후방 타격을 허용하면 평양은 방관하지 않을 것이라고 말했다.\n"
                    + "그는 이런 공격을 공동 안보에 대한 위협이라고 했지만 어떤 조치를 취할지는 밝히지 않았다.\n"
                    + "북한은 2023년 이후 러시아에 탄도미사일과 포탄을 공급해 온 것으로 알려졌다."),
            row("zh", "medium", "朝鲜驻俄大使：若西方向基辅提供远程导弹 平壤不会袖手旁观",
                    "朝鲜驻俄罗斯大使在接受俄罗斯报纸采访时表示，如果西方国家允许乌克兰打击俄罗斯纵深，平壤不会袖手旁观。\n"
                    + "他称此类打击是对共同安全的威胁，但没有说明平壤可能采取什么行动。\n"
                    + "自2024年以来，朝鲜已向俄罗斯库尔斯克州派遣数千名士兵。"),
            row("ja", "medium", "駐ロ北朝鮮大使「西側が長射程ミサイルを渡せば傍観しない」",
                    "ロシア駐在の北朝鮮大使はロシア紙のインタビューで、西側諸国がウクライナにロシア深部への攻撃を認めれば平壌は傍観しないと述べた。\n"
                    + "大使はこうした攻撃を共通の安全保障への脅威と呼んだが、平壌がどんな措置を取るかは明らかにしなかった。\n"
                    + "北朝鮮は2023年以降、ロシアに弾道ミサイルや砲弾を供給してきたとされる。"),
            row("de", "medium", "Nordkoreas Botschafter: Pjöngjang wird nicht tatenlos zusehen, wenn der Westen Kiew Raketen gibt",
                    "Nordkoreas Botschafter in Moskau sagte einer russischen Zeitung, Pjöngjang werde nicht tatenlos zusehen, wenn westliche Staaten der Ukraine Angriffe tief in Russland erlaubten.\n"
                    + "Solche Angriffe nannte er eine Bedrohung der gemeinsamen Sicherheit, ohne zu sagen, was Pjöngjang tun könnte.\n"
                    + "Seit 2024 verpflichtet ein Vertrag über umfassende strategische Partnerschaft Russland und Nordkorea zu gegenseitigem militärischem Beistand."),
            // guards: an envoy's statement whose lead tells troops sent this week, and a lead whose own event is the troops,
            // keep their row beside a since-clause
            row("en", "critical", "North Korean envoy says Pyongyang has sent 3,000 more troops to Kursk",
                    "North Korea's ambassador in Moscow said on Monday that Pyongyang had sent 3,000 more troops to Russia's Kursk region this week.\n"
                    + "Since 2024 North Korea has also supplied Russia with shells, according to Seoul."),
            row("ru", "critical", "КНДР направила в Курскую область ещё три тысячи военных",
                    "Северная Корея на этой неделе направила в Курскую область ещё три тысячи военнослужащих, сообщила разведка Южной Кореи.\n"
                    + "С 2024 года КНДР поставляет России снаряды и ракеты.")
        );
    }

    /**
     * Class A, second part: the same background under a headline and lead that name no kind of event (a vice-premier's
     * stop-over, an official met at the airport). The body's two-sided sentences vote for the row; a sentence telling
     * what has gone on since an earlier year, or set in another time, votes only for a kind the story's own sentences
     * also tell (the soldiers the lead is about, the shells it names), never for one it brings in alone.
     */
    @TestFactory
    Stream<DynamicTest> backgroundVotesOnlyForAKindTheStoryTells() {
        return table(
            row("en", "medium", "North Korean vice-premier stops over in Vladivostok",
                    "North Korea's vice-premier Ri Chol Man stopped over in Vladivostok on Tuesday on his way home, Primorye's government said.\n"
                    + "He was met at the airport by the region's deputy governor and flew on to Pyongyang.\n"
                    + "Since 2024 North Korea has sent thousands of troops to fight for Russia in the Kursk region."),
            row("ru", "medium", "Вице-премьер КНДР сделал остановку во Владивостоке",
                    "Вице-премьер КНДР Ли Чхоль Ман во вторник по пути домой сделал остановку во Владивостоке, сообщило правительство Приморья.\n"
                    + "В аэропорту его встретил заместитель губернатора края.\n"
                    + "С 2023 года КНДР поставляет России артиллерийские снаряды и баллистические ракеты."),
            row("uk", "medium", "Віцепрем'єр КНДР зробив зупинку у Владивостоці",
                    "Віцепрем'єр КНДР Лі Чхоль Ман у вівторок дорогою додому зробив зупинку у Владивостоці, повідомив уряд Примор'я.\n"
                    + "В аеропорту його зустрів заступник губернатора краю.\n"
                    + "З 2024 року Північна Корея відправила до Курської області тисячі військових."),
            row("ko", "medium", "북한 부총리, 블라디보스토크 경유",
                    "북한 리철만 부총리가 화요일 귀국길에 블라디보스토크를 경유했다고 연해주 정부가 밝혔다.\n"
                    + "공항에는 연해주 부지사가 나와 그를 맞았다.\n"
                    + "북한은 2024년 이후 러시아 쿠르스크에 수천 명의 병력을 파병했다."),
            row("zh", "medium", "朝鲜副总理途经符拉迪沃斯托克",
                    "滨海边疆区政府称，朝鲜副总理李哲万周二在回国途中经停符拉迪沃斯托克。\n"
                    + "边疆区副州长在机场迎接了他，随后他继续飞往平壤。\n"
                    + "自2023年以来，朝鲜一直向俄罗斯提供炮弹和弹道导弹。"),
            row("ja", "medium", "北朝鮮副首相がウラジオストクに立ち寄り",
                    "沿海地方政府によると、北朝鮮の李哲万副首相が火曜日、帰国の途中でウラジオストクに立ち寄った。\n"
                    + "空港では沿海地方の副知事が出迎え、副首相はその後平壌に向かった。\n"
                    + "北朝鮮は2024年以降、ロシアのクルスク州に数千人の兵士を派遣している。"),
            row("de", "medium", "Nordkoreas Vizepremier macht Zwischenstopp in Wladiwostok",
                    "Nordkoreas Vizepremier Ri Chol Man hat am Dienstag auf dem Heimweg in Wladiwostok Station gemacht, teilte die Regierung der Region Primorje mit.\n"
                    + "Am Flughafen empfing ihn der stellvertretende Gouverneur.\n"
                    + "Seit 2024 hat Nordkorea Tausende Soldaten zum Kampf nach Kursk geschickt."),
            // guards: the story's own sentences tell the soldiers (a unit's commander met on the stop-over) or the shells,
            // so the background's kind is the story's
            row("en", "critical", "Wounded North Korean soldiers flown home through Vladivostok",
                    "A group of wounded North Korean soldiers was flown home through Vladivostok on Tuesday, Primorye's government said.\n"
                    + "The soldiers were met at the airport by Russian army doctors.\n"
                    + "Since 2024 North Korea has sent thousands of troops to fight for Russia in the Kursk region.")
        );
    }

    /**
     * Class B, fuel sold within the UN cap (b50L-en-03: "Russia tells UN it sold North Korea 41,300 barrels of fuel this
     * year", the lead "within the annual limit of 500,000 barrels", then "amid Western accusations" of deliveries past
     * the cap; read high as sanctions evasion). Fuel sold and reported within the cap the sanctions allow is legal energy
     * trade (the rubric's medium row); the rubric's evasion is fuel smuggled or moved past the cap, which the headline or
     * lead then tells.
     */
    @TestFactory
    Stream<DynamicTest> fuelSoldWithinTheCapIsEnergyTrade() {
        return table(
            row("en", "medium", "Russia tells UN it sold North Korea 52,000 barrels of fuel this year",
                    "Russia has notified the U.N. Security Council's sanctions committee that it supplied 52,000 barrels of refined petroleum products to North Korea between January and September, within the annual limit of 500,000 barrels, diplomats said.\n"
                    + "The report comes amid Western accusations that Russia's real deliveries far exceed the cap, which Moscow denies."),
            row("ru", "medium", "Россия сообщила в ООН о продаже КНДР 52 тысяч баррелей топлива",
                    "Россия уведомила комитет Совбеза ООН по санкциям, что с января по сентябрь поставила в КНДР 52 тысячи баррелей нефтепродуктов, в пределах годового лимита в 500 тысяч баррелей.\n"
                    + "Западные страны утверждают, что реальные поставки намного больше."),
            row("uk", "medium", "Росія повідомила ООН про продаж КНДР 52 тисяч барелів пального",
                    "Росія повідомила санкційний комітет Радбезу ООН, що з січня по вересень постачила до КНДР 52 тисячі барелів нафтопродуктів, у межах річного ліміту в 500 тисяч барелів.\n"
                    + "Західні країни стверджують, що справжні поставки значно більші."),
            row("ko", "medium", "러시아, 올해 북한에 정제유 5만2천 배럴 판매 유엔에 보고",
                    "러시아가 1~9월 북한에 정제유 5만2천 배럴을 공급했다고 유엔 안보리 대북제재위원회에 보고했으며, 이는 연간 한도 50만 배럴 이내라고 외교관들이 전했다.\n"
                    + "서방은 러시아의 실제 공급량이 이를 훨씬 넘는다고 주장하고 있다."),
            row("zh", "medium", "俄罗斯向联合国通报今年向朝鲜出售5.2万桶燃料",
                    "外交官称，俄罗斯已向联合国安理会对朝制裁委员会通报，1月至9月向朝鲜供应了5.2万桶精制油，在每年50万桶的限额之内。\n"
                    + "西方国家则指责俄罗斯的实际供应量远不止于此。"),
            row("ja", "medium", "ロシア、北朝鮮への燃料販売5万2千バレルを国連に報告",
                    "外交筋によると、ロシアは1～9月に北朝鮮へ精製石油製品5万2千バレルを供給したと国連安保理の制裁委員会に報告した。年間上限50万バレルの範囲内だという。\n"
                    + "欧米は実際の供給量ははるかに多いと主張している。"),
            row("de", "medium", "Russland meldet der UNO den Verkauf von 52.000 Barrel Treibstoff an Nordkorea",
                    "Russland hat dem Sanktionsausschuss des UN-Sicherheitsrats gemeldet, dass es von Januar bis September 52.000 Barrel Erdölprodukte an Nordkorea geliefert hat, innerhalb der jährlichen Obergrenze von 500.000 Barrel.\n"
                    + "Westliche Staaten werfen Moskau vor, in Wahrheit viel mehr zu liefern."),
            // guards: fuel told past the cap, and fuel carried by a tanker that went dark, stay evasion
            row("en", "high", "Russia shipped North Korea fuel far beyond the UN cap, panel says",
                    "Russia supplied North Korea with more than a million barrels of refined petroleum this year, twice the annual limit of 500,000 barrels, a U.N. panel said, though Moscow reported only 52,000 barrels to the committee.\n"
                    + "Tankers switched off their transponders before loading in Vostochny."),
            row("ru", "high", "Танкер с российским топливом для КНДР отключил транспондер у Находки",
                    "Танкер, загрузивший в Находке российское дизельное топливо для КНДР, отключил транспондер и перегрузил топливо на северокорейское судно в море.\n"
                    + "Россия сообщает ООН о поставках в пределах лимита.")
        );
    }

    /**
     * Class C, a joint exercise whatever its scenario (b50L-ko-01: "북한 해군, 러시아 태평양함대와 첫 연합 해상수색구조훈련", the two
     * navies' frigates, rescue ships and a helicopter; read medium by the default row). The rubric names "joint military
     * operations or exercises" without a scenario: the two sides' warships, navies or troops in a joint search-and-rescue,
     * anti-submarine or landing exercise are a joint exercise; the two sides' civil rescue services drilling together are
     * not military.
     */
    @TestFactory
    Stream<DynamicTest> aJointExerciseOfAnyArmIsAJointExercise() {
        return table(
            row("en", "critical", "North Korean and Russian navies hold first joint search and rescue exercise",
                    "Warships of North Korea's navy and Russia's Pacific Fleet held their first joint search and rescue exercise off Rason on Saturday, KCNA said.\n"
                    + "Frigates, rescue tugs and a ship-borne helicopter took part."),
            row("ru", "critical", "ВМФ России и КНДР провели первые совместные поисково-спасательные учения",
                    "Военные корабли Тихоокеанского флота России и ВМС КНДР в субботу провели у Расона первые совместные поисково-спасательные учения, сообщило ЦТАК.\n"
                    + "В них участвовали фрегаты, спасательные буксиры и корабельный вертолёт."),
            row("uk", "critical", "ВМС Росії та КНДР провели перші спільні пошуково-рятувальні навчання",
                    "Військові кораблі Тихоокеанського флоту Росії та ВМС КНДР у суботу провели біля Расона перші спільні пошуково-рятувальні навчання, повідомило ЦТАК.\n"
                    + "У них брали участь фрегати, рятувальні буксири й корабельний гелікоптер."),
            row("ko", "critical", "북한 해군, 러시아 태평양함대와 연합 수색구조훈련",
                    "북한 해군 함정들이 러시아 태평양함대와 함께 토요일 나선 앞바다에서 연합 해상 수색·구조 훈련을 했다고 조선중앙통신이 보도했다.\n"
                    + "훈련에는 호위함과 구조선, 함재 헬기가 참가했다."),
            row("zh", "critical", "朝俄海军首次举行联合海上搜救演习",
                    "据朝中社报道，朝鲜海军与俄罗斯太平洋舰队的军舰周六在罗先附近海域首次举行联合海上搜救演习。\n"
                    + "护卫舰、救援拖船和舰载直升机参加了演习。"),
            row("ja", "critical", "北朝鮮海軍とロシア太平洋艦隊、初の合同捜索救難訓練",
                    "朝鮮中央通信によると、北朝鮮海軍とロシア太平洋艦隊の艦艇が土曜日、羅先沖で初の合同捜索救難訓練を行った。\n"
                    + "フリゲート艦や救難えい船、艦載ヘリコプターが参加した。"),
            row("de", "critical", "Marinen Russlands und Nordkoreas halten erste gemeinsame Such- und Rettungsübung ab",
                    "Kriegsschiffe der russischen Pazifikflotte und der nordkoreanischen Marine haben am Samstag vor Rason ihre erste gemeinsame Such- und Rettungsübung abgehalten, meldete KCNA.\n"
                    + "Fregatten, Bergungsschlepper und ein Bordhubschrauber nahmen teil."),
            row("en", "critical", "Russian and North Korean warships stage joint anti-submarine exercise",
                    "Warships of Russia's Pacific Fleet and the North Korean navy staged a joint anti-submarine exercise in the Sea of Japan on Tuesday, Russia's defence ministry said."),
            // guards: the two sides' civil rescue services drilling together are no military exercise, and one side's navy
            // drilling with the other only watching is none of the two's
            row("en", "medium", "Russian and North Korean rescue services hold joint search and rescue exercise",
                    "Russia's Emergencies Ministry and North Korea's maritime rescue service held a joint search and rescue exercise for fishing boats off Rason on Saturday, the ministry said.\n"
                    + "Lifeboats and a coastguard cutter took part, and the two agreed to share distress calls."),
            row("ru", "none", "Тихоокеанский флот провёл поисково-спасательные учения у Владивостока",
                    "Корабли Тихоокеанского флота провели поисково-спасательные учения в заливе Петра Великого.\n"
                    + "В учениях участвовали спасательные буксиры и вертолёт Ка-27.")
        );
    }

    /**
     * Class D, a contest between the two's athletes at a third party's championship (b50L-en-05: "Boxing: North Korea's
     * Jon Kum Ok beats Russian to win world flyweight title", Istanbul, a medal table; read relevant low as an exchange of
     * athletes). The rubric's exchange of athletes is a programme between the two states (a team invited, a friendly
     * played, a camp hosted); a North Korean beating a Russian in a final is a result, no interaction of theirs.
     */
    @TestFactory
    Stream<DynamicTest> aContestBetweenTheTwosAthletesIsNoExchange() {
        return table(
            row("en", "none", "Wrestling: North Korea's Kim beats Russian to win world title",
                    "BELGRADE, Sept 14 - North Korea's Kim Chol Gwang won the 57kg world title on Sunday, defeating Russia's Ilya Petrov 5-3 in the final.\n"
                    + "Kim had beaten an Iranian in the semi-final.\n"
                    + "Iran topped the medal table with four golds."),
            row("ru", "none", "Борец из КНДР победил россиянина в финале чемпионата мира",
                    "БЕЛГРАД, 14 сентября. Северокореец Ким Сон Гван выиграл титул чемпиона мира в весе до 57 кг, победив в финале россиянина Илью Петрова со счётом 5:3.\n"
                    + "В полуфинале Ким победил иранца.\n"
                    + "Командный зачёт выиграла сборная Ирана."),
            row("uk", "none", "Борець із КНДР переміг росіянина у фіналі чемпіонату світу",
                    "БЕЛГРАД, 14 вересня. Північнокореєць Кім Сон Гван виграв титул чемпіона світу у вазі до 57 кг, перемігши у фіналі росіянина Іллю Петрова з рахунком 5:3.\n"
                    + "У півфіналі Кім переміг іранця.\n"
                    + "Командний залік виграла збірна Ірану."),
            row("ko", "none", "북한 김성광, 레슬링 세계선수권 결승서 러시아 선수 꺾고 우승",
                    "북한의 김성광이 14일 세르비아 베오그라드에서 열린 세계레슬링선수권대회 57㎏급 결승에서 러시아의 일리야 페트로프를 5-3으로 꺾고 우승했다.\n"
                    + "김성광은 준결승에서 이란 선수를 이겼다.\n"
                    + "종합 순위는 이란이 1위를 차지했다."),
            row("zh", "none", "朝鲜选手金成光摔跤世锦赛决赛击败俄罗斯选手夺冠",
                    "9月14日在贝尔格莱德举行的世界摔跤锦标赛57公斤级决赛中，朝鲜选手金成光以5比3击败俄罗斯选手彼得罗夫，夺得冠军。\n"
                    + "金成光在半决赛中战胜了一名伊朗选手。\n"
                    + "伊朗队以四枚金牌位居奖牌榜首位。"),
            row("ja", "none", "レスリング世界選手権、北朝鮮の金成光が決勝でロシア選手を破り優勝",
                    "ベオグラードで14日行われたレスリング世界選手権57キロ級決勝で、北朝鮮の金成光がロシアのペトロフを5－3で破り優勝した。\n"
                    + "金成光は準決勝でイランの選手を下した。\n"
                    + "国別の金メダル数ではイランが首位だった。"),
            row("de", "none", "Ringen: Nordkoreaner Kim besiegt Russen im WM-Finale",
                    "Der Nordkoreaner Kim Song Gwang hat am Sonntag in Belgrad den WM-Titel in der Klasse bis 57 Kilogramm gewonnen, im Finale besiegte er den Russen Ilja Petrow mit 5:3.\n"
                    + "Im Halbfinale hatte Kim einen Iraner geschlagen.\n"
                    + "Der Iran führte den Medaillenspiegel an."),
            // guards: a friendly the two states' teams play, and athletes invited by one side to the other's race, are an
            // exchange of athletes
            row("en", "low", "Russia beats North Korea 2-1 in friendly match in Pyongyang",
                    "Russia's national football team beat North Korea 2-1 in a friendly match at Pyongyang's Kim Il Sung Stadium on Tuesday, the first visit of a Russian national team since 2019.\n"
                    + "North Korea's sports minister watched the game with the Russian ambassador."),
            row("ru", "low", "Бегуны из КНДР выступят на полумарафоне во Владивостоке по приглашению правительства Приморья",
                    "По приглашению правительства Приморского края министерство спорта КНДР направило во Владивосток шесть бегунов для участия в полумарафоне.\n"
                    + "Северокорейские спортсмены победили в двух забегах.")
        );
    }

    /**
     * Class E, strategic hardware carried between the two, told through tracking and imagery (b50L-ru-01: a heavy-lift ship
     * from Severodvinsk unloaded at the Sinpo submarine yard, satellite images showing cylindrical sections that match a
     * nuclear submarine's pressure hull; read medium as transport). A later sentence pointing back at the lead's cargo
     * ("the sections", такие секции) and naming it as submarine, missile or other strategic technology tells what was
     * carried: the rubric's transfer of that technology.
     */
    @TestFactory
    Stream<DynamicTest> strategicHardwareToldThroughImageryIsATransfer() {
        return table(
            row("en", "critical", "Heavy-lift ship from Severodvinsk unloads at North Korea's Sinpo shipyard",
                    "A Russian-flagged heavy-lift cargo ship that left Severodvinsk in August delivered its freight to North Korea's Sinpo shipyard late last month, a think tank said on Monday, citing ship tracking data.\n"
                    + "Satellite images taken on Nov. 27 show three cylindrical sections on its deck and then on the quay; the sections match the pressure hull of a nuclear submarine in size.\n"
                    + "Russia's defence ministry did not reply to questions."),
            row("ru", "critical", "Судно из Северодвинска разгрузилось у верфи в Синпхо",
                    "Российское грузовое судно, вышедшее в августе из Северодвинска, в конце ноября разгрузилось у верфи в северокорейском Синпхо, сообщил аналитический центр со ссылкой на данные отслеживания судов.\n"
                    + "На спутниковых снимках видны три цилиндрические секции; по размерам эти секции совпадают с секциями прочного корпуса атомной подводной лодки.\n"
                    + "Минобороны России на запрос не ответило."),
            row("uk", "critical", "Судно з Сєвєродвінська розвантажилося біля верфі в Сінпхо",
                    "Російське вантажне судно, що вийшло в серпні із Сєвєродвінська, наприкінці листопада розвантажилося біля верфі у північнокорейському Сінпхо, повідомив аналітичний центр із посиланням на дані відстеження суден.\n"
                    + "На супутникових знімках видно три циліндричні секції; за розмірами ці секції збігаються із секціями міцного корпусу атомного підводного човна.\n"
                    + "Міноборони Росії на запит не відповіло."),
            row("ko", "critical", "세베로드빈스크 출항 러시아 화물선, 북한 신포조선소에 하역",
                    "8월 세베로드빈스크를 떠난 러시아 화물선이 지난달 말 북한 신포조선소에서 화물을 하역했다고 한 연구소가 선박 추적 자료를 인용해 밝혔다.\n"
                    + "위성사진에는 원통형 구조물 세 개가 보이는데, 이 구조물은 크기로 볼 때 핵잠수함의 압력 선체 구획과 일치한다.\n"
                    + "러시아 국방부는 답하지 않았다."),
            row("zh", "critical", "从北德文斯克出发的俄罗斯货船在朝鲜新浦造船厂卸货",
                    "一家智库援引船舶追踪数据称，一艘8月从北德文斯克出发的俄罗斯货船上月底在朝鲜新浦造船厂卸货。\n"
                    + "卫星图像显示甲板上有三个圆柱形分段，这些分段的尺寸与核潜艇耐压壳体分段一致。\n"
                    + "俄罗斯国防部没有回应。"),
            row("ja", "critical", "セベロドビンスクのロシア貨物船、北朝鮮・新浦造船所で荷揚げ",
                    "シンクタンクが船舶追跡データを基に明らかにしたところによると、8月にセベロドビンスクを出たロシアの貨物船が先月末、北朝鮮の新浦造船所で荷揚げした。\n"
                    + "衛星画像には円筒形のブロック3基が写っており、これらのブロックは大きさが原子力潜水艦の耐圧船殻と一致する。\n"
                    + "ロシア国防省は回答しなかった。"),
            row("de", "critical", "Frachter aus Sewerodwinsk entlädt in Nordkoreas Werft Sinpo",
                    "Ein russischer Frachter, der im August Sewerodwinsk verlassen hatte, hat Ende November in der nordkoreanischen Werft Sinpo Fracht entladen, teilte ein Forschungsinstitut unter Berufung auf Schiffsverfolgungsdaten mit.\n"
                    + "Auf Satellitenbildern sind drei zylindrische Sektionen zu sehen; diese Sektionen entsprechen in der Größe dem Druckkörper eines Atom-U-Boots.\n"
                    + "Das russische Verteidigungsministerium antwortete nicht."),
            // guards: sections of a ferry's hull carried to a civil yard are transport, and the yard's submarines named only
            // in the lead's description of the place do not make the cargo theirs
            row("en", "medium", "Russian ship delivers ferry hull sections to North Korea's Rajin shipyard",
                    "A Russian cargo ship unloaded hull sections for a passenger ferry at North Korea's Rajin shipyard on Monday, the Far Eastern Shipping Company said.\n"
                    + "The sections will be joined into a ferry for the Vladivostok-Rajin line next year."),
            row("ru", "medium", "Российское судно доставило в Синпхо рыболовные сети",
                    "Российское судно доставило в северокорейский порт Синпхо, где расположена верфь подводных лодок, партию рыболовных сетей и тросов, сообщила судоходная компания.\n"
                    + "Сети предназначены для рыболовецких кооперативов провинции.")
        );
    }

    /**
     * Class F, a joint venture in a field the rows name as health (b50L-ko-03: Rostec's pharmaceutical holding and the DPRK's
     * health ministry agree a joint venture for an antibiotics plant in Pyongyang, Russia bringing equipment and
     * technology; read low as health). A joint venture builds and runs an enterprise: an industrial, economic project
     * (the medium row), whatever it makes; the higher row wins. Aid, doctors and medicines given stay health.
     */
    @TestFactory
    Stream<DynamicTest> aJointVentureIsAnEconomicProject() {
        return table(
            row("en", "medium", "Russian state drugmaker to build Pyongyang antibiotics plant in joint venture with North Korea",
                    "A pharmaceutical holding of Russia's state-owned Rostec has agreed with North Korea's Ministry of Public Health to set up a joint venture that will build an antibiotics plant in Pyongyang, TASS reported.\n"
                    + "The Russian side will supply production lines and technology, the North Korean side the site and workers."),
            row("ru", "medium", "Российская госкомпания создаст с КНДР совместное предприятие по выпуску антибиотиков",
                    "Фармацевтический холдинг госкорпорации «Ростех» договорился с министерством здравоохранения КНДР о создании совместного предприятия, которое построит в Пхеньяне завод антибиотиков, сообщил ТАСС.\n"
                    + "Российская сторона поставит производственные линии и технологии, северокорейская предоставит площадку и работников."),
            row("uk", "medium", "Російська держкомпанія створить із КНДР спільне підприємство з випуску антибіотиків",
                    "Фармацевтичний холдинг держкорпорації «Ростех» домовився з міністерством охорони здоров'я КНДР про створення спільного підприємства, яке збудує в Пхеньяні завод антибіотиків, повідомило ТАРС.\n"
                    + "Російська сторона постачить виробничі лінії та технології, північнокорейська надасть майданчик і працівників."),
            row("ko", "medium", "러시아 국영 제약사, 북한 보건성과 합작회사 세워 평양에 항생제 공장",
                    "러시아 국영기업 로스텍 산하 제약지주회사가 북한 보건성과 합작회사를 세워 평양에 항생제 공장을 짓기로 합의했다고 타스통신이 보도했다.\n"
                    + "러시아 측이 생산 설비와 기술을, 북한 측이 부지와 인력을 대기로 했다."),
            row("zh", "medium", "俄国企制药公司将与朝鲜合资在平壤建抗生素工厂",
                    "据塔斯社报道，俄罗斯国家技术集团旗下的一家制药控股公司与朝鲜保健省达成协议，将成立合资企业，在平壤建设一座抗生素工厂。\n"
                    + "俄方将提供生产线和技术，朝方提供厂址和工人。"),
            row("ja", "medium", "ロシア国営製薬会社、北朝鮮と合弁で平壌に抗生物質工場",
                    "タス通信によると、ロシア国営企業ロステック傘下の製薬持ち株会社が北朝鮮の保健省と合弁会社を設立し、平壌に抗生物質の工場を建設することで合意した。\n"
                    + "ロシア側が生産設備と技術を、北朝鮮側が用地と労働者を提供する。"),
            row("de", "medium", "Russischer Staatskonzern baut mit Nordkorea ein Gemeinschaftsunternehmen für Antibiotika",
                    "Eine Pharmaholding des russischen Staatskonzerns Rostec hat mit dem nordkoreanischen Gesundheitsministerium die Gründung eines Gemeinschaftsunternehmens vereinbart, das in Pjöngjang ein Antibiotikawerk bauen soll, meldete TASS.\n"
                    + "Die russische Seite liefert Produktionslinien und Technik, die nordkoreanische das Gelände und die Arbeiter."),
            // guards: medicines given and doctors sent by one side to the other stay health
            row("en", "low", "Russia donates antibiotics to North Korean hospitals",
                    "Russia has handed North Korea's Ministry of Public Health 40 tonnes of antibiotics and syringes for provincial hospitals, the Russian embassy in Pyongyang said.\n"
                    + "A team of Russian doctors will train North Korean nurses in their use."),
            row("ru", "low", "Российские врачи провели в Пхеньяне операции детям",
                    "Группа российских кардиохирургов провела в Пхеньяне 30 операций детям по приглашению министерства здравоохранения КНДР.\n"
                    + "Врачи также передали больнице медицинское оборудование.")
        );
    }

    /**
     * Class G, the other side's weapons reached only in the body (b50L-ru-02: "Под Уссурийском сошли с рельсов платформы с
     * самоходными гаубицами", then experts identifying them as North Korean Koksan guns bound for Russian artillery
     * brigades; not relevant, 0.03). A headline telling weapons in one side's land (a derailment, a crash) and a later
     * sentence naming them as the other side's tells the story with both sides: the other side's weapons carried into
     * the first's, the rubric's arms supply.
     */
    @TestFactory
    Stream<DynamicTest> theOthersWeaponsNamedInTheBodyAreTheStory() {
        return table(
            row("en", "high", "Freight train carrying self-propelled guns derails near Ussuriysk",
                    "Six flatcars of a freight train coming from the border station of Khasan derailed near Ussuriysk in Russia's Primorye region overnight, the Far Eastern Railway said.\n"
                    + "Photos posted by residents show overturned flatcars with tracked self-propelled guns under tarpaulins.\n"
                    + "Military experts identified the guns as North Korean 170mm Koksan howitzers."),
            row("ru", "high", "Под Уссурийском сошли с рельсов платформы с самоходными орудиями",
                    "Ночью у Уссурийска в Приморье сошли с рельсов шесть платформ грузового поезда, шедшего от пограничной станции Хасан, сообщила Дальневосточная железная дорога.\n"
                    + "На снимках местных жителей видны опрокинутые платформы с самоходными орудиями под брезентом.\n"
                    + "Военные эксперты опознали в них северокорейские гаубицы «Коксан»."),
            row("uk", "high", "Під Уссурійськом зійшли з рейок платформи із самохідними гарматами",
                    "Уночі біля Уссурійська в Примор'ї зійшли з рейок шість платформ вантажного поїзда, що йшов від прикордонної станції Хасан, повідомила Далекосхідна залізниця.\n"
                    + "На знімках місцевих жителів видно перекинуті платформи із самохідними гарматами під брезентом.\n"
                    + "Військові експерти впізнали в них північнокорейські гаубиці «Коксан»."),
            row("ko", "high", "우수리스크 인근서 자주포 실은 화물열차 탈선",
                    "러시아 연해주 우수리스크 인근에서 하산 국경역을 출발한 화물열차의 평판 화차 6량이 밤사이 탈선했다고 극동철도가 밝혔다.\n"
                    + "주민들이 올린 사진에는 방수포를 덮은 궤도형 자주포가 실린 화차가 전복된 모습이 보인다.\n"
                    + "군사 전문가들은 이 자주포를 북한제 170㎜ 곡산 자주포로 식별했다."),
            row("zh", "high", "乌苏里斯克附近一列载有自行火炮的货运列车脱轨",
                    "远东铁路局称，一列从边境站哈桑开出的货运列车的六节平板车夜间在俄罗斯滨海边疆区乌苏里斯克附近脱轨。\n"
                    + "居民发布的照片显示，翻倒的平板车上装着盖有篷布的履带式自行火炮。\n"
                    + "军事专家认出这些火炮是朝鲜制造的170毫米谷山自行火炮。"),
            row("ja", "high", "ウスリースク近郊で自走砲積んだ貨物列車が脱線",
                    "極東鉄道によると、国境駅ハサンを出た貨物列車の平台車6両が夜間、ロシア沿海地方ウスリースク近郊で脱線した。\n"
                    + "住民が投稿した写真には、シートをかぶせた装軌式の自走砲を載せたまま横倒しになった貨車が写っている。\n"
                    + "軍事専門家はこれらの砲を北朝鮮製の170ミリ自走砲「コクサン」と特定した。"),
            row("de", "high", "Güterzug mit Panzerhaubitzen bei Ussurijsk entgleist",
                    "Sechs Flachwagen eines Güterzugs aus dem Grenzbahnhof Chasan sind in der Nacht bei Ussurijsk in der russischen Region Primorje entgleist, teilte die Fernöstliche Eisenbahn mit.\n"
                    + "Fotos von Anwohnern zeigen umgestürzte Wagen mit Panzerhaubitzen unter Planen.\n"
                    + "Militärexperten identifizierten die Geschütze als nordkoreanische 170-Millimeter-Haubitzen vom Typ Koksan."),
            // guards: Russian guns on the derailed train, with the background's North Korean supplies, are one side's story
            row("en", "none", "Freight train carrying self-propelled guns derails near Ussuriysk",
                    "Six flatcars of a freight train derailed near Ussuriysk in Russia's Primorye region overnight, the Far Eastern Railway said.\n"
                    + "Photos posted by residents show overturned flatcars with Russian Msta-S self-propelled guns under tarpaulins.\n"
                    + "The railway said the line reopened by morning."),
            row("ru", "none", "Под Уссурийском сошли с рельсов платформы с самоходными орудиями",
                    "Ночью у Уссурийска в Приморье сошли с рельсов шесть платформ грузового поезда, сообщила Дальневосточная железная дорога.\n"
                    + "На снимках видны опрокинутые платформы с российскими самоходными орудиями «Мста-С».\n"
                    + "Движение восстановлено к утру.\n"
                    + "С 2023 года КНДР, по данным Сеула, поставляет России снаряды.")
        );
    }

    /**
     * Left class (blind-s46L's b46L-en-01): a Ukrainian brigade's list of captured launchers with Korean-language manuals
     * near Pokrovsk, then "Russian assault troops had fired the missiles at its vehicles"; not relevant, 0.291. Class G's
     * reading at the front: a lead telling one side's weapons at the war's theatre, and a later sentence telling the other
     * side firing them there, is the other side's weapons used on the battlefield (the rubric's critical row). Not for a
     * lead that tells a test or a launch into the sea.
     */
    @TestFactory
    Stream<DynamicTest> theOthersWeaponsFiredAtTheFrontAreTheStory() {
        return table(
            row("en", "critical", "Brigade shows captured launchers with Korean-language manuals",
                    "A Ukrainian brigade fighting near Pokrovsk showed four captured anti-tank missile launchers on Saturday whose manuals are printed in Korean.\n"
                    + "Their serial numbers follow the format of North Korea's munitions factories, a weapons researcher said.\n"
                    + "The brigade said Russian troops had fired the missiles at its vehicles south of the town last week."),
            row("ru", "critical", "Бригада показала трофейные пусковые установки с инструкциями на корейском",
                    "Украинская бригада, воюющая под Покровском, в субботу показала четыре захваченные пусковые установки противотанковых ракет с инструкциями на корейском языке.\n"
                    + "Их заводские номера совпадают с форматом северокорейских оружейных заводов, сказал исследователь вооружений.\n"
                    + "По словам бригады, российские военные обстреливали этими ракетами её машины южнее города."),
            row("uk", "critical", "Бригада показала трофейні пускові установки з інструкціями корейською",
                    "Українська бригада, що воює під Покровськом, у суботу показала чотири захоплені пускові установки протитанкових ракет з інструкціями корейською мовою.\n"
                    + "Їхні заводські номери збігаються з форматом північнокорейських збройових заводів, сказав дослідник озброєнь.\n"
                    + "За словами бригади, російські військові обстрілювали цими ракетами її машини на південь від міста."),
            row("ko", "critical", "우크라이나 여단, 한국어 설명서 달린 노획 발사기 공개",
                    "포크로우스크 인근에서 싸우는 우크라이나 여단이 토요일 한국어 설명서가 붙은 대전차 미사일 발사기 4기를 노획해 공개했다.\n"
                    + "무기 연구자는 일련번호가 북한 군수공장의 형식과 같다고 말했다.\n"
                    + "여단은 러시아군이 도시 남쪽에서 이 미사일로 여단 차량을 공격했다고 밝혔다."),
            row("de", "critical", "Brigade zeigt erbeutete Raketenwerfer mit koreanischen Anleitungen",
                    "Eine ukrainische Brigade, die bei Pokrowsk kämpft, hat am Samstag vier erbeutete Panzerabwehrraketenwerfer gezeigt, deren Anleitungen auf Koreanisch gedruckt sind.\n"
                    + "Ihre Seriennummern folgen dem Format nordkoreanischer Munitionsfabriken, sagte ein Waffenforscher.\n"
                    + "Nach Angaben der Brigade hatten russische Soldaten die Raketen südlich der Stadt auf ihre Fahrzeuge abgefeuert."),
            // guards: a North Korean test launch, with a later sentence on Russia firing such missiles, stays the test
            row("en", "none", "North Korea test-fires new anti-tank missiles into the sea",
                    "North Korea test-fired a new type of anti-tank missile into the sea off its east coast on Saturday, KCNA said, and Kim Jong Un watched the launch.\n"
                    + "Russian troops have fired such missiles at Ukrainian vehicles, Kyiv says.")
        );
    }
}
