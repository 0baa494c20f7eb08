package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.21.0, second round. A defence or security body's spokesperson saying something about the other side is a
 * statement (the rubric's medium row: statements of support), rated by what it says, not the body's own business
 * (high: a defence delegation, defence chiefs' talks). The UN Security Council ("UN-Sicherheitsrat") is no security
 * chief, as the Russian Security Council's secretary is. A Russian company of performers named only by its founder or
 * leader (Хор Турецкого, the dancers of Igor Moiseyev) is a Russian troupe. Invented articles (headline; lead).
 */
class SpokespersonAndNamedEnsembleTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; North Korean defence ministry spokesman voices support for Moscow; A spokesman for North Korea's defence ministry said Pyongyang stands with Russia in defending its territorial integrity, KCNA reported.",
        "ko; MEDIUM; 북한 국방성 대변인 \"러시아 입장 지지\"; 북한 국방성 대변인은 러시아의 안보 이익을 지키려는 입장을 지지한다고 조선중앙통신이 전했다.",
        "ru; MEDIUM; Представитель Минобороны КНДР поддержал позицию России; Официальный представитель Министерства обороны КНДР заявил, что Пхеньян поддерживает позицию России, сообщило ЦТАК.",
        "uk; MEDIUM; Речник Міноборони КНДР підтримав Росію; Речник Міноборони КНДР заявив, що Пхеньян підтримує позицію Росії, повідомило ЦТАК.",
        "zh; MEDIUM; 朝鲜国防省发言人表示支持俄罗斯; 朝鲜国防省发言人表示，朝鲜支持俄罗斯维护国家安全的立场。",
        "ja; MEDIUM; 北朝鮮国防省報道官、ロシア支持を表明; 北朝鮮国防省の報道官は、ロシアの安全保障上の立場を支持すると述べた。",
        "de; MEDIUM; Sprecher des nordkoreanischen Verteidigungsministeriums unterstützt Russland; Ein Sprecher des nordkoreanischen Verteidigungsministeriums erklärte, Pjöngjang unterstütze Russlands Position, meldete KCNA.",
    })
    void aDefenceBodysSpokespersonMakesAStatement(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korean defence ministry delegation holds talks in Moscow; A delegation of North Korea's defence ministry held talks with Russian officers in Moscow on Tuesday.",
        "ko; HIGH; 북한 국방성 대표단 모스크바 도착; 북한 국방성 대표단이 러시아 국방부와 회담하기 위해 모스크바에 도착했다.",
        "de; HIGH; Sekretär des russischen Sicherheitsrats in Pjöngjang; Der Sekretär des russischen Sicherheitsrats Sergej Schoigu ist zu Gesprächen mit Kim Jong Un in Pjöngjang eingetroffen.",
        "de; MEDIUM; Nordkoreanische Arbeiter in russischen Fabriken; Tausende nordkoreanische Arbeiter sind in russischen Fabriken beschäftigt, was gegen Resolutionen des UN-Sicherheitsrats verstößt.",
    })
    void aBodysOwnBusinessKeepsItsRowAndTheUnSecurityCouncilIsNoChief(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; The dancers of Igor Moiseyev tour Pyongyang; The dancers of Igor Moiseyev performed at Pyongyang's Moranbong Theatre on Monday, North Korean state media said.",
        "ru; LOW; Хор Пятницкого выступил в Пхеньяне; Хор имени Пятницкого дал концерт в Пхеньяне, сообщило ЦТАК.",
        "ru; LOW; Ансамбль Моисеева в Пхеньяне; Ансамбль Игоря Моисеева показал в Пхеньяне программу народных танцев.",
        "en; LOW; Alexandrov Ensemble sings in Pyongyang; The Alexandrov Ensemble gave a concert in Pyongyang attended by senior North Korean officials.",
    })
    void aRussianEnsembleNamedByItsLeaderIsRussian(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; Moiseyev dancers perform in Paris; The dancers of Igor Moiseyev performed in Paris on Monday.",
    })
    void aNamedEnsembleAbroadIsNoExchange(String lang, String title, String lead) {
        Label l = LABELLER.label(title, lead);
        assertNotEquals(true, l.relevant(), () -> lang + ": " + title);
    }
}
