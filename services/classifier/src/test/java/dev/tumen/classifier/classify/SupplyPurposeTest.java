package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.15.0: the rubric's supply row against its battlefield-use row, a ratified partnership named without the word
 * "treaty", the two leaders named as a bare surname beside the other, prisoners of war under a headline naming the
 * country that holds them, the war named as Russia's aggression, a phone call told by the telephone itself. Invented
 * sentences, never article text.
 */
class SupplyPurposeTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // weapons supplied "for use against Ukraine" are supply (high): the use is the purpose, not a report of use
        "en; HIGH; Pyongyang ships shells to Moscow; North Korea has shipped artillery shells and rockets to Russia for use against Ukraine, officials in Washington said.",
        "en; HIGH; North Korea arms Russia; North Korea sent ballistic missiles to Russia to be used in its war on Ukraine, a report said.",
        "ru; HIGH; КНДР отправила России снаряды; КНДР отправила в Россию артиллерийские снаряды для использования против Украины, говорится в докладе.",
        "uk; HIGH; КНДР постачає Росії ракети; КНДР передала Росії балістичні ракети для ударів по Україні, заявили в розвідці.",
        "ko; HIGH; 북한, 러시아에 포탄 보내; 북한이 우크라이나 공격에 사용하도록 러시아에 포탄을 보냈다고 정보 당국이 밝혔다.",
        "zh; HIGH; 朝鲜向俄罗斯运送炮弹; 报告称，朝鲜向俄罗斯提供了大量炮弹，用于攻击乌克兰。",
        "ja; HIGH; 北朝鮮、ロシアへ砲弾; 北朝鮮はウクライナ攻撃に使うため、ロシアに砲弾を送ったと報告書は指摘した。",
        "de; HIGH; Nordkorea schickt Russland Raketen; Nordkorea hat Russland Raketen für den Einsatz gegen die Ukraine geliefert, heißt es in einem Bericht.",
        // the same weapons reported fired at the front are battlefield use (critical)
        "en; CRITICAL; North Korean shells hit Ukrainian positions; Russian troops fired North Korean artillery shells at Ukrainian positions, officials said.",
        "ru; CRITICAL; Россия применила ракеты КНДР; Российские войска применили северокорейские ракеты для ударов по Киеву, заявили в Киеве.",
        "zh; CRITICAL; 朝鲜导弹被用于袭击乌克兰; 乌克兰称，俄罗斯从朝鲜获得的导弹被用于袭击基辅。",
        "en; CRITICAL; Shells from Pyongyang fired at Kharkiv; North Korea supplied the shells for the front, where Russian forces have fired them at Kharkiv.",
    })
    void weaponsSuppliedForAWarAreSupply(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a strategic partnership between the two ratified is the 2024 treaty (high), whether "treaty" is said or not
        "en; HIGH; Duma ratifies partnership with Pyongyang; Russia's Duma voted to ratify the comprehensive strategic partnership between Russia and North Korea.",
        "ru; HIGH; Путин внес закон о ратификации; Президент России внес в Госдуму закон о ратификации соглашения о стратегическом партнерстве России и КНДР.",
        "uk; HIGH; Росія ратифікувала партнерство з КНДР; Держдума Росії ратифікувала всеосяжне стратегічне партнерство з КНДР.",
        "ko; HIGH; 러 하원, 북러 전략적 동반자 관계 비준; 러시아 하원이 북한과의 포괄적 전략적 동반자 관계를 비준했다.",
        "zh; HIGH; 俄杜马批准俄朝全面战略伙伴关系; 俄罗斯国家杜马批准了俄罗斯与朝鲜的全面战略伙伴关系。",
        // the 2000 friendship treaty stays medium
        "ru; MEDIUM; Годовщина договора о дружбе; Россия и КНДР отметили годовщину ратификации договора о дружбе, добрососедстве и сотрудничестве 2000 года.",
    })
    void aRatifiedPartnershipIsTheTreaty(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        // the two leaders and a meeting verb are a summit (high), however short the text and however bare the surname
        "en; Kim met Putin",
        "en; Kim meets Putin in Vladivostok.",
        "ru; Ким встретился с Путиным",
        "uk; Кім зустрівся з Путіним",
        "de; Kim traf Putin",
    })
    void twoLeadersMeetingIsASummit(String lang, String text) {
        Label l = SeverityCases.LABELLER.label(text, "");
        assertTrue(l.relevant(), () -> lang + " expected relevant: " + text + " (relevance " + l.relevance() + ")");
        assertEquals(Severity.HIGH, l.severity(), () -> lang + ": " + l.basis());
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // North Korean prisoners held by Ukraine or asking to go to South Korea, under a headline naming that country,
        // are the soldiers the lead says fought for Russia: follow-up reports on prisoners of war are critical
        "en; CRITICAL; North Korean POWs ask to go to South Korea; Two North Korean soldiers taken captive by Ukraine while fighting for Russia near Kursk have asked to be sent to South Korea.",
        "ru; CRITICAL; Пленные из КНДР хотят в Южную Корею; Два северокорейских военнослужащих, взятых в плен Украиной в боях за Россию в Курской области, попросили отправить их в Южную Корею.",
        "uk; CRITICAL; Полонені з КНДР хочуть до Південної Кореї; Двоє північнокорейських військових, яких узяли в полон під час боїв на боці Росії на Курщині, попросили відправити їх до Південної Кореї.",
        "ko; CRITICAL; 북한군 포로 2명, 한국행 희망; 러시아 쿠르스크에서 러시아군과 함께 싸우다 우크라이나군에 생포된 북한군 포로 2명이 한국행을 희망했다.",
        "de; CRITICAL; Nordkoreanische Gefangene wollen nach Südkorea; Zwei nordkoreanische Soldaten, die in Kursk für Russland kämpften und von der Ukraine gefangen genommen wurden, wollen nach Südkorea.",
    })
    void prisonersOfWarUnderAThirdCountrysHeadline(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // the war named as Russia's aggression is the war's theatre: North Korean soldiers told with it are in the war
        "en; CRITICAL; North Korean losses mount, minister says; Ukraine's foreign minister said North Korean soldiers drawn into Russian aggression are suffering heavy losses.",
        "uk; CRITICAL; Сибіга про військових КНДР; Міністр закордонних справ заявив, що північнокорейські військові, залучені до російської агресії, зазнають великих втрат.",
        "ru; CRITICAL; Солдаты КНДР несут потери; Солдаты КНДР, вовлеченные в российскую агрессию, несут большие потери, заявил министр.",
        "de; CRITICAL; Nordkoreanische Soldaten erleiden Verluste; Nordkoreanische Soldaten, die in die russische Aggression hineingezogen wurden, erleiden schwere Verluste, sagte der Außenminister.",
    })
    void soldiersInTheWarNamedAsAggression(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a phone call between the leaders is a contact (medium), never a summit, whatever summit it is about
        "zh; MEDIUM; 普京与金正恩通电话; 克里姆林宫表示，俄罗斯总统普京与朝鲜领导人金正恩通了电话，介绍了他与美国总统会谈的情况。",
        "ja; MEDIUM; プーチン氏、金正恩氏に電話; プーチン大統領は金正恩総書記に電話をかけ、米大統領との会談について説明した。",
        "en; MEDIUM; Putin phoned Kim about summit with Trump; Vladimir Putin phoned Kim Jong Un to brief him on his planned talks with the US president, the Kremlin said.",
    })
    void aPhoneCallIsNoSummit(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // a third country's leader meeting one side stays one-sided
        "Kim meets Xi in Beijing. North Korean leader Kim Jong Un met Chinese President Xi Jinping in Beijing on Tuesday. They discussed trade.",
        // a bare surname alone, or a South Korean namesake beside Putin, is no North Korean leader
        "Kim visited a factory. Putin was in Moscow.",
        "Kim Dae-jung met Putin in Seoul",
        "Kim met Xi in Beijing",
    })
    void aBareSurnameNeedsTheOtherLeaderBesideIt(String text) {
        Label l = SeverityCases.LABELLER.label(text, "");
        assertFalse(l.relevant(), () -> "expected not relevant: " + text + " (relevance " + l.relevance() + ")");
    }
}
