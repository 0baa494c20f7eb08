package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.24.0. A bare time adverb (в прошлом году, минулого місяця, 去年, 昨年, 지난해, im Vorjahr) dates wire copy's
 * news: in the headline and in a body clause telling the headline's military event it is no background marker, so the
 * deployment or supply it dates is the main event (before, such articles were not relevant at all). Under a headline
 * of another kind the clause it opens stays background. Invented articles (headline; lead).
 */
class TimeMarkerTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Russia gave North Korea submarine technology earlier this year, Seoul says; Russia earlier this year gave North Korea technology for its nuclear-powered submarines, South Korea's defence minister told lawmakers on Tuesday.",
        "ru; CRITICAL; КНДР в прошлом году отправила в Россию 12 тысяч военных — разведка; Северная Корея в прошлом году направила в Россию около 12 тысяч военнослужащих, заявили в разведке Южной Кореи.",
        "uk; HIGH; КНДР минулого місяця передала Росії нову партію снарядів — ГУР; Північна Корея минулого місяця передала Росії нову партію артилерійських снарядів, заявили в ГУР.",
        "ko; CRITICAL; 북한, 지난해 러시아에 병력 1만명 파병; 북한이 지난해 러시아에 약 1만 명의 병력을 파병했다고 국가정보원이 밝혔다.",
        "ko; HIGH; 북한, 지난달 러시아에 탄도미사일 추가 제공; 북한이 지난달 러시아에 탄도미사일 수십 기를 추가로 제공했다고 우크라이나 정보당국이 밝혔다.",
        "zh; CRITICAL; 朝鲜去年向俄罗斯派遣约一万名士兵; 韩国国家情报院称，朝鲜去年向俄罗斯派遣了约一万名士兵。",
        "ja; CRITICAL; 北朝鮮、昨年ロシアに兵士1万人を派遣; 韓国の国家情報院は、北朝鮮が昨年、ロシアに約1万人の兵士を派遣したと明らかにした。",
        "de; HIGH; Nordkorea hat im Vorjahr Raketen an Russland geliefert; Nordkorea hat im Vorjahr nach Angaben aus Kiew Dutzende ballistische Raketen an Russland geliefert.",
    })
    void aTimeAdverbDatesTheHeadlineEvent(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "zh; 朝鲜艺术团在莫斯科演出; 朝鲜艺术团周日在莫斯科举行演出。去年，朝鲜向俄罗斯派遣了数千名士兵。",
        "ru; Школьники из КНДР приехали в лагерь под Владивостоком; Группа школьников из КНДР в понедельник прибыла в детский лагерь под Владивостоком. В прошлом году КНДР отправила в Россию тысячи военных.",
        "ko; 러시아 발레단, 평양서 공연; 러시아 발레단이 평양에서 공연했다. 지난해 북한은 러시아에 병력을 파병했다.",
        "ja; ロシアのバレエ団、平壌で公演; ロシアのバレエ団が平壌で公演した。昨年、北朝鮮はロシアに兵士を派遣した。",
    })
    void underAHeadlineOfAnotherKindTheDatedClauseStaysBackground(String lang, String title, String lead) {
        assertSeverity(lang, Severity.LOW, title, lead);
    }
}
