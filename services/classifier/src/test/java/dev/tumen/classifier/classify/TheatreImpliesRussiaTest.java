package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.23.0. North Korean soldiers named with the war's theatre (Pokrovsk, Kursk, the front) are there for Russia
 * whatever verb tells it ("spotted", "operating", 목격), for relevance as for the severity row: a live blog's headline
 * about them is one side of a pair with a lead that names Russia's units (not when the sentence only hedges, or their
 * own leader addresses them, as for the row). Invented articles (headline; lead).
 */
class TheatreImpliesRussiaTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korean gun crews seen near Pokrovsk, Kyiv says; 08:10 Power cuts were reported in Kharkiv. 09:30 Ukraine's army says Korean-speaking crews are operating with Russian units near Pokrovsk.",
        "ru; CRITICAL; Северокорейских артиллеристов заметили под Покровском; 08:10 В Харькове отключили свет. 09:30 ВСУ сообщают, что корейские расчёты действуют вместе с российскими частями под Покровском.",
        "uk; CRITICAL; Північнокорейських солдатів помітили під Покровськом; 08:10 У Харкові відключили світло. 09:30 ЗСУ повідомляють, що корейські розрахунки діють разом з російськими підрозділами під Покровськом.",
        "ko; CRITICAL; 북한군, 포크롭스크 인근서 목격; 08:10 하르키우에서 정전이 발생했다. 09:30 우크라이나군은 한국어를 쓰는 포병이 러시아 부대와 함께 포크롭스크 인근에서 활동한다고 밝혔다.",
        "de; CRITICAL; Nordkoreanische Soldaten bei Pokrowsk gesichtet; 08:10 In Charkiw fiel der Strom aus. 09:30 Die ukrainische Armee meldet koreanischsprachige Geschützmannschaften bei russischen Einheiten nahe Pokrowsk.",
    })
    void northKoreanSoldiersInTheWarsTheatreAreRussiasUse(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
