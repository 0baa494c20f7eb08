package dev.tumen.classifier.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
    private static final Gazetteer GAZETTEER = new Gazetteer();

    private static List<String> names(String text) {
        return GAZETTEER.find(text).stream().map(m -> m.entity().name()).toList();
    }

    private static List<Party> parties(String text) {
        return GAZETTEER.find(text).stream().map(m -> m.entity().party()).toList();
    }

    @Test
    void englishSpellingsAndHyphenation() {
        assertEquals(List.of("Kim Jong Un", "Vladimir Putin"), names("Kim Jong-un met Putin's envoy"));
        assertEquals(List.of("Kim Jong Un"), names("KIM JONG‑UN"));
        assertEquals(List.of("Sergei Shoigu", "Pyongyang"), names("Sergey Shoigu arrived in Pyongyang"));
    }

    @Test
    void russianInflectionsByStem() {
        assertEquals(List.of("Vladimir Putin", "Kim Jong Un", "Pyongyang"), names("Путина встретил Ким Чен Ына в Пхеньяне"));
        assertEquals(List.of(Party.RUSSIA, Party.DPRK), parties("российские и северокорейские военные"));
        assertEquals(List.of("North Korea", "Russia"), names("КНДР и России"));
    }

    @Test
    void koreanWithParticlesAndDprkOrthography() {
        assertEquals(List.of("Russia", "North Korea"), names("러시아와 북한의 관계"));
        assertEquals(List.of("Kim Jong Un", "Vladimir Putin"), names("김정은은 푸틴에게"));
        assertEquals(List.of("North Korea", "Russia", "Soviet Union"), names("조선과 로씨야, 쏘련"));
        assertEquals(List.of(Party.PAIR), parties("북러 정상회담"));
    }

    @Test
    void southKoreaIsNotTheDprk() {
        assertEquals(List.of(Party.OTHER, Party.OTHER, Party.OTHER), parties("South Korea said in Seoul, 한국"));
        assertTrue(GAZETTEER.find("the Korean Peninsula").stream().noneMatch(m -> m.entity().party() == Party.DPRK));
        assertTrue(GAZETTEER.find("조선일보 보도").stream().noneMatch(m -> m.entity().party() == Party.DPRK));
    }

    @Test
    void bareKimCountsOnlyWhenKimJongUnIsNamed() {
        assertTrue(GAZETTEER.find("Kim said the talks went well").isEmpty());
        assertEquals(List.of("Kim Jong Un", "Kim Jong Un"), names("Kim Jong Un arrived. Kim said the talks went well"));
    }

    @Test
    void wordBoundariesForLatinAndCyrillic() {
        assertTrue(GAZETTEER.find("Prussian history").isEmpty());
        assertTrue(GAZETTEER.find("дорожная карта").isEmpty());
    }

    @Test
    void aLeadingStarLetsAPhraseEndACompound() {
        PhraseMatcher<String> m = PhraseMatcher.of(java.util.Map.of("*granaten", "arms", "Soldaten", "personnel"));
        assertEquals(List.of("arms"), m.findAll("Millionen Artilleriegranaten geliefert").stream().map(PhraseMatcher.Hit::value).toList());
        assertEquals(List.of("arms"), m.findAll("Granaten geliefert").stream().map(PhraseMatcher.Hit::value).toList());
        // the end is still a word's end, and a phrase without the star still starts a word
        assertTrue(m.findAll("Granatenwerfer").isEmpty());
        assertTrue(m.findAll("Elitesoldaten").isEmpty());
    }

    @Test
    void aKoreanParticleAfterAForeignWordEndsTheWord() {
        PhraseMatcher<String> m = PhraseMatcher.of(java.util.Map.of("KN 23", "weapon", "TASS", "outlet", "Shoigu", "name"));
        assertEquals(List.of("weapon", "outlet", "name"),
                m.findAll("북한 KN-23으로 추정되는 미사일, TASS는 전했다, Shoigu와 만났다").stream().map(PhraseMatcher.Hit::value).toList());
        // guards: a longer Latin word or number is no match
        assertEquals(List.of(), m.findAll("KN 230 and TASSR").stream().map(PhraseMatcher.Hit::value).toList());
    }
}
