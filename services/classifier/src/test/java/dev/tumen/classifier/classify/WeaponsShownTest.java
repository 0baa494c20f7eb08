package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. The rubric's "weapons shown to or offered to the other side" (high) names the battlefield row's weapons
 * too: rocket launchers, tanks, guns or missiles shown to a Russian delegation, whoever leads it and whatever it came
 * for. A strike or attack drone (ударный беспилотник, Kampfdrohne) names the weapon, not a strike made with it, so
 * drones shown are not battlefield use. Invented articles (headline; lead).
 */
class WeaponsShownTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; HIGH; 김정은, 러시아 경제대표단과 만나; 김정은 국무위원장이 러시아 경제대표단에게 신형 자주포와 방사포를 보여줬다.",
        "zh; HIGH; 金正恩会见俄罗斯代表团; 金正恩向俄罗斯经济代表团展示了新型自行火炮和导弹。",
        "de; HIGH; Kim empfängt russische Delegation; Kim Jong Un hat einer russischen Wirtschaftsdelegation neue Haubitzen und Raketenwerfer vorgeführt.",
        "ja; HIGH; 金総書記、ロシア代表団と会見; 金正恩総書記はロシアの経済代表団に新型の自走砲とミサイルを視察させ、性能を説明した。",
        "ru; HIGH; Ким Чен Ын показал российской делегации ударные беспилотники; Ким Чен Ын показал российской экономической делегации ударные беспилотники.",
        "uk; HIGH; Кім показав російській делегації ударні безпілотники; Кім Чен Ин показав російській економічній делегації ударні безпілотники.",
        "en; HIGH; Kim shows Russian delegation new strike drones; Kim Jong Un showed a Russian trade delegation new strike drones and rocket launchers.",
    })
    void battlefieldWeaponsShownToTheOtherSideAreTheShowing(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "de; HIGH; Experte über Nordkoreas Waffenlieferungen an Russland; Die Waffenlieferungen Nordkoreas an Russland haben sich nach Angaben eines Experten verdoppelt.",
        "de; HIGH; Munitionslieferungen aus Pjöngjang; Die Munitionslieferungen Nordkoreas an Russland laufen über den Hafen Rajin.",
    })
    void aGermanSupplyCompoundIsTheSupply(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
