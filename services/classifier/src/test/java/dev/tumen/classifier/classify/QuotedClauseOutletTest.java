package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, a class from the lead's blind items of session 29 (invented articles, other words than the item's):
 * Korean and Japanese end the reported clause with a quotative (방문했다고, 訪問したと) and no comma before the outlet's
 * credit, so the country inside that clause, a few characters before "조선중앙통신이", was taken as the outlet's own
 * country word ("북한 관영 조선중앙통신") and dropped: a Russian defence delegation's visit to a North Korean tank plant
 * was not relevant (the four cases failed before). A clause ended by a quotative or holding an object
 * particle is the clause's; the outlet's own country word, right before it, stays the outlet's (the guards).
 */
class QuotedClauseOutletTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; HIGH; 러시아 국방차관, 신형 전차 시찰; 러시아 국방차관이 이끄는 군사대표단이 북한의 신형 전차 생산 공장을 방문했다고 조선중앙통신이 2일 보도했다.",
        "ko; MEDIUM; 관광객 100여 명 해안 관광지구 방문; 러시아 관광객 100여 명이 북한의 해안 관광지구를 찾았다고 조선중앙통신이 전했다.",
        "ja; HIGH; ロシア国防次官が戦車工場視察; ロシア国防次官率いる軍事代表団が北朝鮮の新型戦車工場を訪問したと朝鮮中央通信が報じた。",
        "ko; MEDIUM; 무역성 대표단 도착; 북한 무역성 대표단이 러시아의 수도에 도착했다고 타스통신이 보도했다.",
    })
    void aCountryInsideTheReportedClauseIsTheClausesSide(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko; 북한, 탄도미사일 발사; 러시아 타스통신은 북한이 동해상으로 탄도미사일을 발사했다고 보도했다.",
        "ja; 北朝鮮が弾道ミサイル発射; ロシアのタス通信は、北朝鮮が弾道ミサイルを発射したと伝えた。",
    })
    void anOutletsOwnCountryWordStaysTheOutlets(String lang, String title, String lead) {
        assertFalse(LABELLER.label(title, lead).relevant(), () -> lang + ": " + title);
    }
}
