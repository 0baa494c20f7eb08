package dev.tumen.classifier.classify;

import static dev.tumen.classifier.classify.SeverityCases.assertSeverity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.model.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model 0.28.1: classes from the held-out errors of the k-fold by rule support on dev2's tuning part (errors of real
 * article structure), each fixed for its rubric row in every language it is written in, never by one item's words.
 * Invented sentences; the cases marked "guard" were right before and must stay so.
 */
class HeldOutS28Test {
    /**
     * Weapons handed to the other side are supplied ("North Korea handed Russia a million shells"): "handed" without
     * "over", 건네다 and 手渡す were words of gifts alone, so such a sentence rated no row. Guards: a gift handed over stays
     * a gift; weapons handed to a third country are no supply between the two.
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "en; HIGH; North Korea handed Russia a million artillery shells, Seoul says; North Korea has handed Russia more than a million artillery shells and several types of missiles, South Korea's intelligence service said on Tuesday.",
        "en; HIGH; Pyongyang handed Moscow missiles for its war, Kyiv says; Ukraine's military intelligence said Pyongyang had handed Moscow dozens of ballistic missiles and millions of shells.",
        "ko; HIGH; 국정원 \"北, 러시아에 포탄 100만 발 건넸다\"; 국가정보원은 북한이 러시아에 포탄 100만 발과 여러 종류의 미사일을 건넸다고 밝혔다.",
        "ja; HIGH; 北朝鮮、ロシアに砲弾100万発を手渡す　韓国情報機関; 韓国の情報機関は、北朝鮮がロシアに砲弾100万発以上と数種類のミサイルを手渡したと明らかにした。",
        "en; LOW; Putin handed Kim a hunting rifle as a gift; Russian President Vladimir Putin handed Kim Jong Un a hunting rifle as a personal gift at the end of their talks, the Kremlin said.",
    })
    void weaponsHandedToTheOtherSideAreSupplied(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A North Korean weapon that struck a place at the front is used on the battlefield: Korean 강타 (struck) and 공습 (air
     * raid) and Japanese 直撃 were missing where English has "struck" and "hit", so "북한 KN-23으로 추정되는 미사일이 하르키우를
     * 강타했다" told no use. Guards: a typhoon that struck the North is no battle; not Russian "поразил" ("Kim impressed
     * Shoigu with new missiles") nor German "traf" ("Putin traf Kim").
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; CRITICAL; 北 KN-23 추정 미사일, 하르키우 아파트 강타; 지난 2일 북한제 KN-23으로 추정되는 미사일이 우크라이나 하르키우의 아파트를 강타해 주민 10명이 숨졌다고 우크라이나 당국이 밝혔다.",
        "ko; CRITICAL; 러시아, 북한제 미사일로 키이우 공습; 러시아가 북한제 탄도미사일을 동원해 우크라이나 수도 키이우를 공습했다고 우크라이나 공군이 밝혔다.",
        "ja; CRITICAL; 北朝鮮製ミサイル、ハルキウの集合住宅を直撃; ロシア軍が発射した北朝鮮製とみられる弾道ミサイルが２日、ウクライナ東部ハルキウの集合住宅を直撃し、住民１０人が死亡した。",
        "ko; LOW; 태풍 강타한 北 나선에 러시아 구호물자 도착; 태풍이 강타한 북한 나선시에 러시아가 보낸 밀가루와 의약품 등 구호물자가 도착했다고 조선중앙통신이 보도했다.",
        "ru; HIGH; Ким поразил Шойгу новыми ракетами; Ким Чен Ын показал министру обороны России Сергею Шойгу новые баллистические ракеты и поразил гостя их дальностью.",
    })
    void aWeaponThatStruckAPlaceAtTheFrontWasUsed(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * Korean attaches its particles to a foreign word as to its own: "KN-23으로" and "ATACMS를" are the weapon's name, so a
     * Latin, Cyrillic or digit word's end is where Hangul follows it (the phrase matcher checked a letter there).
     */
    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = ';', value = {
        "ko; CRITICAL; 러, 北 KN-23으로 하르키우 공격; 러시아군이 북한이 제공한 KN-23으로 우크라이나 하르키우를 공격했다고 우크라이나 당국이 밝혔다.",
        "ko; HIGH; 국정원 \"北, 러시아에 KN-23 수십 발 제공\"; 국가정보원은 북한이 러시아에 KN-23을 수십 발 제공했다고 밝혔다.",
    })
    void aForeignWeaponNameWithAKoreanParticleIsTheWeapon(String lang, Severity expected, String title, String lead) {
        assertSeverity(lang, expected, title, lead);
    }

    /**
     * A caption whose credit is glued to the head of the next sentence ("… 연설하고 있다. 연합뉴스 북한이 …") is a caption: it
     * took the lead's first slot, and the story's second sentence fell out of the lead. Guards: the agency's own sentence
     * ("연합뉴스는 …", "Reuters reported …") leaves the sentence before it the lead.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
        "ko; 김정은 국무위원장이 25일 남포조선소에서 열린 구축함 진수식에 참석해 연설하고 있다. 연합뉴스 북한이 러시아 파병을 공식화한 뒤 주민들에게 정당성을 강조하고 있다.; true",
        "en; North Korean leader Kim Jong Un speaks at the launch of a destroyer in Nampo on April 25. Reuters North Korea has told its people why it sent troops to Russia.; true",
        "ru; Ким Чен Ын выступает на спуске эсминца в Нампхо 25 апреля. ТАСС КНДР объясняет жителям, зачем отправила войска в Россию.; true",
        "ko; 김정은 국무위원장이 25일 남포조선소에서 열린 구축함 진수식에 참석해 연설했다. 연합뉴스는 북한이 러시아 파병을 공식화했다고 전했다.; false",
        "en; North Korean leader Kim Jong Un spoke at the launch of a destroyer in Nampo on April 25. Reuters reported that North Korea told its people why it sent troops.; false",
    })
    void aCaptionBeforeACreditGluedToTheNextSentenceIsACaption(String lang, String body, boolean caption) {
        List<Labeller.Sentence> read = SeverityCases.LABELLER.read("", body);
        assertEquals(caption ? Labeller.CAPTION_INDEX : 0, read.get(0).index(), lang);
        assertEquals(caption ? 0 : 1, read.get(1).index(), lang);
    }
}
