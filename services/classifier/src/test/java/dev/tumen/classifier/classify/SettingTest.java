package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import dev.tumen.model.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.16.0: the setting every article on the subject repeats neither raises nor lowers a low-row event. Under a
 * headline that reports only a concert, an exhibition, a match or a greeting, a later lead sentence that names nothing
 * of that kind (the troops sent, the shells supplied, the treaty signed) is background; so are the news frames that
 * introduce it inside the lead's first sentence. Invented sentences, never article text.
 */
class SettingTest {

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        // a low-row headline and a second lead sentence recalling the war
        "en; LOW; Kim visits Russian embassy on Victory Day; Kim Jong Un visited the Russian embassy in Pyongyang on Friday to mark Victory Day. North Korea has sent thousands of troops to help Russia fight Ukraine.",
        "ru; LOW; В Пхеньяне открылась выставка российских художников; В Пхеньяне открылась выставка российских художников. КНДР направила в Россию тысячи военнослужащих для участия в боевых действиях.",
        "uk; LOW; У Пхеньяні відкрилася виставка російських художників; У Пхеньяні відкрилася виставка російських художників. КНДР відправила до Росії тисячі військових для участі в бойових діях.",
        "ko; LOW; 평양서 러시아 미술전 개막; 평양에서 러시아 미술 전시회가 개막했다. 북한은 러시아에 수천 명의 병력을 파병했다.",
        "zh; LOW; 俄罗斯艺术展在平壤开幕; 俄罗斯美术作品展在平壤开幕。朝鲜已向俄罗斯派遣数千名士兵。",
        "ja; LOW; 平壌でロシア美術展が開幕; 平壌でロシアの美術展が開幕した。北朝鮮はロシアに数千人の兵士を派遣している。",
        "de; LOW; Russische Kunstausstellung in Pjöngjang; In Pjöngjang wurde eine Ausstellung russischer Maler eröffnet. Nordkorea hat Tausende Soldaten nach Russland entsandt.",
        "en; LOW; Russian ballet troupe tours North Korea; A Russian ballet troupe began a tour of North Korea on Monday. Pyongyang has supplied Moscow with millions of artillery shells and ballistic missiles.",
        // news frames inside the first lead sentence
        "en; LOW; Russian culture minister arrives in Pyongyang; Russia's culture minister arrived in Pyongyang on Tuesday for an arts festival, in the latest sign of deepening ties that have seen North Korea send troops to fight in Ukraine.",
        "en; LOW; North Korean art exhibition opens in Moscow; An exhibition of North Korean paintings opened in Moscow on Monday. North Korea, which has supplied Russia with millions of artillery shells, is seeking to expand cultural exchanges.",
        "en; MEDIUM; Russian tourists return to North Korea; A group of Russian tourists arrived in Wonsan on Saturday, as the two countries deepen military cooperation including the deployment of North Korean soldiers.",
        // the headline's own higher event still rates it, and a lead sentence of the low kind does not lower it
        "en; CRITICAL; Kim awards medals to soldiers who fought in Kursk; Kim Jong Un presented state awards to soldiers who took part in the operation to liberate Russia's Kursk region.",
        "en; CRITICAL; North Korean troops fight in Kursk; North Korea has sent thousands of troops to fight for Russia. Kim Jong Un also sent birthday greetings to Putin.",
    })
    void theSettingIsNotTheEvent(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }
}
