package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.45 (session 45, labels): classes of blind-s46's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on the version before each fix.
 */
class BlindS46ClassesTest {

    /**
     * A joint exercise told as the two navies' or armies' joint firing (b46-ja-01: 「ロシア連邦と朝鮮民主主義人民共和国の艦艇による
     * 共同射撃訓練」 in a navigational warning, read medium by the default row). The two sides' joint firing, joint live-fire
     * drill or joint gunnery is a joint exercise (cues.tsv joint_exercise); a friendly shooting match is a sport. On 0.44.4,
     * 8 of these 10 read otherwise (every target; the guards right).
     */
    @TestFactory
    Stream<DynamicTest> jointFiringIsAJointExercise() {
        return table(
            row("ja", "critical", "日本海で露朝艦艇が共同射撃訓練",
                    "防衛省によると、ロシアと北朝鮮の艦艇5隻が日本海の公海上で共同射撃訓練を行った。"),
            row("en", "critical", "Russian and North Korean warships hold joint live-fire drill in Sea of Japan",
                    "Five Russian and North Korean warships carried out a joint live-fire drill in international waters, Japan's defence ministry said."),
            row("en", "critical", "Notice warns ships of joint firing exercise",
                    "A navigational warning says Russian and North Korean naval vessels will hold a joint firing exercise east of Wonsan from Monday."),
            row("ru", "critical", "Корабли России и КНДР провели совместные стрельбы в Японском море",
                    "Корабли Тихоокеанского флота и ВМС КНДР провели совместные артиллерийские стрельбы в нейтральных водах, сообщило Минобороны Японии."),
            row("uk", "critical", "Кораблі Росії та КНДР провели спільні стрільби в Японському морі",
                    "Кораблі Тихоокеанського флоту РФ і ВМС КНДР провели спільні артилерійські стрільби в нейтральних водах, повідомило міноборони Японії."),
            row("ko", "critical", "북러 함정, 동해 공해상서 연합 사격훈련",
                    "일본 방위성은 러시아와 북한 함정 5척이 동해 공해상에서 연합 사격훈련을 했다고 밝혔다."),
            row("zh", "critical", "俄朝舰艇在日本海举行联合实弹射击",
                    "日本防卫省称，俄罗斯和朝鲜的五艘舰艇在日本海公海海域举行了联合实弹射击训练。"),
            row("de", "critical", "Russische und nordkoreanische Kriegsschiffe üben gemeinsames Schießen",
                    "Fünf russische und nordkoreanische Kriegsschiffe haben nach japanischen Angaben im Japanischen Meer ein gemeinsames Schießen mit Bordgeschützen abgehalten."),
            // guards: a third country's joint firing, the other side in its own sentence; a sports shooting friendship match
            row("en", "none", "Russian and Chinese warships hold joint live-fire drill",
                    "Russian and Chinese warships held a joint live-fire drill in the Sea of Japan on Tuesday. North Korea fired a ballistic missile into the same sea last month."),
            row("ko", "low", "북러 사격 선수들, 평양서 친선 사격대회",
                    "러시아와 북한 사격 선수들이 평양에서 친선 사격대회를 열고 메달을 나눠 가졌다.")
        );
    }

    /**
     * An air-defence system or radar installed and commissioned in the other country is its transfer (b46-en-01: a
     * tender for "installation supervision and commissioning of a radar complex at the customer's site in the DPRK",
     * an S-400 surveillance radar, read medium by the trade row). A strategic system installed or commissioned with both
     * sides named is the technology row (cues.tsv installed, severity.tsv). On 0.44.4, 2 of these 9 read otherwise (en
     * not relevant, ru medium; ko, uk, zh, ja and de were already critical; the guards right).
     */
    @TestFactory
    Stream<DynamicTest> airDefenceInstalledIsATransfer() {
        return table(
            row("en", "critical", "Tender notice: engineers to install air-defence radar in North Korea",
                    "A Russian state concern posted a tender for the installation and commissioning of an S-400 air-defence radar at a site in North Korea."),
            row("ru", "critical", "Концерн ищет инженеров для монтажа зенитного комплекса в КНДР",
                    "Российский концерн объявил тендер на монтаж и ввод в эксплуатацию зенитного ракетного комплекса на объекте заказчика в КНДР."),
            row("uk", "critical", "Російський концерн шукає інженерів для монтажу системи ППО в КНДР",
                    "Російський концерн оголосив тендер на монтаж і введення в експлуатацію радара протиповітряної оборони на об'єкті замовника в КНДР."),
            row("ko", "critical", "러시아 업체, 북한에 방공 레이더 설치 인력 모집",
                    "러시아 국영 방산업체가 북한 내 고객 부지에 방공 레이더를 설치하고 시운전할 기술자를 모집하는 입찰 공고를 냈다."),
            row("zh", "critical", "俄企招标在朝鲜安装防空雷达",
                    "俄罗斯一家国有军工企业发布招标公告，招募工程师在朝鲜客户现场安装和调试一套防空雷达。"),
            row("ja", "critical", "ロシア企業、北朝鮮での防空レーダー設置で技術者募集",
                    "ロシアの国営防衛企業が、北朝鮮の顧客拠点で防空レーダーを設置し試運転する技術者を募集する入札公告を出した。"),
            row("de", "critical", "Russischer Konzern sucht Ingenieure für Luftabwehrradar in Nordkorea",
                    "Ein russischer Staatskonzern sucht Ingenieure für die Installation und Inbetriebnahme eines Luftabwehrradars am Standort des Kunden in Nordkorea."),
            // guards: a weather radar installed under a project; air defence installed in Russia with the other side in passing
            row("en", "medium", "Russian engineers install weather radar in North Korea",
                    "Russian engineers installed a weather radar at Pyongyang airport under a meteorological cooperation agreement between the two governments."),
            row("ko", "medium", "러시아 기술진, 평양에 기상 레이더 설치",
                    "러시아 기술진이 양국 기상 협력 협정에 따라 평양 순안공항에 기상 레이더를 설치했다.")
        );
    }

    /**
     * A party's or parliament's meeting is not the leaders' meeting (b46-en-05: "Kim Jong Un told a year-end plenary
     * meeting of the ruling Workers' Party that Russia's war … will surely end in victory", read high by the summits
     * row): a leader's statement of support there is the statement (medium). A party's or a parliament's meeting
     * (cues.tsv party_meeting) rules out the one-leader meeting row. On 0.44.4, 1 of these 9 read otherwise (en; the
     * other languages' plenum words were no meeting to the rules already; the guards right).
     */
    @TestFactory
    Stream<DynamicTest> aPartyMeetingIsNoSummit() {
        return table(
            row("en", "medium", "Kim tells party plenum Russia's war will end in victory",
                    "North Korean leader Kim Jong Un told a plenary meeting of the Workers' Party's Central Committee that Russia's war in Ukraine was a just cause that would end in victory."),
            row("ru", "medium", "Ким Чен Ын на пленуме ЦК назвал войну России справедливой",
                    "Лидер КНДР Ким Чен Ын заявил на пленуме ЦК Трудовой партии Кореи, что война России на Украине — справедливое дело, которое закончится победой."),
            row("uk", "medium", "Кім Чен Ин на пленумі ЦК назвав війну Росії справедливою",
                    "Лідер КНДР Кім Чен Ин заявив на пленумі ЦК Трудової партії Кореї, що війна Росії в Україні є справедливою справою, яка закінчиться перемогою."),
            row("ko", "medium", "김정은, 당 전원회의서 \"러시아 전쟁은 정의로운 위업\"",
                    "김정은 국무위원장은 노동당 중앙위원회 전원회의에서 러시아의 우크라이나 전쟁이 반드시 승리로 끝날 정의로운 위업이라고 말했다."),
            row("zh", "medium", "金正恩在劳动党全会上称俄罗斯的战争是正义事业",
                    "朝鲜领导人金正恩在劳动党中央委员会全体会议上表示，俄罗斯在乌克兰的战争是必将以胜利告终的正义事业。"),
            row("ja", "medium", "金正恩氏、党総会で「ロシアの戦争は正義」",
                    "北朝鮮の金正恩総書記は朝鮮労働党中央委員会総会で、ロシアのウクライナでの戦争は必ず勝利で終わる正義の偉業だと述べた。"),
            row("de", "medium", "Kim nennt Russlands Krieg auf Parteiplenum gerecht",
                    "Nordkoreas Machthaber Kim Jong Un hat auf einem Plenum des Zentralkomitees der Arbeiterpartei Russlands Krieg in der Ukraine eine gerechte Sache genannt, die mit einem Sieg enden werde."),
            // guards: a summit announced at a party meeting stays the summit; the leaders meeting stays the summit
            row("en", "high", "Kim tells parliament session he will meet Putin in Moscow",
                    "Kim Jong Un told a session of the Supreme People's Assembly that he would travel to Moscow next month for talks with Vladimir Putin."),
            row("ru", "high", "Путин и Ким Чен Ын встретились в Кремле",
                    "Владимир Путин и Ким Чен Ын провели встречу в Кремле и обсудили двустороннее сотрудничество.")
        );
    }

    /**
     * Sanctions evasion told through laundering stolen money (b46-ru-06: a Moscow crypto exchange paying out money the
     * DPRK's hackers stole to North Korean trading companies, read medium by the banking row). Stolen money cashed out is
     * illicit and a crypto exchange is finance (cues.tsv). On 0.44.4, 7 of these 9 read otherwise (every target; the
     * guards right). The exchange is placed "registered in Moscow" as in b46-ru-06: an adjective (московская, Moskauer)
     * names no side, and the first draft's ru, uk and de cases, written so, stay not relevant.
     */
    @TestFactory
    Stream<DynamicTest> stolenMoneyPaidOutIsEvasion() {
        return table(
            row("ru", "high", "Московская криптобиржа обналичила деньги северокорейских хакеров",
                    "По данным иска, зарегистрированная в Москве криптобиржа обменяла на рубли 95 млн долларов, похищенных хакерами КНДР, и выплатила их северокорейским торговым компаниям."),
            row("en", "high", "Moscow crypto exchange cashed out North Korean hackers' loot, filing says",
                    "A Moscow-based cryptocurrency exchange converted 95 million dollars stolen by North Korean hackers into roubles and paid it to North Korean trading firms, a court filing says."),
            row("uk", "high", "Московська криптобіржа обміняла гроші північнокорейських хакерів",
                    "За даними позову, зареєстрована в Москві криптобіржа обміняла на рублі 95 млн доларів, викрадених хакерами КНДР, і виплатила їх північнокорейським торговим компаніям."),
            row("ko", "high", "모스크바 가상자산 거래소, 북한 해커 탈취 자금 환전",
                    "미국 법무부 소장에 따르면 모스크바의 가상자산 거래소가 북한 해커들이 탈취한 9,500만 달러를 루블로 바꿔 북한 무역회사들에 지급했다."),
            row("zh", "high", "莫斯科加密货币交易所为朝鲜黑客兑现赃款",
                    "起诉书称，莫斯科一家加密货币交易所将朝鲜黑客窃取的9500万美元兑换成卢布，并支付给朝鲜贸易公司。"),
            row("ja", "high", "モスクワの暗号資産交換業者、北朝鮮ハッカーの盗んだ資金を換金",
                    "訴状によると、モスクワの暗号資産交換業者が北朝鮮のハッカーが盗んだ9500万ドルをルーブルに換え、北朝鮮の貿易会社に支払った。"),
            row("de", "high", "Moskauer Kryptobörse tauschte Beute nordkoreanischer Hacker",
                    "Laut Klageschrift hat eine in Moskau registrierte Kryptobörse 95 Millionen Dollar, die nordkoreanische Hacker gestohlen hatten, in Rubel getauscht und an nordkoreanische Handelsfirmen ausgezahlt."),
            // guards: an agreement on payments stays a banking project; hackers of one side alone
            row("en", "medium", "Russian and North Korean banks agree on rouble payments",
                    "A Russian regional bank and North Korea's foreign trade bank signed an agreement on settling trade payments in roubles."),
            row("ko", "none", "북한 해커, 일본 거래소서 가상자산 탈취",
                    "북한 해커들이 일본 가상자산 거래소에서 3억 달러어치를 탈취했다고 일본 경찰이 밝혔다.")
        );
    }

    /**
     * A third country's trade figures listing its trade with each (b46-zh-02: 「海关总署：11月我国与俄罗斯贸易额同比下降
     * 与朝鲜贸易额上升」, read relevant, medium): "our country" is the third country. Each side the object of a "with" of
     * its own (or a list's item after one) after a third country is an item of the third country's figures
     * (Labeller.dealtWithApart). On 0.44.4, 8 of these 10 read otherwise (every target, relevant and medium; the guards
     * right).
     */
    @TestFactory
    Stream<DynamicTest> aThirdCountrysFiguresForEach() {
        return table(
            row("zh", "none", "海关总署：我国与俄罗斯贸易额下降 与朝鲜贸易额上升",
                    "海关总署发布的数据显示，11月中俄贸易额同比下降4%，中朝贸易额同比上升27%。"),
            row("zh", "none", "前11个月我国对俄罗斯和朝鲜出口双双增长",
                    "海关数据显示，前11个月我国对俄罗斯出口增长6%，对朝鲜出口增长19%。"),
            row("en", "none", "China's trade with Russia falls, trade with North Korea rises",
                    "Chinese customs data showed trade with Russia fell 4% in November, while trade with North Korea rose 27%."),
            row("ko", "none", "중국 해관 \"11월 대러 교역 감소, 대북 교역 증가\"",
                    "중국 해관총서 통계에 따르면 11월 중국의 대러시아 교역은 4% 줄고 대북한 교역은 27% 늘었다."),
            row("ru", "none", "Товарооборот Китая с Россией снизился, с КНДР вырос",
                    "По данным таможни КНР, в ноябре товарооборот Китая с Россией снизился на 4%, а с КНДР вырос на 27%."),
            row("uk", "none", "Товарообіг Китаю з Росією знизився, з КНДР зріс",
                    "За даними митниці КНР, у листопаді товарообіг Китаю з Росією знизився на 4%, а з КНДР зріс на 27%."),
            row("ja", "none", "中国の対ロシア貿易が減少、対北朝鮮は増加",
                    "中国税関総署によると、11月の中国の対ロシア貿易額は4%減り、対北朝鮮貿易額は27%増えた。"),
            row("de", "none", "Chinas Handel mit Russland sinkt, mit Nordkorea steigt er",
                    "Chinas Handel mit Russland ist im November nach Angaben des Zolls um 4 Prozent gesunken, der mit Nordkorea um 27 Prozent gestiegen."),
            // guards: the two's own trade stays trade, in China's words and when one side's trade is told with the other
            row("zh", "medium", "俄罗斯与朝鲜贸易额上升",
                    "俄罗斯海关数据显示，俄罗斯与朝鲜11月贸易额同比上升27%，主要是粮食和化肥。"),
            row("en", "medium", "North Korea's trade with Russia doubles",
                    "North Korea's trade with Russia doubled in the first ten months of the year, Russian customs data showed, driven by grain and fertiliser.")
        );
    }

    /**
     * A headline naming neither side over a lead that does not open with both tells no event of the two's (b46-uk-02:
     * "ДВФУ переводить студентів на дистанційне навчання на тиждень", the university's notice, then the Kremlin confirming
     * Kim's talks with Putin in Vladivostok, read low by the headline's students): the headline's kind neither rates nor
     * caps the lead's two-sided event (Labeller.sidelessHead).
     */
    @TestFactory
    Stream<DynamicTest> aHeadlineNamingNeitherSideIsNoEvent() {
        return table(
            row("uk", "high", "Університет переводить студентів на дистанційне навчання",
                    "Далекосхідний університет оголосив дистанційне навчання на тиждень і закрив готель кампусу. Речник Кремля підтвердив, що Кім Чен Ин прибуде до Владивостока на переговори з Володимиром Путіним."),
            row("en", "high", "University sends students home for a week",
                    "A university in Vladivostok moved its students to online classes for a week and closed its campus hotel. The Kremlin confirmed that Kim Jong Un will arrive in the city for talks with Vladimir Putin."),
            row("ru", "high", "Университет переводит студентов на дистанционное обучение",
                    "Дальневосточный университет объявил дистанционное обучение на неделю и закрыл гостиницу кампуса. В Кремле подтвердили, что Ким Чен Ын прибудет во Владивосток на переговоры с Владимиром Путиным."),
            row("ko", "high", "대학, 일주일간 학생 원격수업 전환",
                    "블라디보스토크의 한 대학이 일주일간 원격수업을 하고 캠퍼스 호텔 예약을 막았다. 크렘린궁은 김정은 위원장이 푸틴 대통령과 회담하기 위해 블라디보스토크에 온다고 확인했다."),
            row("zh", "high", "大学学生改上一周网课",
                    "符拉迪沃斯托克一所大学宣布学生改上一周网课，并关闭校园酒店。克里姆林宫证实，金正恩将抵达该市与普京举行会谈。"),
            row("ja", "high", "大学、学生を1週間オンライン授業に",
                    "ウラジオストクの大学が1週間のオンライン授業を発表し、キャンパスのホテルを閉鎖した。ロシア大統領府は、金正恩総書記がプーチン大統領との会談のため同市を訪れると確認した。"),
            row("de", "high", "Universität schickt Studenten für eine Woche nach Hause",
                    "Eine Universität in Wladiwostok hat für eine Woche Online-Unterricht angeordnet und ihr Campushotel geschlossen. Der Kreml bestätigte, dass Kim Jong Un zu Gesprächen mit Wladimir Putin in die Stadt kommt."),
            // guards: a sideless headline over a lead opening with both keeps its row; a sideless ceremony headline whose
            // lead tells the two's ceremony second stays the ceremony
            row("en", "low", "Choir sings at state banquet",
                    "A Russian children's choir sang at the state banquet Vladimir Putin gave for Kim Jong Un in the Kremlin. The leaders had held talks earlier in the day."),
            row("en", "low", "Students' concert opens the season",
                    "A students' orchestra in Vladivostok opened its season on Friday. North Korea's consul general and Russian officials attended the concert of Korean and Russian songs.")
        );
    }
}
