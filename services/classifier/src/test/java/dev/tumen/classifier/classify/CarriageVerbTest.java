package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, a word family found by the lead's blind items of session 29 (invented sentences): weapons carried to
 * the other side are supplied, told in Russian by the verb of carriage (перевозит, везут, транспортирует) as English
 * "carrying" and Ukrainian перевез* already were, and in Korean by the passive of loading and by carriage (포탄이 실린,
 * 운송했다) as the active 실은/싣고 already was. The first three HIGH cases were medium before (the rail or the ship
 * read as transport); tourists carried by train stay the tourism they are.
 */
class CarriageVerbTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; HIGH; Разведка: КНДР перевозит снаряды в Россию по железной дороге; Северная Корея перевозит артиллерийские снаряды в Россию по железной дороге через Хасан, заявили в разведке Южной Кореи.",
        "ko; HIGH; 북한 포탄 실린 화물열차 러시아로; 북한산 포탄이 실린 화물열차가 두만강 철교를 건너 러시아로 향했다고 국정원이 밝혔다.",
        "ko; HIGH; 북한 미사일 러시아로 운송; 북한이 탄도미사일을 선박으로 러시아에 운송했다고 합참이 밝혔다.",
        "ru; HIGH; Северокорейские ракеты везут в Россию морем; Северокорейские баллистические ракеты везут в Россию морем через порт Раджин, сообщили в Минобороны Южной Кореи.",
        "ru; MEDIUM; Туристов из России перевезут в КНДР поездом; Российских туристов перевезут в КНДР поездом из Владивостока, сообщили в турфирме.",
    })
    void weaponsCarriedToTheOtherSideAreSupplied(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
