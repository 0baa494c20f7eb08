package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.row;
import static dev.tumen.classifier.classify.SeverityCases.table;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Model 0.43.0 (session 43, labels): the classes of blind-s43's errors (its README), written as invented articles in the
 * languages each class covers; the expected label is a severity or "none". Counted on 0.42.2 before the fix: see each
 * method's Javadoc. Model 0.43.1: session 42's two leftovers, counted on 0.43.0. Model 0.43.2: session 43's three
 * leftovers, counted on 0.43.1.
 */
class BlindS43ClassesTest {

    /**
     * A transfer told through data, documents or engineers, the weapon named in the sentence before (b43-en-02: "a guidance
     * package that matches Russian designs" on the North's missile, then "Russian engineers handed over design data and
     * flight software", read medium; b43-uk-01: Russian rocket engineers at Sohae, then the launcher's engine, read high).
     * The later lead sentence names one side, or its sides were taken by a background clause (국정원은 러시아 기술자들이 포탄
     * 제공의 대가로 …); its strategic technology passing is the earlier sentence's weapon's, so it takes that sentence's
     * sides (Labeller.sharedCargo). The guards: technology only hoped for, and a third country's own passing technology to
     * one side (an "Iran gave North Korea engine data" read critical on 0.42.2 by the cargo rule, which the third-country
     * check now covers too). On 0.42.2, 7 of these 12 read otherwise (ru, ko, ja, de and both engine tests; the Russian
     * third country's guard); en and zh read critical already, by the launch read as battlefield use.
     */
    @TestFactory
    Stream<DynamicTest> technologyOfTheLeadsWeaponToldPassingInTheNextSentence() {
        return table(
            row("en", "critical", "Pyongyang's new rocket bears a Moscow signature, analysts say",
                    "The rocket North Korea launched last week used a guidance unit much like those of Russian missiles, a Seoul research institute said on Monday. The institute believes Russian specialists handed over the design documentation and test data in return for the artillery shells Pyongyang has sent."),
            row("ru", "critical", "В новой ракете КНДР нашли российский след",
                    "Ракета, которую КНДР испытала в ноябре, оснащена российской системой наведения, сообщили депутаты после закрытого брифинга южнокорейской разведки. По данным разведки, инженеры из России передали конструкторскую документацию и данные испытаний."),
            row("uk", "critical", "Нова ракета КНДР має російський слід, вважають у Сеулі",
                    "Ракета, яку КНДР запустила минулого тижня, оснащена системою наведення російського зразка, заявили в південнокорейській розвідці. За даними розвідки, російські інженери передали конструкторську документацію і дані випробувань в обмін на снаряди, надіслані Пхеньяном."),
            row("ko", "critical", "北 신형 미사일에 '러시아 흔적'…국정원 보고",
                    "북한이 지난주 발사한 미사일에 러시아 미사일과 같은 유도장치가 쓰인 것으로 보인다고 국가정보원이 밝혔다. 국정원은 러시아 기술자들이 포탄 제공의 대가로 설계도와 시험 데이터를 넘겨준 것으로 보고 있다."),
            row("zh", "critical", "朝鲜新型导弹带有“俄罗斯印记”",
                    "韩国国家情报院称，朝鲜上周发射的导弹使用了与俄罗斯导弹相同的制导系统。情报院认为，俄罗斯工程师提供了设计图和导弹数据，以换取平壤送去的炮弹。"),
            row("ja", "critical", "北朝鮮の新型ミサイルに「ロシアの痕跡」",
                    "北朝鮮が先週発射したミサイルにロシアのミサイルと同じ誘導装置が使われていたと韓国の国家情報院が明らかにした。情報院は、ロシアの技術者が設計図と試験データを提供したとみている。"),
            row("de", "critical", "Nordkoreas neue Rakete trägt russische Handschrift",
                    "Die Rakete, die Nordkorea vergangene Woche abgefeuert hat, nutzt ein Lenksystem nach russischem Vorbild, teilte der südkoreanische Geheimdienst mit. Russische Ingenieure hätten Konstruktionsunterlagen und Testdaten übergeben, im Gegenzug für Granaten aus Pjöngjang."),
            row("en", "critical", "Kim watches satellite rocket engine test at Sohae",
                    "North Korean leader Kim Jong Un watched a ground test of a new rocket engine at the Sohae launch site, with Russia's ambassador at his side, state media said. Russian engineers have provided test data for the engine since spring, South Korea's spy agency said."),
            row("ko", "critical", "김정은, 서해위성발사장서 로켓엔진 시험 참관",
                    "김정은 국무위원장이 러시아 대사와 함께 서해위성발사장에서 신형 로켓엔진 지상분출시험을 참관했다고 조선중앙통신이 전했다. 국정원은 러시아 기술자들이 올봄부터 엔진 시험 자료를 제공해 왔다고 밝혔다."),
            row("en", "medium", "Kim and Russian envoy watch missile test",
                    "North Korean leader Kim Jong Un watched a missile test with Russia's ambassador at his side, state media said. Russian engineers could help with satellite technology in future, analysts said."),
            row("en", "medium", "Kim and Russian envoy watch satellite rocket test",
                    "North Korean leader Kim Jong Un watched a satellite rocket test with Russia's ambassador at his side, state media said. Iran has also given North Korea rocket engine data, the report added."),
            row("ru", "medium", "Ким Чен Ын и посол России наблюдали за испытанием ракеты",
                    "Ким Чен Ын вместе с послом России наблюдал за испытанием новой ракеты, сообщило ЦТАК. Иран также передал КНДР данные испытаний ракетных двигателей, говорится в докладе.")
        );
    }

    /**
     * A digest's headline whose last item is joined by "and" (b43-ru-05: "Главное за ночь: удар по Харькову, ракеты КНДР и
     * снегопад в Москве", read as North Korean missiles striking Kharkiv, critical): after a comma, "and", "и", "і", "та",
     * "und", "및" before an item of two words or more cuts one more item, so the launch and Moscow's snow are two stories.
     * The guards: a digest whose item is the two's own story, "Putin and Kim …" joined as one subject. On 0.42.2, 4 of these
     * 9 read otherwise (the German one was not relevant already, no side named in its item).
     */
    @TestFactory
    Stream<DynamicTest> aDigestHeadlinesLastItemJoinedByAnd() {
        return table(
            row("ru", "none", "Главное за ночь: удар по Харькову, ракеты КНДР и снегопад в Москве",
                    "Российские войска нанесли удар по Харькову. КНДР запустила крылатые ракеты в сторону Жёлтого моря."),
            row("en", "none", "Morning briefing: strikes on Odesa, North Korean missile test and snow in Moscow",
                    "Russian drones struck Odesa overnight, officials said. North Korea test-fired cruise missiles into the Yellow Sea."),
            row("uk", "none", "Головне за ніч: удар по Харкову, ракети КНДР та снігопад у Москві",
                    "Російські війська вдарили по Харкову. КНДР запустила крилаті ракети в бік Жовтого моря."),
            row("de", "none", "Wochenrückblick: Angriff auf Odessa, Raketentest Nordkoreas und Schnee in Moskau",
                    "Russische Drohnen haben in der Nacht Odessa angegriffen. Nordkorea hat Marschflugkörper über dem Gelben Meer getestet."),
            row("ko", "none", "주요 뉴스: 오데사 공습, 북한 순항미사일 발사 및 모스크바 폭설",
                    "러시아가 밤사이 오데사를 공습했다. 북한은 서해상으로 순항미사일을 발사했다."),
            row("ru", "medium", "Главное за день: Путин принял делегацию КНДР, курс рубля и погода",
                    "Президент России Владимир Путин принял в Кремле делегацию КНДР во главе с министром иностранных дел Чо Сон Хи."),
            row("en", "high", "Daily briefing: Putin and Kim meet in Vladivostok, oil prices rise",
                    "Russian President Vladimir Putin and North Korean leader Kim Jong Un held a summit in Vladivostok on Tuesday."),
            row("en", "high", "Daily briefing: oil prices rise, Putin and Kim Jong Un meet in Vladivostok",
                    "Russian President Vladimir Putin and North Korean leader Kim Jong Un held a summit in Vladivostok on Tuesday."),
            row("ru", "high", "Главное за день: курс рубля, Путин и Ким Чен Ын провели переговоры",
                    "Владимир Путин и Ким Чен Ын провели переговоры во Владивостоке.")
        );
    }

    /**
     * A summit or talks as the time of a cultural event (b43-en-06: "Vladivostok shows North Korean children's drawings
     * as summit week opens", read as the summit, high): on its eve, ahead of it, as it opens is the occasion, as "during
     * the summit" was (cues.tsv occasion), and the event decides. The guards: a leader arriving ahead of the summit and a
     * foreign minister come to prepare it. On 0.42.2, 4 of these 11 read otherwise (en, ru, uk, de; the Korean, Chinese
     * and Japanese headlines read low already).
     */
    @TestFactory
    Stream<DynamicTest> aCeremonyTimedToTheSummitIsTheCeremony() {
        return table(
            row("en", "low", "Vladivostok shows North Korean children's drawings as summit week opens",
                    "An exhibition of drawings by North Korean schoolchildren opened at an art gallery in Vladivostok on the eve of talks between Vladimir Putin and Kim Jong Un."),
            row("ru", "low", "Во Владивостоке открылась выставка рисунков детей КНДР накануне саммита",
                    "Выставка рисунков северокорейских школьников открылась в художественной галерее Владивостока накануне переговоров Владимира Путина и Ким Чен Ына."),
            row("uk", "low", "У Владивостоці відкрилася виставка малюнків дітей КНДР напередодні саміту",
                    "Виставка малюнків північнокорейських школярів відкрилася в художній галереї Владивостока напередодні переговорів Володимира Путіна і Кім Чен Ина."),
            row("ko", "low", "정상회담 앞두고 블라디보스토크서 북한 어린이 그림 전시회",
                    "북러 정상회담을 앞두고 블라디보스토크의 미술관에서 북한 어린이들의 그림 전시회가 열렸다."),
            row("zh", "low", "峰会前夕 朝鲜儿童画展在符拉迪沃斯托克开幕",
                    "俄朝峰会前夕，朝鲜儿童画展在符拉迪沃斯托克美术馆开幕。"),
            row("ja", "low", "首脳会談を前に 北朝鮮の子ども絵画展がウラジオストクで開幕",
                    "ロ朝首脳会談を前に、北朝鮮の子どもたちの絵画展がウラジオストクの美術館で開幕した。"),
            row("de", "low", "Vor dem Gipfel: Kinderzeichnungen aus Nordkorea in Wladiwostok",
                    "Vor dem Gipfel von Wladimir Putin und Kim Jong Un ist in einer Kunstgalerie in Wladiwostok eine Ausstellung mit Zeichnungen nordkoreanischer Schulkinder eröffnet worden."),
            row("en", "high", "Kim arrives in Vladivostok ahead of summit with Putin",
                    "North Korean leader Kim Jong Un arrived in Vladivostok by armoured train on Tuesday for talks with Russian President Vladimir Putin."),
            row("ru", "high", "Ким Чен Ын прибыл во Владивосток накануне саммита с Путиным",
                    "Лидер КНДР Ким Чен Ын прибыл во Владивосток на бронепоезде для переговоров с президентом России Владимиром Путиным."),
            row("ko", "high", "김정은, 푸틴과 정상회담 앞두고 블라디보스토크 도착",
                    "김정은 국무위원장이 푸틴 러시아 대통령과의 정상회담을 위해 전용열차로 블라디보스토크에 도착했다."),
            row("en", "high", "Lavrov in Pyongyang on the eve of the summit",
                    "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Monday to prepare a summit between Vladimir Putin and Kim Jong Un.")
        );
    }

    /**
     * A statement by one side about the other heading the article, with no word of support (b43-ja-01: Kim Yo Jong calls
     * Russia "our most trustworthy comrade" and condemns Japan's sanctions on Russia, read high by the body's ammunition
     * shipper in Japan's list): when headline and lead name no other kind of event, the statement is the event, the
     * rubric's "statements by either about the other" (medium), and the body's rows its setting. The guards: a denial of
     * a deployment (its lead names the deployment) and a third country's minister condemning the two's arms trade. On
     * 0.42.2, all 7 read otherwise (high, the Russian one critical); the guards did not.
     */
    @TestFactory
    Stream<DynamicTest> aSidesStatementHeadingTheArticleIsTheStatement() {
        return table(
            row("ja", "medium", "金与正氏「ロシアは最も信頼できる戦友」　日本の対露制裁を非難",
                    "北朝鮮の金与正・朝鮮労働党副部長は6日、日本政府が前日に発表したロシアに対する追加制裁を非難する談話を発表した。談話は「ロシアは我々の最も信頼できる戦友だ」と強調した。日本の制裁対象には、北朝鮮からの弾薬輸送に関わったとされるロシアの海運会社も含まれている。"),
            row("en", "medium", "Kim Yo Jong calls Russia \"most trusted comrade\", slams Japan's sanctions",
                    "Kim Yo Jong, a senior official of North Korea's ruling party, on Saturday condemned the new sanctions Japan imposed on Russia a day earlier, KCNA said. Russia is \"our most trusted comrade-in-arms\", her statement said. Japan's list includes a Russian shipping company accused of carrying North Korean ammunition to Russia."),
            row("ru", "medium", "Ким Ё Чжон осудила санкции Японии против России",
                    "Заместитель заведующего отделом ЦК Трудовой партии Кореи Ким Ё Чжон осудила новые санкции Японии против России, сообщило ЦТАК. Россия — «наш самый надёжный боевой товарищ», говорится в заявлении. В японский список попала российская судоходная компания, которую обвиняют в перевозке северокорейских боеприпасов в Россию."),
            row("uk", "medium", "Кім Йо Чжон засудила санкції Японії проти Росії",
                    "Заступниця завідувача відділу ЦК Трудової партії Кореї Кім Йо Чжон засудила нові санкції Японії проти Росії, повідомило ЦТАК. Росія — «наш найнадійніший бойовий товариш», йдеться в заяві. До японського списку потрапила російська судноплавна компанія, яку звинувачують у перевезенні північнокорейських боєприпасів до Росії."),
            row("ko", "medium", "김여정 \"러시아는 가장 믿음직한 전우\"…日 대러 제재 비난",
                    "김여정 노동당 부부장이 일본 정부의 대러시아 추가 제재를 비난하는 담화를 발표했다고 조선중앙통신이 6일 보도했다. 담화는 \"러시아는 우리의 가장 믿음직한 전우\"라고 강조했다. 일본의 제재 대상에는 북한 탄약을 러시아로 실어 나른 혐의를 받는 러시아 해운사도 포함됐다."),
            row("zh", "medium", "金与正：俄罗斯是“最可信赖的战友” 谴责日本对俄制裁",
                    "据朝中社报道，朝鲜劳动党副部长金与正6日发表谈话，谴责日本政府对俄罗斯实施的新制裁。谈话称，俄罗斯是“我们最可信赖的战友”，任何制裁都无法动摇两国的友谊。日本政府5日宣布冻结40个俄罗斯团体的资产。日本的制裁名单中包括一家被指向俄罗斯运送朝鲜弹药的俄罗斯航运公司。"),
            row("de", "medium", "Kim Yo Jong verurteilt japanische Sanktionen gegen Russland",
                    "Kim Yo Jong, Vizeabteilungsleiterin der nordkoreanischen Arbeiterpartei, hat die neuen Sanktionen Japans gegen Russland verurteilt, meldete KCNA. Russland sei „unser verlässlichster Waffengefährte\", hieß es in der Erklärung. Auf der japanischen Liste steht auch eine russische Reederei, die nordkoreanische Munition nach Russland transportiert haben soll."),
            row("en", "critical", "Zakharova dismisses reports on North Korean troops",
                    "Russian foreign ministry spokeswoman Maria Zakharova on Thursday called reports that North Korean troops were fighting in the Kursk region \"fakes\". Seoul says about 11,000 North Korean soldiers have been deployed to Russia."),
            row("ru", "critical", "Захарова назвала фейком сообщения о северокорейских военных",
                    "Официальный представитель МИД России Мария Захарова назвала фейком сообщения о том, что северокорейские военные воюют в Курской области. Сеул утверждает, что в Россию направлены около 11 тысяч солдат КНДР."),
            row("ko", "high", "日 외무상, 북러 무기거래 규탄",
                    "일본 외무상이 북한과 러시아의 무기 거래를 규탄했다. 일본은 북한이 러시아에 포탄과 미사일을 보냈다고 본다. 일본 정부는 관련 선박 3척을 제재했다.")
        );
    }

    /**
     * Armoured vehicles, tanks and army trucks are arms (b43-ru-04: 40 "бронеавтомобилей «Тигр»" at a North Korean range,
     * then "техника поставлена из России", read medium by the ferry's port; b43-ko-04: a new tank shown to Rostec's
     * delegation, not relevant): the vehicles' words in every language (cues.tsv arms), and equipment told supplied in the
     * next lead sentence (техника, 장비, 装备, hardware) is the arms the sentence before named. The guards: an oil tanker
     * (танк* is not a tank) and a think tank. On 0.42.2, 9 of these 12 read otherwise (all the supplies; the English tank
     * shown read high already); the guards did not.
     */
    @TestFactory
    Stream<DynamicTest> armouredVehiclesAndTanksAreArms() {
        return table(
            row("ru", "high", "На северокорейском полигоне заметили российские бронемашины",
                    "На спутниковых снимках полигона под Пхеньяном видны 40 бронеавтомобилей и 20 армейских грузовиков. Аналитики считают, что техника поставлена из России по морю через порт Раджин."),
            row("en", "high", "Russian armoured vehicles spotted at North Korean range",
                    "Satellite images of a range near Pyongyang show 40 armoured vehicles and 20 army trucks. Analysts believe the hardware was supplied by Russia and shipped through the port of Rajin."),
            row("uk", "high", "На північнокорейському полігоні помітили російські бронемашини",
                    "На супутникових знімках полігону під Пхеньяном видно 40 бронеавтомобілів і 20 армійських вантажівок. Аналітики вважають, що техніку постачила Росія морем через порт Раджин."),
            row("ko", "high", "北 훈련장에 러시아제 장갑차 포착",
                    "평양 인근 훈련장을 찍은 위성사진에 장갑차 40대와 군용 트럭 20대가 포착됐다. 분석가들은 이 장비가 러시아에서 라진항을 거쳐 공급된 것으로 보고 있다."),
            row("zh", "high", "朝鲜训练场现俄制装甲车",
                    "平壤附近一处训练场的卫星图像显示有40辆装甲车和20辆军用卡车。分析人士认为，这些装备是俄罗斯经罗津港提供的。"),
            row("ja", "high", "北朝鮮の演習場にロシア製装甲車",
                    "平壌近郊の演習場の衛星写真に装甲車40台と軍用トラック20台が写っていた。アナリストは、これらの装備がロシアから羅津港経由で供与されたとみている。"),
            row("de", "high", "Russische Radpanzer auf nordkoreanischem Übungsplatz",
                    "Satellitenbilder eines Übungsplatzes bei Pjöngjang zeigen 40 Radpanzer und 20 Militärlastwagen. Analysten gehen davon aus, dass Russland die Radpanzer über den Hafen Rason nach Nordkorea geliefert hat."),
            row("ko", "high", "김정은, 전차공장 현지지도…러 방산 대표단에 신형 전차 공개",
                    "김정은 국무위원장이 전차 생산 공장을 현지지도하고 방북 중인 러시아 방산기업 대표단에게 신형 주력전차를 보여줬다고 조선중앙통신이 보도했다."),
            row("en", "high", "Kim shows new battle tank to Russian arms delegation",
                    "North Korean leader Kim Jong Un showed a new main battle tank to a visiting delegation of Russia's state arms company Rostec during a tour of a tank factory, state media said."),
            row("ru", "high", "Ким Чен Ын показал делегации «Ростеха» новый танк",
                    "Ким Чен Ын показал гостившей в КНДР делегации российской госкорпорации «Ростех» новый основной боевой танк во время посещения танкового завода, сообщило ЦТАК."),
            row("en", "high", "Russian oil tanker reaches Rajin",
                    "A Russian tanker carrying diesel under a trade contract reached the North Korean port of Rajin, the port authority said."),
            row("en", "medium", "Think tank: Russia and North Korea expand trade",
                    "A Seoul think tank said trade between Russia and North Korea grew 40 percent last year, mostly in food and fertiliser.")
        );
    }

    /**
     * Session 42's leftover of BlindS42ClassesTest's class: an agreement in a sector the rows do not name, signed, whose own
     * sentence names the training it provides for ("signed a forestry agreement that provides for training North Korean
     * specialists at Russian universities"), on a page whose headline is lost or names the training, read low as an
     * exchange of students. The signing is the event and, of the rows it fits, the higher wins (severity.tsv, sector and
     * signing). The guards: students who study under an exchange agreement, whenever signed (cues.tsv exchange_word). On
     * 0.43.0's first commit, all 8 agreements read otherwise (low); the 5 guards did not.
     */
    @TestFactory
    Stream<DynamicTest> aSectorAgreementSignedNamingTheTrainingItProvidesFor() {
        return table(
            row("en", "medium", "Press release",
                    "Russia and North Korea signed a forestry agreement on Tuesday that provides for training North Korean specialists at Russian universities. The agreement runs for five years."),
            row("ru", "medium", "Пресс-релиз",
                    "Россия и КНДР подписали соглашение о сотрудничестве в лесном хозяйстве, которое предусматривает обучение северокорейских специалистов в российских университетах. Соглашение рассчитано на пять лет."),
            row("en", "medium", "Russia, North Korea agree to train foresters at Russian universities",
                    "Russia and North Korea signed a forestry agreement on Tuesday that provides for training North Korean specialists at Russian universities."),
            row("ko", "medium", "보도자료",
                    "러시아와 북한이 북한 전문가들을 러시아 대학에서 교육하는 내용을 담은 임업 협력 협정을 체결했다. 협정 기간은 5년이다."),
            row("uk", "medium", "Прес-реліз",
                    "Росія і КНДР підписали угоду про співпрацю в сільському господарстві, яка передбачає навчання північнокорейських фахівців у російських університетах. Угоду укладено на п'ять років."),
            row("zh", "medium", "新闻稿",
                    "俄罗斯与朝鲜签署林业合作协议，规定在俄罗斯大学培训朝鲜专家。协议有效期五年。"),
            row("ja", "medium", "プレスリリース",
                    "ロシアと北朝鮮は、北朝鮮の専門家をロシアの大学で育成することを盛り込んだ林業協力協定に署名した。協定の期間は5年。"),
            row("de", "medium", "Pressemitteilung",
                    "Russland und Nordkorea haben ein Abkommen über Forstwirtschaft unterzeichnet, das die Ausbildung nordkoreanischer Fachleute an russischen Universitäten vorsieht. Es gilt fünf Jahre."),
            row("en", "low", "Press release",
                    "Thirty North Korean students arrived at a Russian university to study forestry under an exchange agreement signed last year. They will stay for a year."),
            row("ru", "low", "Пресс-релиз",
                    "Двадцать студентов из КНДР начали изучать сельское хозяйство в российском университете по соглашению об обмене, подписанному в прошлом году. Они будут учиться два года."),
            row("uk", "low", "Прес-реліз",
                    "Двадцять студентів з КНДР почали вивчати лісове господарство в російському університеті за угодою про обмін, підписаною торік. Вони навчатимуться два роки."),
            row("zh", "low", "新闻稿",
                    "根据去年签署的交流协议，30名朝鲜留学生在俄罗斯大学开始学习林业。他们将学习一年。"),
            row("ja", "low", "プレスリリース",
                    "昨年署名された交流協定に基づき、北朝鮮の留学生30人がロシアの大学で林業を学び始めた。1年間滞在する。")
        );
    }

    /**
     * Session 42's other leftover: the op-ed label 기고 inside a verb ending in -기고 (넘기고, 남기고, 옮기고: "hands over
     * and") made a news headline an opinion piece, whose thesis sentence in the fourth paragraph ("정말 주목해야 할 것은
     * … 관광객") became its event: a transfer of satellite technology read medium. 기고 is the label only as a word of its own
     * or in 특별기고. The guards: [기고] and 특별기고 headlines keep their thesis. On 0.43.0's first commit, 1 of these 6 read
     * otherwise (the transfer; the summit's and the defence ministers' headlines fire their own rows before the thesis).
     */
    @TestFactory
    Stream<DynamicTest> theOpEdLabelNotInsideAKoreanVerbEnding() {
        return table(
            row("ko", "critical", "러시아, 북한에 정찰위성 기술 넘기고 포탄 받아",
                    "국가정보원은 러시아가 북한에 정찰위성 기술을 넘겼다고 14일 밝혔다. 북한은 그 대신 포탄 수백만 발을 보냈다. 국정원은 북한이 내년 새 정찰위성을 쏘아 올릴 것으로 본다. 정말 주목해야 할 것은 러시아 관광객들이 원산에 다시 가기 시작했다는 점이다. 관광은 양국 교류의 새 통로다."),
            row("ko", "critical", "러시아, 북한에 정찰위성 기술 넘겨주고 포탄 받아",
                    "국가정보원은 러시아가 북한에 정찰위성 기술을 넘겼다고 14일 밝혔다. 북한은 그 대신 포탄 수백만 발을 보냈다. 국정원은 북한이 내년 새 정찰위성을 쏘아 올릴 것으로 본다. 정말 주목해야 할 것은 러시아 관광객들이 원산에 다시 가기 시작했다는 점이다. 관광은 양국 교류의 새 통로다."),
            row("ko", "high", "북러 정상, 공동성명 남기고 회담 마무리",
                    "김정은 국무위원장과 푸틴 대통령이 평양에서 정상회담을 마치고 공동성명을 발표했다. 두 정상은 군사 협력을 강화하기로 했다. 회담은 다섯 시간 이어졌다. 정말 주목해야 할 것은 러시아 관광객들이 원산에 다시 가기 시작했다는 점이다. 관광은 양국 교류의 새 통로다."),
            row("ko", "high", "러 국방장관, 원산으로 자리 옮기고 북한 국방상과 회담 계속",
                    "러시아 국방장관이 원산에서 북한 국방상과 이틀째 회담을 했다고 조선중앙통신이 전했다. 두 사람은 군사 협력 방안을 논의했다. 회담은 비공개로 진행됐다. 정말 주목해야 할 것은 러시아 관광객들이 원산에 다시 가기 시작했다는 점이다. 관광은 양국 교류의 새 통로다."),
            row("ko", "medium", "[기고] 북러 밀착, 한국의 대응은",
                    "러시아와 북한의 관계가 깊어지고 있다. 두 나라는 조약을 맺었다. 전쟁은 길어지고 있다. 정말 주목해야 할 것은 러시아 관광객들이 원산에 다시 가기 시작했다는 점이다. 관광은 양국 교류의 새 통로다."),
            row("ko", "medium", "특별기고 북러 밀착, 한국의 대응은",
                    "러시아와 북한의 관계가 깊어지고 있다. 두 나라는 조약을 맺었다. 전쟁은 길어지고 있다. 정말 주목해야 할 것은 러시아 관광객들이 원산에 다시 가기 시작했다는 점이다. 관광은 양국 교류의 새 통로다.")
        );
    }

    /**
     * Model 0.43.2, session 43's leftover: Korean 대가로 (in return for) closed a background clause that ran back to the
     * sentence's start, taking its subject and, after a verb, the half of the exchange the sentence reports ("러시아가
     * 북한에 정찰위성 기술을 넘긴 대가로 포탄을 받았다" named no side; such a headline read not relevant). After a verb's
     * adnominal form (넘긴, 보낸, 제공한, 준, 건넨) 대가로 opens no background: both halves are the news. After a noun (파병의
     * 대가로, 포탄 공급에 대한 대가로) the recalled payment starts after the clause's subject (a word marked 이, 가, 은, 는).
     * The guards: a payment recalled in a ballet's lead, a launch with no Russian angle, an ambassador's words at a New
     * Year reception. On 0.43.1, 5 of these 10 read otherwise (not relevant); the headlines of 건넨 and of a noun's 대가로 paired already.
     */
    @TestFactory
    Stream<DynamicTest> koreanInReturnForKeepsTheSentencesSubjectAndItsOwnHalf() {
        return table(
            row("ko", "critical", "러시아, 北에 정찰위성 기술 넘긴 대가로 포탄 받아",
                    "국가정보원은 러시아가 북한에 정찰위성 기술을 넘긴 대가로 포탄 수백만 발을 받았다고 밝혔다."),
            row("ko", "critical", "국정원 \"러시아, 北에 잠수함 기술 준 대가로 병력 받아\"",
                    "국정원은 러시아가 북한에 핵잠수함 기술을 제공한 대가로 북한군 병력을 받았다고 보고했다."),
            row("ko", "high", "북한, 러시아에 포탄 보낸 대가로 원유 받아",
                    "북한이 러시아에 포탄을 보낸 대가로 원유 수십만 배럴을 받았다고 국정원이 밝혔다."),
            row("ko", "critical", "\"러시아, 北에 방공 기술 건넨 대가로 북한군 추가 파병 받아\"",
                    "우크라이나 정보총국은 러시아가 북한에 방공 미사일 기술을 건넨 대가로 북한군 5천 명을 추가로 받았다고 주장했다."),
            row("ko", "critical", "국정원 \"러시아 기술자들, 포탄 제공의 대가로 北에 위성 기술 넘겨\"",
                    "국정원은 러시아 기술자들이 포탄 제공의 대가로 북한에 정찰위성 기술을 넘겨준 것으로 보고 있다."),
            row("ko", "critical", "국정원, 국회 정보위 비공개 보고",
                    "국정원은 러시아가 북한군 파병의 대가로 북한에 정찰위성 기술을 넘겨준 것으로 보고 있다고 밝혔다."),
            row("ko", "critical", "[단독] 정보당국 보고서 입수",
                    "정보당국은 러시아 기술자들이 포탄 공급에 대한 대가로 북한 서해위성발사장에서 엔진 시험 자료를 넘겨준 것으로 파악했다."),
            row("ko", "low", "러시아 국립발레단, 평양서 '백조의 호수' 공연",
                    "러시아 국립발레단이 5일 평양 동평양대극장에서 '백조의 호수'를 공연했다고 조선중앙통신이 전했다. 러시아는 북한군 파병의 대가로 정찰위성 기술을 넘겨줬다는 의혹을 받고 있다."),
            row("ko", "none", "북한, 동해상으로 탄도미사일 발사",
                    "북한이 6일 오전 동해상으로 탄도미사일 1발을 발사했다고 합동참모본부가 밝혔다. 미사일은 약 800km를 비행했다."),
            row("ko", "low", "러시아 대사관, 평양서 새해 연회",
                    "마체고라 러시아 대사는 북한의 지원에 대한 대가로 러시아가 식량을 보냈다고 말한 뒤 연회에서 새해 인사를 전했다.")
        );
    }

    /**
     * Model 0.43.2, session 43's leftover: Korean 넘기다 (hand over) in its connective and present forms (넘기고, 넘기며,
     * 넘기면서, 넘긴다, 넘기는, 넘기기로) is a transfer and a supply as 넘긴 and 넘겨 are (cues.tsv). The guards: a crisis got
     * past (위기를 넘기고), a summit run past midnight (자정을 넘기며). On 0.43.1, 3 of these 7 read otherwise (two medium,
     * one not relevant); 넘기고 beside satellite technology and 넘기는 beside a reactor read critical by the technology alone.
     */
    @TestFactory
    Stream<DynamicTest> koreanHandOverInItsConnectiveForms() {
        return table(
            row("ko", "critical", "러시아, 북한에 정찰위성 기술 넘기고 포탄 받아",
                    "국가정보원은 러시아가 북한에 정찰위성 기술을 넘기고 포탄을 받은 것으로 보고 있다고 밝혔다."),
            row("ko", "critical", "\"러시아, 北에 미사일 기술 넘기며 밀착\"",
                    "국정원은 러시아가 북한에 탄도미사일 유도 기술을 넘기며 군사 협력을 강화하고 있다고 밝혔다."),
            row("ko", "high", "북한, 러시아에 포탄 넘기고 식량 받아",
                    "북한이 러시아에 포탄 수백만 발을 넘기고 식량을 받은 것으로 파악됐다."),
            row("ko", "critical", "\"러시아, 北에 핵잠수함 원자로 기술 넘긴다\"",
                    "국정원은 러시아가 북한에 핵잠수함용 원자로 기술을 넘기는 방안을 협의하고 있다고 밝혔다."),
            row("ko", "high", "북한, 러시아에 방사포 추가로 넘기기로",
                    "북한이 러시아에 240mm 방사포 100문을 추가로 넘기기로 했다고 우크라이나 정보총국이 밝혔다."),
            row("ko", "none", "북한, 식량 위기 넘기고 수확 늘어",
                    "북한이 올해 식량 위기를 넘기고 수확을 늘렸다고 조선중앙통신이 전했다."),
            row("ko", "high", "북러 정상회담, 자정 넘기며 이어져",
                    "김정은 국무위원장과 푸틴 대통령의 정상회담이 자정을 넘기며 이어졌다고 크렘린궁이 밝혔다.")
        );
    }

    /**
     * Model 0.43.2, session 43's leftover: an exchange of students in a field ("universities sign student exchange
     * agreement on agriculture", "농업 분야 학생 교류 협정") read medium, the field word (agriculture, 농업, fisheries) being an
     * economic word too. In a sentence with an exchange word, economic words that are all field words (cue groups sector,
     * civil_field) are what the students study, not an economic project (Labeller). The guards: a protocol naming trade
     * or transport beside agriculture and student exchanges, and an agriculture agreement between ministries, stay medium.
     * On 0.43.1, 3 of these 12 read otherwise (en, ko, en fisheries); ru, uk, zh, ja and de read low already (their
     * field words are no economic word).
     */
    @TestFactory
    Stream<DynamicTest> anExchangeOfStudentsInAField() {
        return table(
            row("en", "low", "Russian and North Korean universities sign student exchange agreement on agriculture",
                    "Russia's Far Eastern Federal University and Wonsan University of Agriculture signed an agreement on Tuesday to exchange students in agronomy and animal husbandry."),
            row("ru", "low", "Вузы России и КНДР подписали соглашение об обмене студентами в области сельского хозяйства",
                    "Приморская сельскохозяйственная академия и Вонсанский сельскохозяйственный университет КНДР подписали соглашение об обмене студентами в области сельского хозяйства."),
            row("uk", "low", "Університети Росії та КНДР підписали угоду про обмін студентами в галузі сільського господарства",
                    "Далекосхідний федеральний університет Росії та Вонсанський сільськогосподарський університет КНДР підписали угоду про обмін студентами в галузі сільського господарства."),
            row("ko", "low", "북러 대학, 농업 분야 학생 교류 협정 체결",
                    "러시아 극동연방대학교와 북한 원산농업종합대학이 농업 분야 학생 교류 협정을 체결했다."),
            row("zh", "low", "俄朝高校签署农业领域学生交流协议",
                    "俄罗斯远东联邦大学与朝鲜元山农业大学签署了农业领域学生交流协议。"),
            row("ja", "low", "ロ朝の大学、農業分野で交換留学協定に署名",
                    "ロシアの極東連邦大学と北朝鮮の元山農業大学が、農業分野の交換留学協定に署名した。"),
            row("de", "low", "Russische und nordkoreanische Hochschulen unterzeichnen Austauschabkommen für Landwirtschaftsstudenten",
                    "Die Fernöstliche Föderale Universität Russlands und die Agraruniversität Wonsan in Nordkorea haben ein Austauschabkommen für Studenten der Landwirtschaft unterzeichnet."),
            row("en", "low", "Russian and North Korean universities agree student exchange in fisheries",
                    "Russia's Far Eastern Federal University and a North Korean fisheries university signed a student exchange agreement covering fisheries and aquaculture on Monday."),
            row("en", "medium", "Russia and North Korea sign protocol on trade, agriculture and student exchanges",
                    "Russia and North Korea signed a protocol on cooperation in trade, transport, agriculture and student exchanges at the intergovernmental commission in Moscow."),
            row("ru", "medium", "Россия и КНДР подписали протокол о торговле, сельском хозяйстве и обмене студентами",
                    "Россия и КНДР подписали на заседании межправительственной комиссии протокол о сотрудничестве в торговле, транспорте, сельском хозяйстве и программе обмена студентами."),
            row("ko", "medium", "북러, 무역·농업·학생 교류 의정서 서명",
                    "북한과 러시아가 정부간위원회 회의에서 무역과 운송, 농업, 학생 교류 협력에 관한 의정서에 서명했다."),
            row("en", "medium", "Russia and North Korea sign agriculture agreement",
                    "Russia's agriculture ministry and North Korea's signed an agreement on Tuesday on joint greenhouse farms and seed supplies.")
        );
    }
}
