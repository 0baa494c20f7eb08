package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.20.0: a headline that names a kind of event names the main event, whatever its row. A later lead sentence
 * that tells another, higher one without any marker of background ("North Korea has sent more than 10,000 soldiers to
 * fight for Russia") is the setting wire copy repeats under every story on the subject, and rates no higher than the
 * headline; a lead sentence that tells the headline's event (its people, its kind, what it settled) still rates it.
 * Invented articles: headline, lead, and the setting as the next sentence.
 */
class HeadlineSettingTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russian foreign minister arrives in Pyongyang; Sergei Lavrov arrived in Pyongyang on Friday for two days of talks with North Korea's Choe Son Hui, the foreign ministry in Moscow said. North Korea has sent more than 10,000 soldiers to fight alongside Russian troops, according to Seoul and Washington.",
        "en; MEDIUM; Russian tourists head back to Wonsan beach resort; A second group of Russian holidaymakers flew to North Korea's Wonsan-Kalma resort on Saturday, the tour operator said. Pyongyang has supplied Moscow with millions of artillery shells and ballistic missiles for its war in Ukraine.",
        "ru; MEDIUM; Россия и КНДР запустят прямой авиарейс; Россия и КНДР договорились о регулярном прямом авиасообщении между Москвой и Пхеньяном, сообщили в Минтрансе. Пхеньян поставляет Москве снаряды и ракеты, которые применяются против Украины.",
        "uk; MEDIUM; Росія та КНДР домовилися про торгівлю зерном; Росія та КНДР підписали угоду про торгівлю зерном і добривами, повідомило міністерство сільського господарства РФ. КНДР відправила до Росії тисячі солдатів, які воювали проти ЗСУ на Курщині.",
        "ko; MEDIUM; 러시아 천연자원부 장관 방북…무역 협력 논의; 러시아 천연자원부 장관이 평양에 도착해 북한 대외경제상과 무역 협력 방안을 논의했다고 조선중앙통신이 보도했다. 북한은 러시아에 1만여 명의 병력을 파병했으며 이들은 쿠르스크 전선에서 전투에 참여했다.",
        "ja; MEDIUM; ロシアと北朝鮮、旅客列車の運行を再開; ロシアと北朝鮮を結ぶ直通の旅客列車の運行が5年ぶりに再開され、鉄道による交流が戻った。北朝鮮はロシアに弾薬やミサイルを供与しており、兵士も派遣している。",
        "de; MEDIUM; Russland und Nordkorea wollen mehr Handel treiben; Russland und Nordkorea haben ein Abkommen zum Ausbau ihres Handels unterzeichnet, meldete die Staatsagentur KCNA. Nordkorea hat Tausende Soldaten nach Russland geschickt, die im Gebiet Kursk gegen die Ukraine kämpften.",
        "en; HIGH; Belousov and North Korean defence minister hold talks in Moscow; Russian Defence Minister Andrei Belousov held talks in Moscow on Tuesday with his North Korean counterpart No Kwang Chol, the ministry said. North Korean troops have been fighting alongside Russian forces since last autumn and helped push Ukrainian units out of Kursk.",
        "ru; HIGH; Путин и Ким Чен Ын встретились в Пекине; Президент России Владимир Путин и лидер КНДР Ким Чен Ын провели переговоры в Пекине, где оба присутствовали на военном параде. Северокорейские военные участвовали в боях за Курскую область, заявил ранее Кремль.",
    })
    void aSettingAfterTheLeadRatesNoHigherThanTheHeadline(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Kim and Putin hold talks in Vladivostok; North Korean leader Kim Jong Un and Russian President Vladimir Putin held talks in Vladivostok on Wednesday. Kim agreed to send 5,000 military builders to the Kursk region, the Kremlin said.",
        "ru; CRITICAL; Путин и Ким Чен Ын провели переговоры во Владивостоке; Президент России Владимир Путин и лидер КНДР Ким Чен Ын провели переговоры во Владивостоке. Стороны договорились о направлении в Курскую область северокорейских военных строителей.",
        "en; CRITICAL; Kim Jong Un meets Shoigu in Pyongyang; North Korean leader Kim Jong Un received Russian Security Council secretary Sergei Shoigu in Pyongyang on Tuesday. Kim told Shoigu that North Korea would send 1,000 sappers to Kursk to clear mines, KCNA said.",
    })
    void aLeadSentenceTellingTheHeadlinesEventStillRatesIt(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** The setting told inside the lead sentence by a subordinator (at a time when, whose, в то время как, тоді як, する中). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Mariinsky dancers perform Swan Lake in Pyongyang; Dancers of Russia's Mariinsky Theatre performed Swan Lake in Pyongyang on Sunday, at a time when North Korean troops are fighting alongside Russian forces.",
        "en; MEDIUM; Lavrov and Choe meet in Wonsan; Sergei Lavrov met his North Korean counterpart Choe Son Hui in Wonsan on Saturday, the latest contact between the allies, whose soldiers have fought side by side against Ukraine.",
        "ru; MEDIUM; Козлов прибыл в Пхеньян на заседание межправкомиссии; Министр природных ресурсов России Александр Козлов прибыл в Пхеньян на заседание межправкомиссии по торговле, в то время как КНДР продолжает поставлять России снаряды.",
        "uk; MEDIUM; Росія і КНДР відкрили автомобільний міст; Росія і КНДР відкрили автомобільний міст через річку Туманну, тоді як північнокорейські солдати воюють на боці Росії.",
        "ja; MEDIUM; ロシアと北朝鮮、観光協力で合意; 北朝鮮がロシアに兵士を派遣する中、両国は観光分野の協力拡大で合意した。",
    })
    void aSettingClauseInsideTheLeadIsBackground(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
