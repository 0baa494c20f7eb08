package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.29.0 (lead), a class from the lead's blind items of session 29 (invented articles, other words than the
 * item's): a condolence or greeting whose occasion is named by a word of transport or trade (an air crash, a train
 * derailment, a ship lost, a port's anniversary) is the ceremonial message (spec: greetings and the like are low), not a
 * transport project (the Russian and English cases were medium before; the Korean was low already). A transport
 * agreement with no message stays the medium row.
 */
class CondolenceOccasionTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; LOW; Ким Чен Ын выразил Путину соболезнования в связи с крушением поезда; Председатель Госсовета КНДР Ким Чен Ын направил президенту России телеграмму с соболезнованиями в связи с крушением пассажирского поезда.",
        "en; LOW; Kim sends Putin condolences over airliner crash; North Korean leader Kim Jong Un sent condolences to Russian President Vladimir Putin over the crash of a passenger airliner, KCNA said.",
        "ko; LOW; 김정은, 여객기 추락 관련 푸틴에 위로 전문; 김정은 국무위원장이 러시아 여객기 추락 사고와 관련해 푸틴 대통령에게 위로 전문을 보냈다.",
        "ru; MEDIUM; Россия и КНДР подписали соглашение о пассажирских авиаперевозках; Россия и КНДР подписали соглашение о регулярном пассажирском авиасообщении между Москвой и Пхеньяном.",
    })
    void aMessageWhoseOccasionIsTransportIsTheMessage(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
