package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.26.0, from the k-fold by rule support's held-out errors whose class had one word of one language: a luncheon
 * given for the other side (d3-032, Korean 오찬) and a sports minister's visit (d3-034, 체육상). Invented articles
 * (headline; lead).
 */
class LuncheonAndSportCompoundTest {
    /** A luncheon given for the other side is a banquet's kind: a ceremony (low); ru, uk, zh, ja and de failed before (medium). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Kim invited to luncheon by Primorye governor; Kim Jong Un attended a luncheon given in his honour by the governor of Russia's Primorye region, KCNA said.",
        "ru; LOW; Губернатор Приморья дал обед в честь делегации КНДР; Губернатор Приморья дал обед в честь делегации КНДР во главе с министром.",
        "uk; LOW; Губернатор Примор'я дав обід на честь делегації КНДР; Губернатор Примор'я дав обід на честь делегації КНДР на чолі з міністром.",
        "ko; LOW; 연해주 주지사가 마련한 오찬에 북한 대표단 초대; 러시아 연해주 주지사가 북한 대표단을 위해 오찬을 마련했다고 조선중앙통신이 보도했다.",
        "zh; LOW; 滨海边疆区州长设午宴款待朝鲜代表团; 俄罗斯滨海边疆区州长设午宴款待以部长为首的朝鲜代表团。",
        "ja; LOW; 沿海地方知事、北朝鮮代表団を昼食会に招待; ロシア沿海地方の知事は、大臣率いる北朝鮮代表団のために昼食会を催した。",
        "de; LOW; Gouverneur der Region Primorje gibt Mittagessen für nordkoreanische Delegation; Der Gouverneur der Region Primorje gab ein Mittagessen zu Ehren der nordkoreanischen Delegation unter Leitung eines Ministers.",
    })
    void aLuncheonGivenForTheOtherSideIsACeremony(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** A sports minister's visit is sport (low), German compounds too (Sportminister failed before: medium). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Russian sports minister arrives in Pyongyang; Russia's sports minister Mikhail Degtyarev and his delegation arrived in Pyongyang on Tuesday, KCNA said.",
        "ru; LOW; Министр спорта России прибыл в Пхеньян; Министр спорта России Михаил Дегтярев и сопровождающие его лица прибыли в Пхеньян, сообщило ЦТАК.",
        "uk; LOW; Міністр спорту Росії прибув до Пхеньяна; Міністр спорту Росії Михайло Дегтярьов і його делегація прибули до Пхеньяна, повідомило ЦТАК.",
        "ko; LOW; 러시아 체육상 일행 평양 도착; 미하일 제그쨔료브 러시아연방 체육상과 일행이 22일 평양에 도착했다고 노동신문이 보도했다.",
        "zh; LOW; 俄罗斯体育部长抵达平壤; 俄罗斯体育部长杰格佳廖夫率代表团抵达平壤。",
        "ja; LOW; ロシアのスポーツ相が平壌到着; ロシアのデグチャリョフ・スポーツ相率いる代表団が平壌に到着した。",
        "de; LOW; Russlands Sportminister in Pjöngjang eingetroffen; Russlands Sportminister Michail Degtjarjow ist mit einer Delegation in Pjöngjang eingetroffen.",
    })
    void aSportsMinistersVisitIsSport(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
