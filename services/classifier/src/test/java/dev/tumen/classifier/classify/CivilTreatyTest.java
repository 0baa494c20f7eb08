package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.2, a class from the lead's blind items of session 29 (invented articles, other words than the item's): a
 * treaty between the two that is named by a civil subject (legal assistance, extradition, the transfer of convicts,
 * double taxation, investment protection, consular matters, visas, readmission, the border) is not the 2024 treaty
 * however it is ratified; it is an agreement of the medium row. The MEDIUM cases were high before. A treaty ratified
 * with no subject named, or named as the strategic partnership, stays the 2024 one (the HIGH guards).
 */
class CivilTreatyTest {
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; MEDIUM; Совет Федерации одобрил договор с КНДР о выдаче; Совет Федерации одобрил ратификацию договора между Россией и КНДР о выдаче лиц, совершивших преступления.",
        "en; MEDIUM; Russia ratifies legal assistance treaty with North Korea; Russia's parliament ratified a treaty with North Korea on mutual legal assistance in criminal matters on Tuesday.",
        "ko; MEDIUM; 러시아 하원, 북한과 사법공조 조약 비준; 러시아 국가두마가 북한과 체결한 형사사법공조 조약을 비준했다고 타스통신이 전했다.",
        "uk; MEDIUM; Росія ратифікувала договір з КНДР про передачу засуджених; Держдума Росії ратифікувала договір з КНДР про передачу засуджених осіб для відбування покарання.",
        "zh; MEDIUM; 俄罗斯批准与朝鲜引渡条约; 俄罗斯国家杜马批准了俄朝两国关于引渡的条约。",
        "en; MEDIUM; Moscow and Pyongyang ratify treaty on avoiding double taxation; Russia and North Korea have ratified a treaty on the avoidance of double taxation, the Russian finance ministry said.",
        "ru; HIGH; Госдума ратифицировала договор с КНДР; Государственная дума ратифицировала договор между Россией и КНДР, подписанный в Пхеньяне в июне.",
        "en; HIGH; Russia ratifies treaty with North Korea; Russia's lower house of parliament ratified the treaty with North Korea on Wednesday.",
    })
    void aTreatyNamedByACivilSubjectIsNotTheMutualDefenceTreaty(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
