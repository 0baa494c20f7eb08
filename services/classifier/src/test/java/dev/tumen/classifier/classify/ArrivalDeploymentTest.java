package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.21.0: North Korean soldiers who arrived in Russia have been deployed there (the rubric's critical row), in
 * every language: wire copy tells a new contingent by its arrival (arrived, прибыли, прибули, 도착, 抵达, 到着,
 * eingetroffen) as often as by its sending. Before, only an arrival that named the war's theatre beside it (Kursk,
 * Ukraine) was rated so. A delegation, a troupe, workers or soldiers come for a parade arriving are rated by what they
 * came for. Invented articles (headline; lead), no place of the war named.
 */
class ArrivalDeploymentTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korean soldiers arrive in Russia's Far East; A new contingent of about 2,000 North Korean soldiers has arrived in Russia's Far East, South Korea's spy agency said on Tuesday.",
        "ru; CRITICAL; В Россию прибыли новые северокорейские военные; В Россию прибыли еще около двух тысяч военнослужащих КНДР, сообщила южнокорейская разведка.",
        "uk; CRITICAL; До Росії прибули ще дві тисячі військових КНДР; До Росії прибули ще близько двох тисяч військовослужбовців КНДР, повідомила розвідка.",
        "ko; CRITICAL; 북한군 2천명 러시아 추가 도착; 북한군 병력 약 2천 명이 러시아 극동 지역에 도착했다고 국가정보원이 밝혔다.",
        "zh; CRITICAL; 又一批朝鲜士兵抵达俄罗斯; 韩国情报机构称，约两千名朝鲜士兵已抵达俄罗斯远东地区。",
        "ja; CRITICAL; 北朝鮮兵がロシアに到着; 韓国の情報機関によると、北朝鮮兵約2000人がロシア極東に到着した。",
        "de; CRITICAL; Nordkoreanische Soldaten in Russland angekommen; Rund 2000 nordkoreanische Soldaten sind nach Angaben des südkoreanischen Geheimdienstes im Fernen Osten Russlands angekommen.",
        "de; CRITICAL; Nordkoreanische Militäringenieure in Russland eingetroffen; Mehrere hundert nordkoreanische Militäringenieure sind nach Angaben des südkoreanischen Geheimdienstes in Russland eingetroffen.",
    })
    void soldiersArrivedInRussiaAreDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korean military delegation arrives in Moscow; A North Korean military delegation led by the defence minister arrived in Moscow on Monday for talks with Russian defence officials.",
        "ru; LOW; Ансамбль Корейской народной армии прибыл в Москву; Ансамбль песни и пляски Корейской народной армии прибыл в Москву на гастроли, сообщило посольство КНДР.",
        "en; MEDIUM; North Korean workers arrive in Vladivostok; A group of 300 North Korean construction workers arrived in Vladivostok on Friday to work on building sites, local media said.",
        "ko; LOW; 북한 군인들 모스크바 전승절 열병식 위해 도착; 북한 군인 대표들이 모스크바 전승절 열병식에 참가하기 위해 러시아에 도착했다.",
    })
    void othersArrivingAreRatedByWhatTheyCameFor(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
