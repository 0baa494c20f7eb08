package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.22.0. An occasion phrase ("after the talks", после переговоров, після переговорів, nach den Gesprächen, на
 * полях форума) names what the event followed or stood beside; Russian, Ukrainian and German put it inside the clause,
 * before the verb and the object, so it ends before the sentence's next cue instead of taking the clause's event with
 * it as background (a treaty signed, troops sent, a meeting held). A ceremony given after the talks stays the
 * ceremony. Invented articles (headline; lead).
 */
class OccasionPhraseTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "de; HIGH; Putin und Kim unterzeichnen Vertrag; Putin und Kim Jong Un haben nach den Gesprächen in Pjöngjang einen Vertrag über umfassende strategische Partnerschaft unterzeichnet.",
        "ru; HIGH; Путин и Ким подписали договор; Путин и Ким Чен Ын после переговоров в Пхеньяне подписали договор о всеобъемлющем стратегическом партнерстве.",
        "uk; HIGH; Путін і Кім підписали договір; Путін і Кім Чен Ин після переговорів у Пхеньяні підписали договір про всеосяжне стратегічне партнерство.",
        "en; HIGH; Putin and Kim sign treaty; Putin and Kim Jong Un after the talks in Pyongyang signed a comprehensive strategic partnership treaty.",
        "de; CRITICAL; Nordkorea schickt nach Gipfel Truppen; Nordkorea hat nach dem Gipfel mit Putin weitere Soldaten nach Russland geschickt.",
        "ru; CRITICAL; КНДР после саммита направила войска; КНДР после саммита направила в Россию новые войска.",
        "ru; HIGH; Путин на полях форума встретился с Ким Чен Ыном; Путин на полях форума в Москве встретился с Ким Чен Ыном и обсудил военное сотрудничество.",
    })
    void anOccasionPhraseInsideTheClauseLeavesTheClausesEventRated(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; LOW; Ким Чен Ын дал банкет в честь Шойгу; Ким Чен Ын после переговоров дал банкет в честь секретаря Совбеза России Сергея Шойгу.",
        "de; LOW; Kim gibt Bankett für Schoigu; Kim Jong Un hat nach den Gesprächen ein Bankett für den russischen Sicherheitsratssekretär Sergej Schoigu gegeben.",
    })
    void aCeremonyGivenAfterTheTalksStaysTheCeremony(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * 0.26.0: a subject named after the phrase without a comma ("После переговоров в Пхеньяне Путин и Ким подписали") is
     * the clause's, not the phrase's: the leaders signing are the summit (high). The first two (ru, uk) and the English
     * case failed before (medium: the names were the phrase's, and the signing had no sides).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; HIGH; Новая глава; После переговоров в Пхеньяне Путин и Ким Чен Ын подписали новое соглашение об экономическом сотрудничестве.",
        "uk; HIGH; Новий розділ; Після переговорів у Пхеньяні Путін і Кім Чен Ин підписали нову угоду про економічну співпрацю.",
        "ru; HIGH; Новая глава; По итогам переговоров в Пхеньяне Владимир Путин и Ким Чен Ын подписали новое соглашение.",
        "uk; HIGH; Новий розділ; За підсумками переговорів у Пхеньяні Володимир Путін і Кім Чен Ин підписали нову угоду.",
        "de; HIGH; Ein neues Kapitel; Nach Gesprächen in Pjöngjang unterzeichneten Putin und Kim ein neues Abkommen.",
        "en; HIGH; A new chapter; After talks in Pyongyang Putin and Kim Jong Un signed a new agreement on economic cooperation.",
    })
    void aSubjectNamedAfterThePhraseWithoutACommaIsTheClauses(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
