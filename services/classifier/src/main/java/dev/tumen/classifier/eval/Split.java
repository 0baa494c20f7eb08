package dev.tumen.classifier.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deterministic tuning/blind split of a labelled file, decided before anyone looked at its items: within each
 * language ({@code lang} field), items are ordered by the SHA-256 of their {@code id} (hex) and the first eighth
 * (rounded to the nearest item) is blind. Stratifying by language keeps the few uk/zh/ja/de items on both sides.
 * Blind items are scored, never tuned on: the rule names them, so nobody has to copy their ids or text anywhere.
 *
 * <p>Until session 39 the first quarter was blind (69 of dev2's 276 items). Its figures stayed the same for four
 * sessions while every set of our own articles was fixed, so its second half (the items between the first eighth and
 * the first quarter in the same order, 33 articles) was opened to the tuning side: real articles' errors are the
 * evidence our own writing did not reproduce. The first eighth stays blind; since it is a prefix of the same order,
 * no item that was ever tuned on became blind.
 *
 * <p>A noisy copy's item ({@code d2-001-noisy}) is the same article as the clean one, so it is split by the clean id:
 * otherwise the noisy file's blind part would be other articles, three quarters of them from the clean tuning part,
 * and looking at the noisy tuning part's errors would show the clean blind part.
 */
public final class Split {
    /** Share of each language's items kept blind. */
    public static final double BLIND_SHARE = 0.125;

    /** How the noisy copies of a corpus (../shared/corpus/*-noisy.jsonl) mark their items' ids. */
    static final String NOISY_SUFFIX = "-noisy";

    /** Which items to score. */
    public enum Part {
        ALL, TUNED, BLIND;

        public static Part parse(String s) {
            return Part.valueOf(s.toUpperCase(java.util.Locale.ROOT));
        }
    }

    private Split() {
    }

    /** The ids of the blind part of the items. */
    public static Set<String> blindIds(List<Evaluate.Item> items) {
        Map<String, List<Evaluate.Item>> byLang = new LinkedHashMap<>();
        for (Evaluate.Item item : items) {
            byLang.computeIfAbsent(item.lang() == null ? "" : item.lang(), k -> new ArrayList<>()).add(item);
        }
        Set<String> blind = new HashSet<>();
        for (List<Evaluate.Item> group : byLang.values()) {
            List<Evaluate.Item> ordered = new ArrayList<>(group);
            ordered.sort(Comparator.comparing((Evaluate.Item i) -> sha256(articleId(i.id()))));
            long take = Math.round(group.size() * BLIND_SHARE);
            for (int k = 0; k < take; k++) {
                blind.add(ordered.get(k).id());
            }
        }
        return blind;
    }

    public static List<Evaluate.Item> select(List<Evaluate.Item> items, Part part) {
        if (part == Part.ALL) {
            return items;
        }
        Set<String> blind = blindIds(items);
        return items.stream().filter(i -> blind.contains(i.id()) == (part == Part.BLIND)).toList();
    }

    /** The id of the article an item holds: a noisy copy's id without its {@value #NOISY_SUFFIX} suffix. */
    static String articleId(String id) {
        return id.endsWith(NOISY_SUFFIX) ? id.substring(0, id.length() - NOISY_SUFFIX.length()) : id;
    }

    static String sha256(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder(64);
            for (byte b : d) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
