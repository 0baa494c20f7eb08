package dev.tumen.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tumen.alert.Fixtures;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchIndexTest {
    private static final List<List<String>> KEYWORDS = List.of(List.of(), List.of("pyongyang"), List.of("PYONGYANG"),
            List.of("Kimchi"), List.of("kim", "putin"), List.of("mutual  defence"), List.of("treaty in pyongyang."),
            List.of("tokenA"), List.of("tokenB", "nowhere"), List.of("tokena", "mutual defence"), List.of("朝鲜"),
            List.of("북한"), List.of("pyong"), List.of(" Kursk "), List.of("tokenc", "tokenc"));

    private static Subscription sub(int i, Random random) {
        Severity min = Severity.values()[1 + random.nextInt(Severity.values().length - 1)];
        List<Category> cats = random.nextInt(4) == 0 ? List.of(Category.values()[random.nextInt(Category.values().length)]) : List.of();
        List<String> langs = random.nextInt(5) == 0 ? List.of(random.nextBoolean() ? "en" : "ko") : List.of();
        List<String> sources = random.nextInt(6) == 0 ? List.of(random.nextBoolean() ? "feed:" : "tass") : List.of();
        return new Subscription("s" + i, "s" + i, "https://example.org/" + i, "json", min, cats, langs, sources,
                KEYWORDS.get(random.nextInt(KEYWORDS.size())), random.nextInt(10) == 0, List.of("whsec_x"), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void findsExactlyWhatCheckingEverySubscriptionFindsInTheSameOrder() {
        Random random = new Random(15);
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            subs.add(sub(i, random));
        }
        MatchIndex index = new MatchIndex(List.copyOf(subs));
        int matched = 0;
        for (String token : List.of("", "tokenA", "tokenb", "tokenC 北朝鲜 북한과", "Kursk")) {
            for (Severity severity : Severity.values()) {
                ArticleLabelled article = Fixtures.article("a-" + token + severity, severity, null, "https://x.example/1", token);
                List<Subscription> expected = subs.stream()
                        .filter(s -> Matcher.matches(s, article, Matcher.searchableText(article))).toList();
                assertEquals(expected, index.matching(article, Matcher.searchable(article)), token + " " + severity);
                matched += expected.size();
            }
        }
        // The set must exercise both paths, not only agree on empty answers.
        org.junit.jupiter.api.Assertions.assertTrue(matched > 250, "matched " + matched);
    }

    @Test
    void theStoreMakesItsIndexAgainOnlyAfterAChange() {
        SubscriptionStore store = new SubscriptionStore(new SecretBox(null, List.of(), true));
        Random random = new Random(1);
        store.apply("s1", sub(1, random));
        MatchIndex first = store.matchIndex();
        org.junit.jupiter.api.Assertions.assertSame(first, store.matchIndex());
        store.apply("s2", sub(2, random));
        org.junit.jupiter.api.Assertions.assertNotSame(first, store.matchIndex());
        assertEquals(store.active(), store.matchIndex().subscriptions());
    }

    /**
     * Keywords in compatibility form can grow eighteenfold (U+FDFA), and each candidate normalised its keywords for each
     * article: 100 subscriptions of 100 such keywords (one token's quota, each within the published limits) cost seconds
     * of CPU per article (probe of session 43, after the keywords' NFKC). The index normalises them once, as it is built.
     */
    @Test
    void keywordsAreNormalisedOnceAsTheIndexIsBuiltNotForEveryArticle() {
        List<String> heavy = new ArrayList<>();
        for (int k = 0; k < 100; k++) {
            heavy.add("\uFDFA".repeat(199) + k);
        }
        List<Subscription> subs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            subs.add(new Subscription("h" + i, "h" + i, "https://example.org/" + i, "json", Severity.LOW, List.of(), List.of(),
                    List.of(), heavy, false, List.of("whsec_x"), Instant.EPOCH, Instant.EPOCH));
        }
        MatchIndex index = new MatchIndex(List.copyOf(subs));
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        for (int a = 0; a < 10; a++) {
            ArticleLabelled article = Fixtures.article("a" + a, Severity.HIGH, "00000000000000ff", "https://www.reuters.com/x");
            assertEquals(0, index.matching(article, Matcher.searchable(article)).size());
        }
        long millis = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
        // Normalised per article: about 2 s of CPU for these 10 articles, unloaded; once: a few milliseconds.
        org.junit.jupiter.api.Assertions.assertTrue(millis < 500, millis + " ms of CPU for 10 articles");

        // a change of one subscription prepares that one again, the others are reused
        List<Subscription> changed = new ArrayList<>(subs);
        changed.set(0, new Subscription("h0", "h0", "https://example.org/0", "json", Severity.LOW, List.of(), List.of(), List.of(),
                List.of("KCNA"), false, List.of("whsec_x"), Instant.EPOCH, Instant.EPOCH));
        start = cpu.getCurrentThreadCpuTime();
        MatchIndex again = new MatchIndex(List.copyOf(changed), index);
        long rebuilt = (cpu.getCurrentThreadCpuTime() - start) / 1_000_000;
        org.junit.jupiter.api.Assertions.assertTrue(rebuilt < 100, rebuilt + " ms of CPU to index one change");
        ArticleLabelled kcna = Fixtures.article("ak", Severity.HIGH, "00000000000000ff", "https://www.reuters.com/x", "\uff2b\uff23\uff2e\uff21");
        assertEquals(List.of(changed.get(0)), again.matching(kcna, Matcher.searchable(kcna)));
    }
}
