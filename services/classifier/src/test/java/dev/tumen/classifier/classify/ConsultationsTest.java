package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, a word family found by the lead's blind items of session 29 (invented articles, other words than the
 * item's): consultations between the two foreign ministries are talks between them (spec: visits and talks between
 * officials), as Korean 협의 and Japanese 協議 already were; "МИД России и КНДР провели консульские консультации" was
 * not relevant (the cases failed before). Political consultations stay the medium row.
 */
class ConsultationsTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; MEDIUM; МИД России и КНДР провели консульские консультации; В Москве состоялись консультации дипломатов России и КНДР по консульским вопросам.",
        "en; MEDIUM; Russia, North Korea hold consular consultations; Diplomats of Russia and North Korea held consultations on consular issues in Moscow on Tuesday.",
        "uk; MEDIUM; Росія та КНДР провели консультації; Дипломати Росії та КНДР провели в Москві консультації з консульських питань.",
        "zh; MEDIUM; 俄朝举行领事磋商; 俄罗斯和朝鲜外交官在莫斯科就领事问题举行磋商。",
        "de; MEDIUM; Russland und Nordkorea führen Konsultationen; Diplomaten Russlands und Nordkoreas haben in Moskau Konsultationen zu konsularischen Fragen geführt.",
    })
    void consultationsBetweenTheTwoAreTalks(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
