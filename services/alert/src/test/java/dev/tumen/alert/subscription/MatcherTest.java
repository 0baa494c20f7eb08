package dev.tumen.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.Fixtures;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatcherTest {
    private final ArticleLabelled high = Fixtures.article("a1", Severity.HIGH, "00000000000000ff", "https://www.reuters.com/x");

    private static Subscription sub(Severity min, List<Category> cats, List<String> langs, List<String> sources, List<String> kws) {
        return new Subscription("s", "s", "https://example.org", "json", min, cats, langs, sources, kws, false, List.of("whsec_x"),
                Instant.EPOCH, Instant.EPOCH);
    }

    private boolean matches(Subscription s, ArticleLabelled a) {
        return Matcher.matches(s, a, Matcher.searchableText(a));
    }

    @Test
    void severityAtOrAboveTheMinimum() {
        assertTrue(matches(sub(Severity.HIGH, List.of(), List.of(), List.of(), List.of()), high));
        assertFalse(matches(sub(Severity.CRITICAL, List.of(), List.of(), List.of(), List.of()), high));
    }

    @Test
    void irrelevantArticlesNeverMatch() {
        ArticleLabelled none = Fixtures.article("a2", Severity.NONE, null, null);
        assertFalse(matches(sub(Severity.LOW, List.of(), List.of(), List.of(), List.of()), none));
    }

    @Test
    void everyNonEmptyFilterMustPass() {
        assertTrue(matches(sub(Severity.LOW, List.of(Category.SANCTIONS, Category.MILITARY), List.of(), List.of(), List.of()), high));
        assertFalse(matches(sub(Severity.LOW, List.of(Category.CULTURAL), List.of(), List.of(), List.of()), high));
        assertTrue(matches(sub(Severity.LOW, List.of(), List.of("EN", "ru"), List.of(), List.of()), high));
        assertFalse(matches(sub(Severity.LOW, List.of(), List.of("ko"), List.of(), List.of()), high));
        assertTrue(matches(sub(Severity.LOW, List.of(), List.of(), List.of("FEED:"), List.of()), high));
        assertFalse(matches(sub(Severity.LOW, List.of(), List.of(), List.of("tass"), List.of()), high));
    }

    @Test
    void normalizingLowerCasesTrimsAndCollapsesWhitespaceWithoutCopyingWhatIsAlreadyNormal() {
        assertEquals("mutual defence", Matcher.normalize("  Mutual \t\n DEFENCE\r\n"));
        assertEquals("kim jong un", Matcher.normalize("Kim\u2003Jong  Un"));
        assertEquals("", Matcher.normalize(" \n "));
        String plain = "north korea";
        assertSame(plain, Matcher.normalize(plain));
        assertEquals("\u0131stanbul i\u0307stanbul", Matcher.normalize("\u0131stanbul \u0130stanbul"));
    }

    @Test
    void keywordsMatchWholeWordsAndPhrasesAcrossLines() {
        assertTrue(matches(sub(Severity.LOW, List.of(), List.of(), List.of(), List.of("mutual  defence")), high));
        assertTrue(matches(sub(Severity.LOW, List.of(), List.of(), List.of(), List.of("PYONGYANG")), high));
        assertFalse(matches(sub(Severity.LOW, List.of(), List.of(), List.of(), List.of("Kimchi")), high));
        assertFalse(matches(sub(Severity.LOW, List.of(), List.of(), List.of(), List.of("Pyong")), high));
        assertTrue(matches(sub(Severity.LOW, List.of(), List.of(), List.of(), List.of("treaty in pyongyang.")), high));
    }

    /** Probe of session 31: a keyword typed in NFD, or text with zero-width characters and soft hyphens in its words. */
    @Test
    void spellingsThatLookTheSameMatchEachOther() {
        String ko = "러시아와 북한은 조약을 체결했다";
        String nfd = java.text.Normalizer.normalize("북한", java.text.Normalizer.Form.NFD);
        assertTrue(Matcher.containsPhrase(Matcher.normalize(ko), Matcher.normalize(nfd)), "an NFD keyword finds NFC text");
        assertTrue(Matcher.containsPhrase(Matcher.normalize(java.text.Normalizer.normalize(ko, java.text.Normalizer.Form.NFD)),
                Matcher.normalize("북한")), "an NFC keyword finds NFD text");
        assertTrue(Matcher.containsPhrase(Matcher.normalize("Troops sent to Rus\u00adsia by North\u200b Korea"),
                Matcher.normalize("russia")), "a soft hyphen does not hide a word");
        assertTrue(Matcher.containsPhrase(Matcher.normalize("Troops sent to Rus\u00adsia by North\u200b Korea"),
                Matcher.normalize("North Korea")));
    }

    /**
     * Probe of session 43: one word in its compatibility spellings. Japanese and Chinese text writes Latin letters and
     * digits full-width ("ＫＣＮＡ"), an IME types a keyword so, Japanese text may carry half-width katakana, Russian and
     * French typography put no-break spaces inside names ("В.\u00a0Путин"): each spelling missed the other's keyword,
     * silently.
     */
    @Test
    void compatibilitySpellingsOfAWordMatchEachOther() {
        String[][] cases = {
                {"KCNA", "\uff2b\uff23\uff2e\uff21 reported the talks"},
                {"\uff2b\uff23\uff2e\uff21", "KCNA reported the talks"},
                {"Choe Son Hui", "Choe\u00a0Son\u00a0Hui met the delegation"},
                {"В. Путин", "В.\u202fПутин прибыл"},
                {"キム", "\uff77\uff91\u30fb\uff7c\uff9e\uff6e\uff9d\uff73\uff9d総書記"},
                {"2024", "\uff12\uff10\uff12\uff14年の条約"},
                {"\ufb01ghters", "fighters arrived"},
        };
        List<String> missed = new java.util.ArrayList<>();
        for (String[] c : cases) {
            ArticleLabelled a = Fixtures.article("a9", Severity.HIGH, "00000000000000ff", "https://www.reuters.com/x", c[1]);
            Subscription s = sub(Severity.LOW, List.of(), List.of(), List.of(), List.of(c[0]));
            if (!matches(s, a) || new MatchIndex(List.of(s)).matching(a, Matcher.searchable(a)).size() != 1) {
                missed.add(c[0] + " in " + c[1]);
            }
        }
        assertEquals(List.of(), missed);
        // a source filter is compared the same way ("feed:test" is the fixture's source)
        ArticleLabelled plain = Fixtures.article("a9", Severity.HIGH, "00000000000000ff", "https://www.reuters.com/x");
        for (String source : List.of("\uff26\uff25\uff25\uff24:test", "FEED:TEST", "feed:\uff54\uff45\uff53\uff54")) {
            assertTrue(matches(sub(Severity.LOW, List.of(), List.of(), List.of(source), List.of()), plain), source);
        }
        assertFalse(matches(sub(Severity.LOW, List.of(), List.of(), List.of("\uff34\uff21\uff33\uff33"), List.of()), plain));
        // guards: still whole words, still another word
        ArticleLabelled a = Fixtures.article("a9", Severity.HIGH, "00000000000000ff", "https://www.reuters.com/x", "\uff2b\uff23\uff2e\uff21\uff37");
        assertFalse(matches(sub(Severity.LOW, List.of(), List.of(), List.of(), List.of("KCNA")), a));
    }

    @Test
    void pausedSubscriptionsReceiveNothing() {
        Subscription s = sub(Severity.LOW, List.of(), List.of(), List.of(), List.of());
        Subscription paused = new Subscription(s.id(), s.name(), s.url(), s.format(), s.minSeverity(), s.categories(), s.languages(),
                s.sources(), s.keywords(), true, s.secrets(), s.createdAt(), s.updatedAt());
        assertFalse(matches(paused, high));
    }
    @Test
    void oneWordKeywordsFoundThroughTheWordSetAgreeWithTheScan() {
        String text = Matcher.normalize("Kimchi in Kim's Pyongyang: 2025-07 talks; Kursk\nregion, c++ and «Kim» (x86_64) Ünïcode 北朝鮮 kim"
                + " 与putin会谈 seoul북한 moscowの");
        Matcher.Searchable searchable = new Matcher.Searchable(text, true);
        for (String k : List.of("kim", "kimchi", "kims", "pyongyang", "2025", "07", "2025-07", "kursk region", "c++", "c", "x86",
                "x86_64", "64", "ünïcode", "北朝鮮", "北朝", "talks;", "region,", "s", "", "putin", "与putin", "seoul", "북한", "moscow")) {
            assertEquals(Matcher.containsPhrase(text, k), searchable.containsPhrase(k), k);
        }
        assertTrue(searchable.containsPhrase("kim"));
        assertFalse(searchable.containsPhrase("kims"));
    }

    @Test
    void keywordsInScriptsWithoutSpacesMatchInsideRunsAndKoreanKeywordsTakeParticles() {
        String zh = Matcher.normalize("俄罗斯与朝鲜签署全面战略伙伴关系条约");
        String ja = Matcher.normalize("ロシアと北朝鮮が条約に署名した");
        String ko = Matcher.normalize("러시아와 북한은 조약을 체결했다. 남북한관계");
        for (String[] c : new String[][] {{zh, "朝鲜"}, {zh, "俄罗斯"}, {ja, "北朝鮮"}, {ja, "ロシア"}, {ko, "북한"}, {ko, "러시아"}}) {
            assertTrue(Matcher.containsPhrase(c[0], c[1]), c[1]);
            assertTrue(new Matcher.Searchable(c[0], true).containsPhrase(c[1]), c[1]);
        }
        // A Korean keyword still starts a word: "북한" is not found inside "남북한관계".
        assertFalse(Matcher.containsPhrase(Matcher.normalize("남북한관계"), "북한"));
        assertFalse(Matcher.containsPhrase(Matcher.normalize("Pyongyangese"), "pyongyang"));
    }
}
