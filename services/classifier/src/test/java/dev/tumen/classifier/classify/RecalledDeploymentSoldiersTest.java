package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertNotRelevant;
import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.30.0 (session 31, labels), cls22 from the lead's blind sets of session 29: "A year after North Korea sent troops
 * to Russia, …". The rubric keeps an article whose news is another event one-sided (one background sentence does not make
 * it relevant: a launch or a plenum after that clause stays not relevant, and did). But when the main clause tells
 * soldiers wounded, fighting, killed or returning, they are the soldiers the recalled clause sent (follow-up reports on
 * them are critical, as on prisoners of war): the sides named in the recalled clause were no sides of the sentence, so
 * "the first wounded soldiers returned to Pyongyang" was not relevant in every language. German "verwundeter Soldaten"
 * (an inflected form) joins the wounded words.
 */
class RecalledDeploymentSoldiersTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; CRITICAL; North Korea's wounded come home; A year after North Korea sent troops to Russia, the first large group of wounded soldiers has returned to Pyongyang for treatment, South Korea's spy agency said.",
        "en; CRITICAL; A year after the deployment, families in Pyongyang await their sons; A year after North Korea sent troops to Russia, families of the soldiers sent to the Kursk front still await news, defectors say.",
        "ru; CRITICAL; Раненые возвращаются домой; Спустя год после того, как КНДР направила войска в Россию, в Пхеньян вернулась первая крупная группа раненых солдат, сообщила южнокорейская разведка.",
        "ru; CRITICAL; Семьи ждут вестей; Через год после того, как Северная Корея отправила войска в Россию, семьи солдат, воевавших в Курской области, все еще ждут вестей, говорят перебежчики.",
        "uk; CRITICAL; Поранені повертаються додому; Через рік після того, як КНДР відправила війська до Росії, до Пхеньяна повернулася перша велика група поранених солдатів, повідомила південнокорейська розвідка.",
        "de; CRITICAL; Verwundete kehren heim; Ein Jahr nachdem Nordkorea Truppen nach Russland geschickt hat, ist die erste große Gruppe verwundeter Soldaten nach Pjöngjang zurückgekehrt, teilte der südkoreanische Geheimdienst mit.",
    })
    void soldiersAfterARecalledDeploymentAreThoseSoldiers(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "en; North Korea tests new cruise missile; A year after North Korea sent troops to Russia, Pyongyang on Tuesday test-fired a new strategic cruise missile over the Yellow Sea, KCNA said.",
        "en; South Korea reinforces border; A year after North Korea sent troops to Russia, South Korea deployed 500 more soldiers to the border, the defence ministry said.",
        "en; North Korea marks army day; A year after North Korea sent troops to Russia, Kim Jong Un reviewed a parade of soldiers in Pyongyang, KCNA said.",
        "ru; КНДР испытала крылатую ракету; Спустя год после того, как КНДР направила войска в Россию, Пхеньян испытал новую крылатую ракету, сообщило ЦТАК.",
    })
    void anotherEventAfterTheRecalledDeploymentStaysOneSided(String lang, String title, String lead) {
        assertNotRelevant(lang, title, lead);
    }
}
