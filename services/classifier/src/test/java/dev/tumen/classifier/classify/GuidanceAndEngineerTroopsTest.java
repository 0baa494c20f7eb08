package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.22.0. Two critical-row classes of the invented probes in {@code rubric/wire-s23.jsonl}: a missile's guidance
 * system and a weapon's technical documentation handed over are the transfer of missile technology (the rubric's
 * critical row), as a rocket engine is, not arms supply; and North Korean engineer troops (Pioniere, інженерні
 * підрозділи) moved to Russia (verlegt, перекинула) or arrived there are personnel deployed. Invented articles
 * (headline; lead).
 */
class GuidanceAndEngineerTroopsTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ru; CRITICAL; Разведка: Россия передала КНДР системы наведения; Россия передала КНДР системы наведения для баллистических ракет, сообщила разведка Южной Кореи.",
        "ru; CRITICAL; Разведка: Россия передала КНДР данные о системах наведения; Россия передала КНДР данные о системах наведения баллистических ракет, сообщила разведка Южной Кореи.",
        "uk; CRITICAL; Розвідка: Росія передала КНДР системи наведення; Росія передала КНДР системи наведення для балістичних ракет, заявили в розвідці.",
        "uk; CRITICAL; ГУР: Росія передала КНДР технічну документацію; Росія передала КНДР технічну документацію для виробництва ракет, заявили в ГУР.",
        "ko; CRITICAL; \"러시아, 북한에 미사일 유도장치 제공\"; 러시아가 북한에 탄도미사일 유도장치를 제공했다고 국정원이 밝혔다.",
        "zh; CRITICAL; 韩情报机构：俄向朝提供导弹制导系统; 韩国国家情报院称，俄罗斯向朝鲜提供了弹道导弹制导系统。",
        "ja; CRITICAL; ロシア、北朝鮮にミサイル誘導装置を提供か; 韓国の情報機関は、ロシアが北朝鮮に弾道ミサイルの誘導装置を提供したと明らかにした。",
        "de; CRITICAL; Russland liefert Nordkorea Lenksysteme; Russland hat Nordkorea nach Angaben aus Seoul Lenksysteme für ballistische Raketen geliefert.",
        "en; CRITICAL; Seoul: Russia gave North Korea missile guidance systems; Russia has given North Korea guidance systems for its ballistic missiles, South Korea's spy agency said.",
    })
    void guidanceSystemsAndTechnicalDocumentationAreMissileTechnology(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "de; CRITICAL; Nordkoreanische Pioniere in Kursk eingetroffen; Rund 1.000 nordkoreanische Pioniere sind in der russischen Region Kursk eingetroffen.",
        "de; CRITICAL; Pioniere aus Nordkorea nach Russland verlegt; Nordkorea hat weitere Pioniereinheiten nach Russland verlegt.",
        "de; CRITICAL; Nordkorea verlegt Soldaten nach Russland; Nordkorea hat nach Angaben Seouls weitere Soldaten nach Russland verlegt.",
        "uk; CRITICAL; КНДР перекинула до Росії інженерні підрозділи; КНДР перекинула до Росії інженерні підрозділи, заявили в ГУР.",
        "ru; CRITICAL; КНДР перебросила в Россию инженерные войска; КНДР перебросила в Россию инженерные подразделения, сообщила разведка Южной Кореи.",
        "en; CRITICAL; North Korean engineer troops moved to Kursk; North Korea has redeployed engineer troops to Russia's Kursk region, Seoul said.",
    })
    void engineerTroopsMovedToRussiaAreDeployed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /** German also calls the DPRK's young pioneers "Pioniere": children at a camp or on a visit are no troops. */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "de; LOW; Nordkoreanische Pioniere in russischem Ferienlager; Eine Gruppe nordkoreanischer Pioniere ist im Kinderlager Okean bei Wladiwostok eingetroffen.",
        "de; LOW; Junge Pioniere aus Nordkorea besuchen Moskau; Junge Pioniere aus Nordkorea sind zu einem Freundschaftsbesuch in Moskau eingetroffen.",
    })
    void youngPioneersAreChildrenNotTroops(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
