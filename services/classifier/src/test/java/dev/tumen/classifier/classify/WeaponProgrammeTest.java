package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.17.0: help given to a strategic weapons programme (missile, nuclear, space) or its development is the
 * rubric's transfer of that technology (critical), told without a technology noun; what one side may get in return is
 * speculation, and leaves the supply the article reports at its own row. Invented sentences, never article text.
 */
class WeaponProgrammeTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; Russia helping North Korea's missile program, Seoul's spy agency says; Russia is helping North Korea develop its ballistic missile program, South Korea's National Intelligence Service said.",
        "en; CRITICAL; Russia aiding North Korea's nuclear program, officials say; Russia is aiding North Korea's nuclear weapons program in return for troops, US officials said.",
        "en; CRITICAL; US: Russia may share missile know-how with Pyongyang; The United States believes Russia is sharing missile know-how with North Korea in exchange for artillery shells, an official said.",
        "ru; CRITICAL; Россия помогает КНДР с ракетной программой, заявили в Сеуле; Россия оказывает КНДР помощь в развитии ракетной программы, заявила южнокорейская разведка.",
        "uk; CRITICAL; Росія допомагає КНДР з ракетною програмою; Росія допомагає КНДР розвивати ракетну програму, заявила південнокорейська розвідка.",
        "ko; CRITICAL; 국정원 \"러시아, 북한 미사일 개발 지원\"; 국가정보원은 러시아가 북한의 탄도미사일 개발을 지원하고 있는 것으로 파악했다고 밝혔다.",
        "zh; CRITICAL; 韩国情报机构称俄罗斯帮助朝鲜开发导弹; 韩国国家情报院称，俄罗斯正在帮助朝鲜开发弹道导弹。",
        "ja; CRITICAL; ロシアが北朝鮮のミサイル開発を支援、韓国情報機関; 韓国の国家情報院は、ロシアが北朝鮮の弾道ミサイル開発を支援していると明らかにした。",
        "de; CRITICAL; Russland hilft Nordkorea beim Raketenprogramm; Russland unterstützt Nordkorea nach Angaben des südkoreanischen Geheimdienstes bei seinem Raketenprogramm.",
    })
    void helpToAWeaponsProgrammeIsTechnologyTransfer(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korea sends shells to Russia; North Korea has shipped millions of artillery shells to Russia, and may receive help with its missile program in return, analysts say.",
        "ru; HIGH; КНДР отправила России снаряды; КНДР отправила в Россию миллионы снарядов и взамен может получить помощь для своей ракетной программы, считают эксперты.",
        "ko; HIGH; 북한, 러시아에 포탄 수백만 발 보내; 북한이 러시아에 포탄 수백만 발을 보냈으며 그 대가로 미사일 개발 지원을 받을 수 있다고 전문가들은 분석했다.",
    })
    void helpThatMayComeInReturnIsNoTransfer(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
