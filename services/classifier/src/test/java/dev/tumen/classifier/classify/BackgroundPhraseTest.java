package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.LABELLER;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.22.0 (issue 14: background neither raises nor lowers). A prepositional background marker of Russian,
 * Ukrainian or German (на фоне, несмотря на, на тлі, попри, trotz, angesichts, vor dem Hintergrund) set between a side
 * and its verb covers only its noun phrase: read to the clause's end, it took the clause's event and its sides with it,
 * and a lead such as "КНДР несмотря на предупреждения Сеула направила в Россию новые войска" was not relevant at all.
 * What the phrase names stays background (troops in the phrase do not rate a tourism deal). Headlines here name no
 * event, so the lead decides. Invented articles (headline; lead).
 */
class BackgroundPhraseTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; MEDIUM; Подписано торговое соглашение; Россия и КНДР на фоне западных санкций подписали соглашение о расширении торговли.",
        "ru; CRITICAL; Новые войска отправлены; КНДР несмотря на предупреждения Сеула направила в Россию новые войска.",
        "ru; CRITICAL; Новые подразделения в Курской области; Северокорейские военные на фоне отступления ВСУ продолжают бои в Курской области вместе с российскими войсками.",
        "uk; CRITICAL; Нові війська відправлено; КНДР на тлі переговорів про перемир'я відправила до Росії нові війська.",
        "uk; MEDIUM; Домовленість про туризм; Росія і КНДР попри санкції ООН домовилися про розвиток туризму.",
        "de; CRITICAL; Weitere Soldaten unterwegs; Nordkorea hat trotz Warnungen aus Seoul weitere Soldaten nach Russland geschickt.",
        "de; MEDIUM; Handelsabkommen unterzeichnet; Russland und Nordkorea haben angesichts westlicher Sanktionen ein Handelsabkommen unterzeichnet.",
        "de; HIGH; Staatschefs treffen sich; Putin und Kim Jong Un haben sich vor dem Hintergrund des Krieges in der Ukraine in Pjöngjang getroffen.",
    })
    void aBackgroundPhraseBetweenASideAndItsVerbLeavesTheClausesEvent(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; MEDIUM; Соглашение о туризме; КНДР на фоне сообщений о переброске войск подписала с Россией соглашение о туризме.",
        "uk; MEDIUM; Угода про туризм; КНДР на тлі повідомлень про відправку військ підписала з Росією угоду про туризм.",
        "de; MEDIUM; Tourismusabkommen; Nordkorea hat vor dem Hintergrund der Entsendung von Soldaten mit Russland ein Tourismusabkommen unterzeichnet.",
    })
    void whatThePhraseNamesStaysBackground(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ru; КНДР запустила ракету; КНДР на фоне переговоров с Россией запустила баллистическую ракету в Японское море.",
    })
    void aSideNamedOnlyInThePhraseIsNoSideOfTheEvent(String lang, String title, String lead) {
        assertFalse(LABELLER.label(title, lead).relevant(), () -> lang + ": " + title);
    }
}
