package dev.tumen.classifier.extract.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's metric (Scrapinghub/Zyte): multisets of 4-token shingles of {@code \w+}
 * tokens, a page's tp/fp/fn normalised to sum to 1 so long pages weigh no more than short ones, precision and
 * recall averaged over pages, F1 of the two averages. A page with an empty prediction is left out of the
 * precision average but costs recall; a prediction equal to the truth counts 1 for both. Thread-safe.
 */
public final class ExtractionScore {
    static final int SHINGLE = 4;

    private ExtractionScore() {
    }

    /** One page's normalised counts; {@code exact} marks a prediction identical to the truth. */
    public record Page(double tp, double fp, double fn, boolean exact) {
        /** NaN when the prediction has no shingle: such a page does not take part in the precision average. */
        public double precision() {
            return exact ? 1 : tp + fp > 0 ? tp / (tp + fp) : Double.NaN;
        }

        /** NaN when the truth has no shingle (nothing to recall). */
        public double recall() {
            return exact ? 1 : tp + fn > 0 ? tp / (tp + fn) : Double.NaN;
        }
    }

    public record Summary(int pages, double precision, double recall, double f1) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "pages=%d P=%.4f R=%.4f F1=%.4f", pages, precision, recall, f1);
        }
    }

    public static Page page(String truth, String prediction) {
        String t = truth == null ? "" : truth;
        String p = prediction == null ? "" : prediction;
        if (t.equals(p)) {
            return new Page(t.isEmpty() ? 0 : 1, 0, 0, true);
        }
        Map<List<String>, Integer> want = shingles(tokens(t));
        Map<List<String>, Integer> got = shingles(tokens(p));
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : got.entrySet()) {
            int w = want.getOrDefault(e.getKey(), 0);
            tp += Math.min(w, e.getValue());
            fp += Math.max(0, e.getValue() - w);
        }
        for (Map.Entry<List<String>, Integer> e : want.entrySet()) {
            fn += Math.max(0, e.getValue() - got.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        return sum > 0 ? new Page(tp / sum, fp / sum, fn / sum, false) : new Page(0, 0, 0, false);
    }

    public static Summary summarise(Collection<Page> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (Page page : pages) {
            if (!Double.isNaN(page.precision())) {
                p += page.precision();
                np++;
            }
            if (!Double.isNaN(page.recall())) {
                r += page.recall();
                nr++;
            }
        }
        double precision = np == 0 ? 0 : p / np;
        double recall = nr == 0 ? 0 : r / nr;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(pages.size(), precision, recall, f1);
    }

    /**
     * Runs of word characters as Python's {@code re} {@code \w} (Unicode) defines them: letters, numbers of any
     * kind and the underscore. Java's {@code \w} with UNICODE_CHARACTER_CLASS also takes combining marks, which
     * would split Devanagari or Thai words differently from the published figures.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWord(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isWord(int cp) {
        if (cp == '_') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Texts shorter than a shingle still give one (shorter) shingle, as the benchmark's scorer does. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - SHINGLE + 1); i++) {
            List<String> s = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE));
            if (!s.isEmpty()) {
                out.merge(List.copyOf(s), 1, Integer::sum);
            }
        }
        return out;
    }
}
