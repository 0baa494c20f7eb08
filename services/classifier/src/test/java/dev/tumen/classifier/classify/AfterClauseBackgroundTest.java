package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.21.0 (issue 14, item 1: background neither raises nor lowers the rating): inside the lead sentence, a clause
 * opened by a conjunction of time (после того как, після того як, nachdem; English "after" right before a side) or an
 * English absolute construction after a comma (", with North Korea continuing to send shells"), or an "after" that
 * closes its clause in Korean, Japanese and Chinese (파병한 뒤, 派遣した後、, 参战后，) tells what came before the main
 * event or goes on beside it; the main clause decides, whichever comes first. A reaction to what the clause
 * tells (condemned, protested, sanctions, thanks) is the exception: it takes the row of what it reacts to (spec).
 * Invented articles (headline; lead).
 */
class AfterClauseBackgroundTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Russian circus performs in Pyongyang; A Russian state circus performed in Pyongyang on Sunday after North Korea sent thousands of troops to fight for Russia.",
        "en; MEDIUM; Russia and North Korea open road bridge; Russia and North Korea opened a road bridge across the Tumen River on Thursday, with North Korean troops fighting alongside Russian forces in Kursk.",
        "ru; LOW; Российские школьники отдохнут в лагере в КНДР; Группа российских школьников приехала в детский лагерь в КНДР после того, как Пхеньян отправил в Россию тысячи солдат.",
        "ru; MEDIUM; Россия и КНДР открыли авиарейс Москва — Пхеньян; После того как КНДР направила войска в Курскую область, Россия и КНДР открыли регулярный авиарейс между Москвой и Пхеньяном.",
        "uk; MEDIUM; Росія та КНДР підписали угоду про туризм; Росія та КНДР підписали угоду про туристичні обміни після того, як північнокорейські війська воювали на Курщині.",
        "de; MEDIUM; Russland und Nordkorea vereinbaren Direktflüge; Russland und Nordkorea haben Direktflüge zwischen Moskau und Pjöngjang vereinbart, nachdem Nordkorea Tausende Soldaten nach Russland geschickt hatte.",
        "de; LOW; Russisches Ballett in Pjöngjang; Nachdem Nordkorea Soldaten nach Russland geschickt hatte, ist ein russisches Ballett in Pjöngjang aufgetreten.",
        "ja; LOW; ロシアのバレエ団が平壌で公演; 北朝鮮がロシアに兵士を派遣した後、ロシアのバレエ団が平壌で公演した。",
        "zh; LOW; 俄罗斯芭蕾舞团在平壤演出; 在朝鲜向俄罗斯派兵之后，俄罗斯芭蕾舞团在平壤演出。",
        "ko; LOW; 러시아 발레단 평양 공연; 북한이 러시아에 병력을 파병한 뒤 러시아 발레단이 평양에서 공연했다.",
        "ko; MEDIUM; 러시아와 북한, 관광 협정 체결; 북한군이 쿠르스크에서 싸운 이후 러시아와 북한은 관광 협정을 체결했다.",
        "zh; MEDIUM; 俄朝签署旅游协议; 朝鲜士兵在库尔斯克参战后，俄罗斯和朝鲜签署了旅游合作协议。",
        "ja; MEDIUM; ロシアと北朝鮮、観光協定に署名; 北朝鮮兵がクルスクで戦った後、ロシアと北朝鮮は観光協力協定に署名した。",
    })
    void aClauseOfWhatCameBeforeDoesNotRaiseTheMainClause(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korean troops fight in Kursk; North Korean soldiers fought alongside Russian troops in Kursk after Russia and North Korea signed a cultural agreement.",
        "ru; CRITICAL; Северокорейские военные воюют в Курской области; Северокорейские военные воюют в Курской области после того, как Россия и КНДР подписали соглашение о культурном обмене.",
        "ja; CRITICAL; 北朝鮮兵、クルスクで戦闘に参加; ロシアと北朝鮮が文化協定に署名した後、北朝鮮兵がクルスクで戦闘に参加した。",
    })
    void norDoesItLowerIt(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Japan protests to Russia over North Korean troops; Japan protested to Russia on Monday after North Korea sent thousands of troops to fight in Kursk.",
        "de; CRITICAL; EU verurteilt Russland und Nordkorea; Die EU hat Russland und Nordkorea scharf verurteilt, nachdem nordkoreanische Soldaten im Gebiet Kursk gekämpft hatten.",
        "ko; CRITICAL; 일본, 북한군 파병 관련 러시아에 항의; 북한이 러시아에 병력을 파병한 뒤 일본 정부는 러시아에 공식 항의했다.",
        "zh; CRITICAL; 日本就朝鲜派兵向俄罗斯抗议; 朝鲜向俄罗斯派兵后，日本外务省向俄方提出抗议。",
    })
    void aReactionTakesTheRowOfWhatItReactsTo(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
