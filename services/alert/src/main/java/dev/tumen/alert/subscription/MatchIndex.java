package dev.tumen.alert.subscription;

import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Subscription;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The active subscriptions arranged for matching one article against all of them: those whose keywords are all single
 * words (almost all) are found through the article's words, the rest are checked one by one. The answer is exactly
 * {@link Matcher#matches} over the list, in the list's order.
 *
 * <p>Why: with 1,000 subscriptions, checking each against every article (normalising its keywords each time) was the
 * largest single piece of the alert's CPU in the failing-receivers bench (13 % of its Java samples, a third of the
 * articles loop). Built once per change of the subscriptions, read by one thread at a time per article.
 */
public final class MatchIndex {
    private final List<Subscription> subscriptions;
    /** Each subscription with its keywords and sources normalised once, not for every article. */
    private final Matcher.Prepared[] prepared;
    /** Single-word keyword → the subscriptions (positions in the list) with it, for subscriptions with only such keywords. */
    private final Map<String, int[]> byWord;
    /** Subscriptions without keywords or with a phrase or an unspaced-script keyword: checked each time. */
    private final int[] scanned;

    /** @param subscriptions an unmodifiable list, kept as it is (the store knows its index by it) */
    public MatchIndex(List<Subscription> subscriptions) {
        this(subscriptions, null);
    }

    /**
     * The same, reusing what {@code previous} prepared for the subscriptions it holds unchanged (the same instances):
     * a change of one subscription normalises that one's keywords, not every subscription's again.
     */
    public MatchIndex(List<Subscription> subscriptions, MatchIndex previous) {
        this.subscriptions = subscriptions;
        this.prepared = new Matcher.Prepared[subscriptions.size()];
        Map<Subscription, Matcher.Prepared> before = new IdentityHashMap<>();
        if (previous != null) {
            for (Matcher.Prepared p : previous.prepared) {
                before.put(p.subscription(), p);
            }
        }
        Map<String, List<Integer>> words = new HashMap<>();
        List<Integer> scan = new ArrayList<>();
        for (int i = 0; i < this.subscriptions.size(); i++) {
            Matcher.Prepared reused = before.get(this.subscriptions.get(i));
            prepared[i] = reused != null ? reused : Matcher.Prepared.of(this.subscriptions.get(i));
            List<String> keywords = this.subscriptions.get(i).keywords();
            List<String> normal = prepared[i].keywords();
            if (keywords.isEmpty() || !normal.stream().allMatch(Matcher::isWord)) {
                scan.add(i);
                continue;
            }
            for (String k : normal.stream().distinct().toList()) {
                words.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
            }
        }
        this.byWord = new HashMap<>();
        words.forEach((k, v) -> byWord.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.scanned = scan.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The list this index was built from, the same instance. */
    public List<Subscription> subscriptions() {
        return subscriptions;
    }

    /** The subscriptions {@code article} is for, in the list's order; {@code text} is {@link Matcher#searchable}. */
    public List<Subscription> matching(ArticleLabelled article, Matcher.Searchable text) {
        BitSet candidates = new BitSet(subscriptions.size());
        for (int i : scanned) {
            candidates.set(i);
        }
        if (!byWord.isEmpty()) {
            java.util.Set<String> present = text.words();
            if (present.size() < byWord.size()) {
                for (String w : present) {
                    mark(candidates, byWord.get(w));
                }
            } else {
                byWord.forEach((w, subs) -> {
                    if (present.contains(w)) {
                        mark(candidates, subs);
                    }
                });
            }
        }
        List<Subscription> out = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            // A candidate found through its word passes the keyword filter already; the full check repeats that one
            // lookup and applies the others (severity, categories, languages, sources, paused).
            if (Matcher.matches(prepared[i], article, text)) {
                out.add(subscriptions.get(i));
            }
        }
        return out;
    }

    private static void mark(BitSet candidates, int[] subs) {
        if (subs != null) {
            for (int i : subs) {
                candidates.set(i);
            }
        }
    }
}
