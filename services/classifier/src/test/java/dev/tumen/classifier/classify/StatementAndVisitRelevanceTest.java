package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.21.0, relevance missed (issue 14): a statement by one side about the other told without an interaction verb,
 * its speaker a side's body named by its words and the side's name ("the foreign ministry of North Korea",
 * Министерство иностранных дел России, Міністерство закордонних справ КНДР), a side right before the verb of saying
 * ("North Korea says"), or a headline's colon ("МИД России: …"); and a troupe named by its nationality and the other
 * side's capital, told by a guest performance's words (gastiert, aufgeführt, Staatsballett, 芭蕾, バレエ, 발레). The
 * speaker must be a side and the capital the other side's: the same words about a third country stay irrelevant.
 * Invented articles (headline; lead).
 */
class StatementAndVisitRelevanceTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; North Korea says Russia has right to defend its borders; The foreign ministry of North Korea said on Friday that Russia has every right to defend its borders and its people.",
        "ru; MEDIUM; МИД России: КНДР вправе защищать свою безопасность; Министерство иностранных дел России заявило, что КНДР имеет полное право обеспечивать свою безопасность.",
        "uk; MEDIUM; МЗС Росії: КНДР має право на самооборону; Міністерство закордонних справ Росії заявило, що КНДР має право на самооборону від загроз.",
        "ko; MEDIUM; 러시아 외무부 \"북한은 자위권 있다\"; 러시아 외무부 대변인은 북한이 자위권을 가지고 있다고 말했다.",
        "zh; MEDIUM; 朝鲜外务省：俄罗斯有权维护主权; 朝鲜外务省发言人表示，俄罗斯有权维护本国的主权和领土完整。",
        "ja; MEDIUM; 北朝鮮外務省「ロシアには主権を守る権利」; 北朝鮮外務省の報道官は、ロシアには主権と領土を守る権利があると述べた。",
        "de; MEDIUM; Nordkoreas Außenministerium: Russland darf sich verteidigen; Das Außenministerium Nordkoreas erklärte, Russland habe das Recht, seine Souveränität zu verteidigen.",
    })
    void aSidesStatementAboutTheOtherIsRelevant(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "de; LOW; Russisches Staatsorchester gastiert in Pjöngjang; Das Russische Staatsorchester hat in Pjöngjang Werke von Tschaikowsky aufgeführt, berichtete die Staatsagentur KCNA.",
        "uk; LOW; Російський балет гастролює в Пхеньяні; Російська балетна трупа гастролює в Пхеньяні з виставою «Лебедине озеро», повідомили північнокорейські ЗМІ.",
        "ko; LOW; 러시아 국립발레단 평양서 백조의 호수; 러시아 국립발레단이 평양 대극장에서 백조의 호수를 선보였다고 조선중앙통신이 전했다.",
        "zh; LOW; 俄罗斯国家芭蕾舞团亮相平壤; 俄罗斯国家芭蕾舞团在平壤大剧院上演了《天鹅湖》，朝中社报道。",
        "ja; LOW; ロシア国立バレエ団が平壌で「白鳥の湖」; ロシア国立バレエ団が平壌の劇場で「白鳥の湖」を上演したと朝鮮中央通信が伝えた。",
        "en; LOW; Russian State Ballet in Pyongyang; The Russian State Ballet staged Swan Lake at Pyongyang's Grand Theatre on Saturday, North Korean state media reported.",
        "ko; LOW; 러시아 국립 앙상블 평양 공연; 러시아 국립 앙상블이 평양에서 무대를 선보였다고 조선중앙통신이 전했다.",
        "ja; LOW; ロシアの合唱団が平壌で歌声; ロシアの合唱団が平壌の劇場で歌声を披露したと朝鮮中央通信が伝えた。",
        "en; LOW; Russian philharmonic plays Pyongyang; The Russian National Philharmonic played Shostakovich in Pyongyang on Sunday, North Korean state media said.",
    })
    void aTroupeInTheOtherSidesCapitalIsACulturalExchange(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A third country reacting in the headline ("Japan protests to Moscow", 일본, 러시아 대사 초치) to what the lead tells of
     * the two: the rubric's third party's reaction to their cooperation, relevant and rated by that cooperation. Before,
     * a headline naming a third country and one side was never half of a pair with the lead.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Japan protests to Moscow; Japan lodged a protest with Russia on Tuesday over North Korean soldiers sent to fight in Kursk, the foreign ministry in Tokyo said.",
        "ru; CRITICAL; Сеул вызвал посла России; МИД Южной Кореи вызвал посла России в связи с отправкой северокорейских военных в Курскую область.",
        "ko; CRITICAL; 일본, 러시아 대사 초치; 일본 외무성은 북한군의 러시아 파병과 관련해 주일 러시아 대사를 초치했다.",
        "de; CRITICAL; Japan protestiert bei Russland; Japan hat den russischen Botschafter einbestellt, nachdem nordkoreanische Soldaten nach Russland geschickt worden waren.",
    })
    void aThirdCountrysReactionInTheHeadlineIsHalfOfThePair(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; North Korea's foreign ministry condemns US drills; North Korea's foreign ministry said on Friday that the joint drills of the United States and South Korea were a rehearsal for invasion.",
        "de; Russisches Staatsballett gastiert in Paris; Das Russische Staatsballett hat in Paris Schwanensee aufgeführt, berichteten französische Medien.",
        "en; China protests to Japan; China lodged a protest with Japan on Tuesday over a visit to a war shrine, the foreign ministry in Beijing said.",
    })
    void theSameWordsAboutAThirdCountryStayIrrelevant(String lang, String title, String lead) {
        assertFalse(LABELLER.label(title, lead).relevant(), () -> lang + ": " + title);
    }
}
