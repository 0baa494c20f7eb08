package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.34.0 (session 36, labels): the classes blind-s35 showed when scored once on 0.33.0 before any fix of its own,
 * in every language the rules cover. Each class's first cases read otherwise on 0.33.0; those marked "guard" did not.
 */
class ComradeshipCensureDeliveryTest {
    /**
     * Comradeship or brotherhood in arms is an idiom of friendship, no weapon: a New Year card hailing it read high (arms
     * sent). Guards: the idiom in the other languages, and brothers in arms, were never weapons.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Kim sends New Year greetings to Putin, hails \"comradeship in arms\";North Korean leader Kim Jong Un sent New Year greetings to Russian President Vladimir Putin, state media said on Thursday.",
        "en;Putin sends birthday greetings to Kim, praises brotherhood-in-arms;Russian President Vladimir Putin sent birthday greetings to North Korean leader Kim Jong Un, hailing the comradeship-in-arms forged between the two armies.",
        "en;Kim sends Putin greetings, hails brothers in arms;North Korean leader Kim Jong Un sent Russian President Vladimir Putin greetings on Russia Day, calling the two nations brothers-in-arms.",
        "ru;Путин поздравил Ким Чен Ына с днем рождения и отметил братство по оружию;Президент России Владимир Путин направил Ким Чен Ыну поздравление с днем рождения, отметив братство по оружию между двумя странами.",
        "uk;Кім Чен Ин привітав Путіна з Новим роком і оспівав бойове братерство;Лідер КНДР Кім Чен Ин надіслав президенту Росії Володимиру Путіну новорічне вітання, в якому оспівав бойове братерство двох армій.",
        "ko;김정은, 푸틴에 연하장…\"전우애와 불패의 친선\";김정은 국무위원장이 블라디미르 푸틴 러시아 대통령에게 연하장을 보내 양국 간 전투적 우의와 전우애를 강조했다고 조선중앙통신이 보도했다.",
        "zh;金正恩向普京致新年贺卡 赞扬\"战斗友谊\";朝鲜领导人金正恩向俄罗斯总统普京致新年贺卡，赞扬两国军队用鲜血凝成的战斗友谊和战友情谊。",
        "ja;金正恩氏、プーチン氏に年賀状 「戦友の絆」称える;北朝鮮の金正恩総書記はロシアのプーチン大統領に年賀状を送り、両国の戦友の絆と戦闘的友誼をたたえた。",
        "de;Kim schickt Putin Neujahrsgrüße und lobt die Waffenbrüderschaft;Nordkoreas Machthaber Kim Jong Un hat dem russischen Präsidenten Wladimir Putin Neujahrsgrüße geschickt und die Waffenbrüderschaft beider Länder gelobt.",
    })
    void comradeshipInArmsIsNoWeapon(String lang, String title, String lead) {
        assertSeverity(lang, Severity.LOW, title, lead);
    }

    /**
     * A third party's statement that censures or appeals to each country in a clause of its own, a third country among
     * them, lists each one's own conduct: no exchange between the two (the G7's statement read relevant and critical from
     * Russia's strikes and North Korea's launches).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;G7 foreign ministers warn of \"an increasingly dangerous world\";The foreign ministers of the Group of Seven ended a two-day meeting in Quebec on Wednesday with a statement naming threats from several directions. They condemned Russia's continuing strikes on Ukrainian energy infrastructure, called on China to refrain from coercion in the Taiwan Strait, urged Iran to return to nuclear talks and deplored North Korea's ballistic missile launches.",
        "ru;Министры G7 предупредили об опасном мире;Министры иностранных дел стран G7 завершили встречу в Квебеке заявлением об угрозах. Они осудили удары России по энергетике Украины, призвали Китай отказаться от давления на Тайвань, потребовали от Ирана вернуться к переговорам и осудили ракетные пуски КНДР.",
        "uk;Міністри G7 попередили про небезпечний світ;Міністри закордонних справ країн G7 завершили зустріч у Квебеку заявою про загрози. Вони засудили удари Росії по енергетиці України, закликали Китай відмовитися від тиску на Тайвань, закликали Іран повернутися до переговорів і засудили ракетні пуски КНДР.",
        "ko;G7 외교장관 \"점점 더 위험한 세계\";주요 7개국(G7) 외교장관들이 퀘벡에서 이틀간의 회의를 마치고 공동성명을 발표했다. 성명은 러시아의 우크라이나 에너지 시설 공격을 규탄하고, 중국에 대만해협에서의 위압 자제를 촉구했으며, 이란에 핵협상 복귀를 요구하고, 북한의 탄도미사일 발사를 개탄했다.",
        "zh;七国集团外长警告\"日益危险的世界\";七国集团外长在魁北克结束为期两天的会议并发表声明。声明谴责俄罗斯持续袭击乌克兰能源设施，敦促中国停止在台湾海峡的胁迫，呼吁伊朗重返核谈判，并谴责朝鲜的弹道导弹发射。",
        "ja;G7外相「ますます危険な世界」;G7外相会合は4日、ケベックで2日間の日程を終え、共同声明を発表した。声明はロシアによるウクライナのエネルギー施設への攻撃を非難し、中国に台湾海峡での威圧をやめるよう求め、イランに核協議への復帰を促し、北朝鮮の弾道ミサイル発射を非難した。",
        "de;G7-Außenminister warnen vor gefährlicher Welt;Die Außenminister der G7 beendeten ihr Treffen in Quebec mit einer Erklärung. Sie verurteilten Russlands Angriffe auf die ukrainische Energieversorgung, forderten China zum Verzicht auf Druck auf Taiwan auf, mahnten Iran zur Rückkehr an den Verhandlungstisch und verurteilten Nordkoreas Raketenstarts.",
    })
    void censuresOneCountryAClauseAreAList(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /** Guards: a clause that names both, or a side with no censure of its own, still tells the two's cooperation. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en;HIGH;G7 condemns North Korean arms deliveries to Russia;The G7 foreign ministers condemned North Korea's deliveries of shells and missiles to Russia and urged China to stop supplying Moscow with components.",
        "en;HIGH;G7 condemns Russia and North Korea;The G7 ministers condemned Russia's military cooperation with North Korea and urged Iran to stop sending drones.",
        "en;CRITICAL;Seoul condemns Russia-North Korea deal;South Korea's foreign ministry condemned Russia's strikes on Ukraine and deplored North Korea's decision to send more troops to help Moscow.",
    })
    void aCensureOfTheirCooperationStays(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Strategic technology delivered, brought in or shipped is transferred (critical), whatever the verb of carriage:
     * reactor parts for a submarine "доставлены" read medium, the Ukrainian report low, the Chinese, Japanese and
     * German reports not relevant. Guard: the English "delivered" was a transfer already.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ru;Разведка: в КНДР из России доставлены узлы реактора для подводной лодки;СЕУЛ, 3 декабря. Южнокорейская разведка располагает данными о том, что в КНДР из России морем доставлены узлы реактора для строящейся подводной лодки.",
        "ru;Спутниковое оборудование доставлено в КНДР из России;Южнокорейская разведка сообщила, что в КНДР из России доставлено оборудование для разведывательного спутника.",
        "uk;Розвідка: до КНДР з Росії доставлено вузли реактора для підводного човна;Південнокорейська розвідка має дані, що до КНДР з Росії морем доставили вузли реактора для підводного човна, який будують у Сінпхо.",
        "ko;\"러시아서 잠수함용 원자로 부품 북한에 반입\";국가정보원은 러시아에서 핵잠수함용 원자로 부품이 해상으로 북한에 반입된 것으로 파악됐다고 국회에 보고했다.",
        "zh;韩情报机构：俄制潜艇反应堆部件已运抵朝鲜;韩国国家情报院称，俄罗斯制造的潜艇用反应堆部件已经通过海路运抵朝鲜。",
        "ja;韓国情報機関「ロシアから北朝鮮に潜水艦用原子炉部品が搬入」;韓国の情報機関は、ロシアから北朝鮮に潜水艦用の原子炉部品が海路で搬入されたと国会に報告した。",
        "de;Geheimdienst: Reaktorteile für U-Boot aus Russland nach Nordkorea gebracht;Südkoreas Geheimdienst zufolge sind Teile eines Reaktors für ein nordkoreanisches U-Boot aus Russland per Schiff nach Nordkorea gebracht worden.",
        "en;Intelligence: parts of a submarine reactor delivered to North Korea from Russia;Parts of a nuclear reactor for a submarine under construction at Sinpo were shipped to North Korea from Russia by sea, South Korea's spy agency said.",
    })
    void strategicTechnologyDeliveredIsTransferred(String lang, String title, String lead) {
        assertSeverity(lang, Severity.CRITICAL, title, lead);
    }

    /**
     * The data of flight tests or test launches handed over is missile technology, as rocket and launch data are: a
     * glide vehicle's "비행 시험 자료" read medium, as did the Russian and Ukrainian "данные летных испытаний"; the German
     * report was not relevant. Guards: the English, Chinese and Japanese reports read critical already.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko;국정원 \"러시아, 북한에 극초음속 활공체 시험 자료 넘겨\";국가정보원은 4일 러시아가 북한에 극초음속 활공체의 비행 시험 자료를 제공한 것으로 파악된다고 국회에 보고했다.",
        "ko;\"러시아, 북한에 미사일 발사 자료 전달\";국가정보원은 러시아가 북한에 탄도미사일 시험발사 자료를 전달했다고 밝혔다.",
        "ru;Разведка: Россия передала КНДР данные летных испытаний гиперзвукового блока;Россия передала КНДР данные летных испытаний гиперзвукового планирующего блока, сообщила южнокорейская разведка.",
        "uk;Розвідка: Росія передала КНДР дані льотних випробувань;Росія передала Північній Кореї дані льотних випробувань гіперзвукового планувального блоку, повідомила розвідка.",
        "de;Russland gab Nordkorea Flugtestdaten für Hyperschallgleiter;Russland hat Nordkorea nach Angaben aus Seoul Flugtestdaten eines Hyperschallgleitflugkörpers übergeben.",
        "en;Russia handed North Korea flight-test data for hypersonic glider, Seoul says;Russia has given North Korea flight-test data from its hypersonic glide vehicle trials, South Korea's spy agency told lawmakers.",
        "zh;韩情报机构：俄向朝提供高超音速滑翔体飞行试验数据;韩国国家情报院称，俄罗斯已向朝鲜提供高超音速滑翔飞行器的飞行试验数据。",
        "ja;ロシア、北朝鮮に極超音速滑空体の飛行試験データ提供か;韓国の情報機関は、ロシアが北朝鮮に極超音速滑空体の飛行試験データを提供したと国会に報告した。",
    })
    void testDataHandedOverIsMissileTechnology(String lang, String title, String lead) {
        assertSeverity(lang, Severity.CRITICAL, title, lead);
    }

    /**
     * What an exchange is for was given before, as a payment's is (0.33.0): "howitzers in exchange for the soldiers sent to
     * Kursk" rates the howitzers supplied (high); every language read critical from the soldiers.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Russia delivers howitzers to North Korea;Russia has delivered self-propelled howitzers to North Korea in exchange for the soldiers it sent to fight in Kursk, Ukraine's military intelligence said.",
        "en;Russia delivers howitzers to North Korea;Russia has delivered self-propelled howitzers to North Korea in return for the troops deployed to Kursk, Ukraine's military intelligence said.",
        "ru;Россия передала КНДР гаубицы;Россия передала КНДР самоходные гаубицы в обмен на военных, отправленных в Курскую область, заявили в украинской разведке.",
        "ru;Россия передала КНДР гаубицы;Россия передала КНДР самоходные гаубицы взамен на военных, отправленных в Курскую область, заявили в украинской разведке.",
        "uk;Росія передала КНДР гаубиці;Росія передала Північній Кореї самохідні гаубиці в обмін на військових, відправлених під Курськ, заявили в ГУР.",
        "ko;\"러시아, 북한에 자주포 제공\";우크라이나 정보총국은 러시아가 북한의 쿠르스크 파병에 대한 보답으로 북한에 자주포를 제공했다고 밝혔다.",
        "zh;俄罗斯向朝鲜提供自行榴弹炮;乌克兰军事情报总局称，俄罗斯向朝鲜提供了自行榴弹炮，以换取朝鲜派往库尔斯克作战的士兵。",
        "zh;俄罗斯向朝鲜提供自行榴弹炮;乌克兰军事情报总局称，俄罗斯向朝鲜提供了自行榴弹炮，作为朝鲜向库尔斯克派兵的交换。",
        "ja;ロシア、北朝鮮に自走砲供与;ウクライナ国防省情報総局は、ロシアがクルスクへの派兵と引き換えに北朝鮮に自走砲を供与したと明らかにした。",
        "de;Russland liefert Nordkorea Haubitzen;Russland hat Nordkorea nach Angaben des ukrainischen Geheimdienstes Haubitzen im Austausch für die nach Kursk entsandten Soldaten geliefert.",
        "de;Russland liefert Nordkorea Haubitzen;Russland hat Nordkorea nach Angaben des ukrainischen Geheimdienstes im Gegenzug für die nach Kursk entsandten Soldaten Haubitzen geliefert.",
    })
    void whatAnExchangeIsForIsBackground(String lang, String title, String lead) {
        assertSeverity(lang, Severity.HIGH, title, lead);
    }

    /** Guards: troops sent in the main clause stay critical whatever they are exchanged for. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;North Korea sends more troops to Russia in exchange for air-defence help;North Korea has sent another 3,000 soldiers to fight in Kursk in exchange for Russian help with air defences, Seoul's spy agency said.",
        "ru;КНДР отправила в Россию новых военных в обмен на технологии;КНДР отправила в Курскую область еще три тысячи военных в обмен на российские военные технологии, сообщила разведка Южной Кореи.",
        "zh;朝鲜再向俄罗斯派兵以换取技术;韩国国家情报院称，朝鲜又向库尔斯克派遣了3000名士兵，以换取俄罗斯的军事技术。",
    })
    void troopsSentStayCritical(String lang, String title, String lead) {
        assertSeverity(lang, Severity.CRITICAL, title, lead);
    }
}
