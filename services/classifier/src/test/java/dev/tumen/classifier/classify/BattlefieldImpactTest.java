package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.21.0: a North Korean missile that hit a place of the war, or whose debris or fragments are found there, is
 * the battlefield row (critical) in every language, Russia named or not (Labeller.impliesRussia): the impact words
 * some languages lacked (German eingeschlagen, Trümmer, Wrackteile, Einsatz and the singular Rakete; Ukrainian влучила;
 * Korean 떨어진; Chinese 命中; Japanese 着弾). Six of the eight were not even relevant before. Invented articles
 * (headline; lead).
 */
class BattlefieldImpactTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Fragments of North Korean missile found in Zaporizhzhia; Investigators said fragments recovered after a strike on Zaporizhzhia on Sunday came from a North Korean KN-23 ballistic missile launched by Russian forces.",
        "ru; CRITICAL; В Запорожье нашли фрагменты северокорейской ракеты; Фрагменты ракеты, которая в воскресенье попала в жилой дом в Запорожье, принадлежат северокорейской баллистической ракете KN-23, заявили украинские следователи.",
        "uk; CRITICAL; У Запоріжжі знайшли фрагменти північнокорейської ракети; Фрагменти ракети, що влучила в житловий будинок у Запоріжжі, належать північнокорейській балістичній ракеті KN-23, повідомили слідчі.",
        "ko; CRITICAL; 자포리자에 떨어진 미사일은 북한제; 지난 일요일 자포리자 주거지에 떨어진 미사일은 북한제 KN-23 탄도미사일로 확인됐다고 우크라이나 수사당국이 밝혔다.",
        "zh; CRITICAL; 扎波罗热落下的导弹来自朝鲜; 乌克兰调查人员称，周日命中扎波罗热一栋居民楼的导弹是朝鲜制造的KN-23弹道导弹。",
        "ja; CRITICAL; ザポリージャに着弾したミサイルは北朝鮮製; ウクライナの捜査当局は、日曜日にザポリージャの住宅に着弾したミサイルが北朝鮮製のKN-23弾道ミサイルだったと発表した。",
        "de; CRITICAL; Nordkoreanische Rakete schlug in Saporischschja ein; Die Rakete, die am Sonntag in ein Wohnhaus in Saporischschja eingeschlagen ist, war nach Angaben ukrainischer Ermittler eine nordkoreanische KN-23.",
        "de; CRITICAL; Wrackteile in Cherson stammen von nordkoreanischer Rakete; Wrackteile, die nach einem Angriff auf Cherson gefunden wurden, stammen nach Angaben der Staatsanwaltschaft von einer nordkoreanischen Rakete.",
    })
    void aNorthKoreanMissileThatHitAPlaceOfTheWarIsBattlefieldUse(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Russia to supply North Korea with missile parts, report says; Russia has agreed to supply North Korea with missile parts, a report by a think tank said on Monday, citing satellite images of a port.",
    })
    void suppliedMissilesStayTheSupplyRow(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
