package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.22.0. Ceremonies beside a summit or a security chief's visit, from the invented probes in
 * {@code rubric/wire-s23.jsonl}: a banquet or a dinner given "after talks" is the ceremony, the talks its occasion (as
 * "after the talks", после переговоров, 회담 후 were already), unless the sentence says talks were held with it; an
 * English relative clause after a comma (", who signed a treaty earlier in the day") tells more about whom the
 * sentence names, not its event; a school visited by an ambassador (German Schule) is education. Invented articles
 * (headline; lead).
 */
class BanquetAfterTalksTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; LOW; Kim hosts banquet for Shoigu after talks; Kim Jong Un hosted a banquet for Russian Security Council Secretary Sergei Shoigu on Thursday after their talks.",
        "en; LOW; Kim gives dinner for Belousov after talks; Kim Jong Un gave a dinner in honour of Russian Defence Minister Andrei Belousov after talks in Pyongyang.",
        "en; LOW; North Korean orchestra plays at Kim's reception for Putin; A North Korean orchestra performed at a reception Kim Jong Un gave for Vladimir Putin, who signed a partnership treaty with him earlier in the day.",
        "de; LOW; Russischer Botschafter besucht Schule in Pjöngjang; Der russische Botschafter Alexander Mazegora hat eine Schule in Pjöngjang besucht.",
    })
    void aCeremonyAfterTalksIsTheCeremony(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; Kim and Shoigu hold talks, then attend banquet; Kim Jong Un held talks with Sergei Shoigu on military cooperation and then hosted a banquet for him.",
        "en; HIGH; Putin meets Kim; Putin met Kim Jong Un, who arrived in Vladivostok by armoured train on Tuesday.",
        "en; CRITICAL; Kim decorates soldiers who fought in Kursk; Kim Jong Un decorated North Korean soldiers who fought for Russia in the Kursk region, KCNA said.",
        "en; CRITICAL; Putin thanks North Korean soldiers; Putin thanked the North Korean soldiers, who fought alongside Russian troops in Kursk.",
    })
    void talksHeldARestrictiveClauseOrAReactionKeepTheirRow(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
