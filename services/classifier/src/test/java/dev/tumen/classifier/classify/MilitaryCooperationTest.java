package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.17.0: military or security cooperation named as such is the rubric's high row ("military or security
 * cooperation short of that") when it is the event: talks on it, whoever holds them (a visit is rated by what it is
 * for), and a third party's reaction to it (a reaction takes the row of the cooperation it is about). Named as the
 * setting of another event it rates nothing. Invented sentences, never article text.
 */
class MilitaryCooperationTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Lavrov and Choe discuss military cooperation; Russian Foreign Minister Sergei Lavrov and North Korean Foreign Minister Choe Son Hui discussed military cooperation and the situation in Ukraine during talks in Wonsan.",
        "ru; HIGH; Лавров и Цой Сон Хи обсудили военное сотрудничество; Министры иностранных дел России и КНДР Сергей Лавров и Цой Сон Хи на переговорах в Вонсане обсудили военное сотрудничество двух стран.",
        "uk; HIGH; Лавров і Чве Сон Хі обговорили військову співпрацю; Міністри закордонних справ Росії та КНДР на переговорах у Вонсані обговорили військову співпрацю.",
        "ko; HIGH; 북러 외무장관, 군사협력 논의; 최선희 북한 외무상과 세르게이 라브로프 러시아 외교장관이 원산에서 회담을 갖고 군사협력 방안을 논의했다.",
        "zh; HIGH; 俄朝外长会谈讨论军事合作; 俄罗斯外长拉夫罗夫与朝鲜外务相崔善姬在元山举行会谈，讨论了两国军事合作。",
        "ja; HIGH; 露朝外相会談、軍事協力を協議; ロシアのラブロフ外相と北朝鮮の崔善姫外相が元山で会談し、軍事協力について協議した。",
        "de; HIGH; Lawrow und Choe beraten über militärische Zusammenarbeit; Die Außenminister Russlands und Nordkoreas, Sergej Lawrow und Choe Son Hui, führten in Wonsan Gespräche über die militärische Zusammenarbeit.",
    })
    void talksOnMilitaryCooperationAreDefenceBusiness(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; South Korea condemns Russia-North Korea military cooperation; South Korea's foreign ministry condemned the growing military cooperation between Russia and North Korea and summoned the Russian ambassador.",
        "ru; HIGH; МИД Южной Кореи осудил военное сотрудничество России и КНДР; МИД Южной Кореи осудил военное сотрудничество России и КНДР и вызвал посла России.",
        "ko; HIGH; 정부, 북러 군사협력 규탄; 외교부는 러시아와 북한의 군사협력을 강력히 규탄하고 주한 러시아대사를 초치했다.",
        "zh; HIGH; 韩国谴责俄朝军事合作; 韩国外交部谴责俄罗斯与朝鲜之间的军事合作，并召见了俄罗斯大使。",
        "ja; HIGH; 韓国政府、露朝の軍事協力を非難; 韓国外交省は、ロシアと北朝鮮の軍事協力を非難し、ロシア大使を呼び出した。",
        "de; HIGH; Seoul verurteilt militärische Zusammenarbeit Russlands und Nordkoreas; Südkorea verurteilte die militärische Zusammenarbeit zwischen Russland und Nordkorea und bestellte den russischen Botschafter ein.",
        "uk; HIGH; Сеул засудив військову співпрацю Росії та КНДР; МЗС Південної Кореї засудило військову співпрацю Росії та КНДР.",
    })
    void aReactionToMilitaryCooperationTakesItsRow(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; MEDIUM; Russia, North Korea sign tourism deal; Russia and North Korea signed an agreement to expand tourism, Russia's Far East ministry said. The two countries have deepened military cooperation since signing a treaty last year.",
        "en; MEDIUM; Lavrov, Choe hold talks in Moscow; Russian Foreign Minister Sergei Lavrov held talks with North Korean Foreign Minister Choe Son Hui in Moscow on trade and tourism, amid growing military cooperation between the two countries.",
    })
    void militaryCooperationAsTheSettingRatesNothing(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
