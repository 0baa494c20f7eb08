package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.17.0: one side's body or person naming the other what it is ("called Russia its closest friend") is a
 * statement about the other side (the rubric: statements by either about the other), relevant without an interaction
 * verb; a comrade in arms is an ally, no weapon, and a statement carried by KCNA is published, not shipped.
 * Invented sentences, never article text.
 */
class NamingStatementTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; North Korea: Russia is our closest friend; North Korea's foreign ministry said Russia is its closest friend and comrade-in-arms, in a statement carried by KCNA.",
        "ru; MEDIUM; КНДР назвала Россию братом по оружию; МИД КНДР назвал Россию ближайшим другом и братом по оружию.",
        "uk; MEDIUM; КНДР назвала Росію братом по зброї; МЗС КНДР назвало Росію найближчим другом і братом по зброї.",
        "en; MEDIUM; Kim calls Russians brothers in arms; Kim Jong Un called the Russian people brothers in arms in a letter to Vladimir Putin carried by state media, pledging support for Moscow's policies.",
        "ko; MEDIUM; 북한 외무성, 러시아를 \"전우\"로 칭해; 북한 외무성은 러시아를 가장 가까운 벗이자 전우라고 칭했다.",
        "zh; MEDIUM; 朝鲜外务省称俄罗斯为最亲密的战友; 朝鲜外务省称俄罗斯是最亲密的朋友和战友。",
        "ja; MEDIUM; 北朝鮮外務省、ロシアを「戦友」と呼ぶ; 北朝鮮外務省はロシアを最も親しい友人であり戦友と呼んだ。",
        "de; MEDIUM; Nordkorea nennt Russland engsten Freund; Das nordkoreanische Außenministerium nannte Russland seinen engsten Freund und Waffenbruder.",
    })
    void namingTheOtherSideIsAStatementAboutIt(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korea ships shells to Russia; North Korea has carried millions of artillery shells to Russia by rail, the White House said.",
    })
    void cargoCarriedIsStillSupply(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
