package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.35.0 (session 36, labels): the classes blind-s36 showed when scored once on 0.34.0 before any fix of its own,
 * in every language the rules cover. Each class's first cases read otherwise on 0.34.0; those marked "guard" did not.
 */
class SecurityBodyAndTestResultsTest {
    /**
     * The two sides' security bodies — Russia's National Guard and FSB, the DPRK's ministries of state and of social
     * security — and their heads are security chiefs: their visits and talks are the high row. They read medium, a
     * ministerial visit (the Russian "Росгвардия" report not relevant at all).
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Head of Russia's National Guard arrives in Pyongyang for talks;Viktor Zolotov, director of Russia's National Guard, arrived in Pyongyang on Thursday for talks with North Korea's Ministry of Social Security, the Korean Central News Agency reported.",
        "en;North Korean state security delegation visits Moscow;A delegation of North Korea's Ministry of State Security held talks with officials of Russia's Federal Security Service in Moscow on Tuesday, the FSB said.",
        "ru;Глава Росгвардии прибыл в Пхеньян;Директор Росгвардии Виктор Золотов прибыл в Пхеньян для переговоров с министром общественной безопасности КНДР, сообщило ЦТАК.",
        "ru;Делегация МГБ КНДР посетила Москву;Делегация Министерства государственной безопасности КНДР провела в Москве переговоры с руководством ФСБ, сообщили в ведомстве.",
        "uk;Делегація ФСБ прибула до Пхеньяна;Делегація Федеральної служби безпеки Росії прибула до Пхеньяна для переговорів про охорону кордону, повідомило ЦТАК.",
        "ko;러 연방보안국 국경수비대 대표단 방북…국경 협력 논의;러시아 연방보안국(FSB) 산하 국경수비대 대표단이 평양에 도착해 북한 국가보위성 관계자들과 국경 경비 협력 방안을 논의했다고 조선중앙통신이 보도했다.",
        "ko;러시아 국가근위대 사령관 방북;빅토르 졸로토프 러시아 국가근위대 사령관이 평양에 도착해 북한 사회안전성 관계자들과 회담했다고 조선중앙통신이 보도했다.",
        "zh;俄罗斯国民近卫军司令抵达平壤;俄罗斯国民近卫军司令维克托·佐洛托夫抵达平壤，同朝鲜社会安全省官员举行会谈，朝中社报道。",
        "ja;ロシア国家親衛隊長官が訪朝;ロシア国家親衛隊のヴィクトル・ゾロトフ長官が平壌に到着し、北朝鮮の社会安全省幹部と会談した。朝鮮中央通信が伝えた。",
        "de;Chef der russischen Nationalgarde in Pjöngjang eingetroffen;Der Chef der russischen Nationalgarde, Viktor Solotow, ist zu Gesprächen mit Nordkoreas Ministerium für Staatssicherheit in Pjöngjang eingetroffen, meldete KCNA.",
    })
    void securityBodiesAreSecurityChiefs(String lang, String title, String lead) {
        assertSeverity(lang, Severity.HIGH, title, lead);
    }

    /** Guard: China's Ministry of State Security is no North Korean body. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;China's spy agency detains Russian;China's Ministry of State Security said on Monday it had detained a Russian citizen on suspicion of espionage.",
    })
    void chinasStateSecurityIsNoSide(String lang, String title, String body) {
        assertNotRelevant(lang, title, body);
    }

    /**
     * A missile's test results handed over are its data, missile technology (critical), as rocket and launch data are:
     * they read high (arms supplied; the English report not relevant). Guard: a vaccine's test results are no weapon's.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en;Russia gave North Korea test results of Zircon missile, Seoul says;Russia has given North Korea the test results of its Zircon hypersonic missile, South Korea's spy agency told lawmakers.",
        "ru;Разведка Южной Кореи: Россия передала КНДР результаты испытаний «Циркона»;Россия передала Северной Корее результаты испытаний гиперзвуковой ракеты «Циркон», сообщила Национальная служба разведки Южной Кореи депутатам парламента.",
        "uk;Росія передала КНДР результати випробувань «Циркона»;Росія передала Північній Кореї результати випробувань гіперзвукової ракети «Циркон», повідомила південнокорейська розвідка.",
        "ko;\"러시아, 북한에 극초음속 미사일 시험 결과 넘겨\";국가정보원은 러시아가 북한에 극초음속 미사일의 시험 결과를 넘겨준 것으로 파악했다고 국회에 보고했다.",
        "zh;韩情报机构：俄向朝提供高超音速导弹试验结果;韩国国家情报院称，俄罗斯已向朝鲜提供高超音速导弹的试验结果。",
        "ja;ロシア、北朝鮮に極超音速ミサイルの試験結果提供;韓国の情報機関は、ロシアが北朝鮮に極超音速ミサイルの試験結果を提供したと国会に報告した。",
        "de;Russland übergab Nordkorea Testergebnisse von Hyperschallrakete;Russland hat Nordkorea nach Angaben aus Seoul die Testergebnisse seiner Hyperschallrakete Zirkon übergeben.",
    })
    void aMissilesTestResultsAreMissileTechnology(String lang, String title, String lead) {
        assertSeverity(lang, Severity.CRITICAL, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru;LOW;Россия передала КНДР результаты испытаний вакцины;Минздрав России передал КНДР результаты испытаний вакцины от гриппа и партию препаратов для больниц Пхеньяна.",
    })
    void otherTestResultsAreNoWeapon(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
