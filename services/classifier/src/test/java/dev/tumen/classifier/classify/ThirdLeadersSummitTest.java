package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.26.0, from the k-fold by rule support's held-out errors: d2-102, a call in which Putin told Kim of his coming
 * talks with the US president, was a summit once the call exclusions were left out. Invented articles (headline; lead).
 */
class ThirdLeadersSummitTest {
    /** One of the two telling the other of a summit with a third country's leader (talks with Trump, 美俄峰会, 米ロ首脳会談) is no summit of the two; each failed before (high). */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Putin briefs Kim on planned talks with Trump; Vladimir Putin spoke to Kim Jong Un and told him about his planned talks with Trump in Alaska this week, the Kremlin said.",
        "ru; MEDIUM; Путин и Ким обсудили предстоящий саммит с США; Владимир Путин проинформировал Ким Чен Ына о предстоящей встрече с Трампом на Аляске, сообщили в Кремле.",
        "uk; MEDIUM; Путін поінформував Кім Чен Ина про зустріч із Трампом; Володимир Путін поінформував Кім Чен Ина про майбутню зустріч з Трампом на Алясці, повідомили в Кремлі.",
        "ko; MEDIUM; 푸틴, 김정은에게 트럼프와의 회담 설명; 블라디미르 푸틴 러시아 대통령이 김정은 국무위원장에게 이번 주 알래스카에서 열릴 트럼프 대통령과의 회담에 관해 설명했다고 크렘린궁이 밝혔다.",
        "zh; MEDIUM; 普京向金正恩通报美俄峰会; 克里姆林宫今天表示，普京告知金正恩有关他本周计划与美国总统特朗普在阿拉斯加会谈的最新消息。",
        "ja; MEDIUM; プーチン氏、金正恩氏に米ロ首脳会談を説明; ロシア大統領府によると、プーチン大統領は金正恩総書記に、今週アラスカで予定されるトランプ大統領との会談について説明した。",
        "de; MEDIUM; Putin informiert Kim über Gipfel mit Trump; Wladimir Putin hat Kim Jong Un über sein geplantes Treffen mit Trump in Alaska informiert, teilte der Kreml mit.",
    })
    void aSummitWithAThirdLeaderIsNoSummitOfTheTwo(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }

    /** The two's own meeting stays the summit beside a third leader's summit named in passing. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Putin and Kim meet in Pyongyang; Vladimir Putin and Kim Jong Un met in Pyongyang on Wednesday, a month before Putin's planned summit with Trump.",
    })
    void theTwosOwnMeetingStaysTheSummit(String lang, Severity expected, String title, String body) {
        assertSeverity(lang, expected, title, body);
    }
}
