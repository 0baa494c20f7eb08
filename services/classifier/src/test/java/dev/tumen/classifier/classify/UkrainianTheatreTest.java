package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.30.0 (session 31, labels), a class from the lead's blind sets of session 29 (its fix of session 29 was lost):
 * North Korean missiles fired at Ukraine's cities are used on the battlefield (critical) in Ukrainian and Russian as in
 * English. Ukrainian Київ in its oblique cases (Києва, Києві, Києвом), Odesa in every spelling (Одеса, Одесса, Odessa,
 * 오데사) and "выпустили по / випустили по" (fired at) were no words of the war, so the Ukrainian cases read medium or
 * not relevant. A transfer of the same missiles with no strike stays the supply row.
 */
class UkrainianTheatreTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "uk; CRITICAL; Росія випустила по Києву північнокорейські ракети; Російські війська випустили по Києву балістичні ракети KN-23, виготовлені в КНДР, повідомили у Повітряних силах.",
        "uk; CRITICAL; Уламки північнокорейської ракети знайшли у Києві; Слідчі знайшли в Києві уламки балістичної ракети, виготовленої в Північній Кореї, якою Росія вдарила по місту вночі.",
        "uk; CRITICAL; Над Києвом збили північнокорейську ракету; Сили ППО збили над Києвом північнокорейську ракету KN-23, запущену російськими військами, повідомила міська адміністрація.",
        "uk; CRITICAL; Росія випустила по Одесі ракети з КНДР; Російські війська вночі випустили по Одесі дві північнокорейські балістичні ракети, повідомив Генштаб.",
        "ru; CRITICAL; Россия выпустила по Одессе северокорейские ракеты; Ночью российские войска выпустили по Одессе две баллистические ракеты KN-23, произведенные в КНДР, сообщил Генштаб ВСУ.",
        "en; CRITICAL; Russia fires North Korean missiles at Odesa; Russian forces fired two North Korean-made KN-23 ballistic missiles at Odesa overnight, Ukraine's general staff said.",
        "ru; HIGH; КНДР передала России ракеты; КНДР передала России партию баллистических ракет KN-23, сообщила разведка.",
    })
    void northKoreanMissilesFiredAtUkrainesCitiesAreUsedInTheWar(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * An error of blind-s31 (scored once before any fix): Ukrainian gunners, crews and stormers (артилеристи,
     * розрахунки, штурмовики) were no personnel words, as the Russian артиллеристы were, nor was the adjective of
     * Zaporizhzhia (Запорізький напрямок) a place of the war, so "Північнокорейські артилеристи воюють на боці Росії"
     * read as a statement of support (medium).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "uk; CRITICAL; Київ •; Північнокорейські артилеристи воюють на боці Росії на Запорізькому напрямку, заявили в Головному управлінні розвідки Міноборони України у вівторок.",
        "uk; CRITICAL; Північнокорейські артилеристи воюють на Запорізькому напрямку; Північнокорейські артилеристи воюють на боці Росії під Оріховом, повідомили у ГУР.",
        "ru; CRITICAL; Северокорейские артиллеристы воюют на запорожском направлении; Северокорейские артиллеристы воюют на стороне России на запорожском направлении, заявили в ГУР Украины.",
    })
    void ukrainianGunnersAtTheFrontAreDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
