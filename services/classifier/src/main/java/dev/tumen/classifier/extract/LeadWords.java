package dev.tumen.classifier.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The words a headline shares with the story's lead, compared by stems cheap enough for any language: the first five
 * letters of a Latin or Cyrillic word of four letters or more ("sanctions" and "sanctioned" are one), the first two
 * syllables of a Hangul word (a particle follows the stem: "러시아와", "러시아는"), and each pair of neighbouring Han or
 * katakana characters (Chinese and Japanese put no spaces between words). A page's slogan, a section's name or another
 * story's headline above the story shares next to none of them with its lead; the story's own headline shares several.
 */
final class LeadWords {
    /** How much of the lead is compared: its first paragraphs. */
    static final int LEAD_CHARS = 600;
    /** Han characters that join words rather than carry them ("的", "了", "是"): no pair holding one is a word. */
    private static final String HAN_FUNCTION = "的了是在和与與对對为為也而之其把被这這那个個";
    /**
     * Stems of the long function words of English, German, Russian and Ukrainian ("from", "since", "после", "seit"):
     * a slogan shares them with any lead.
     */
    private static final Set<String> FUNCTION_STEMS = Set.of("from", "with", "that", "this", "have", "been", "will",
            "were", "their", "they", "them", "than", "then", "there", "these", "those", "which", "what", "when", "where",
            "while", "since", "after", "about", "into", "over", "under", "more", "most", "also", "said", "says", "would",
            "could", "shoul", "other", "some", "such", "only", "just", "very", "first", "year", "years", "news", "today",
            "nicht", "eine", "einen", "einer", "eines", "sich", "nach", "über", "auch", "wird", "werde", "sind", "dass",
            "haben", "oder", "seit", "unter", "diese", "heute", "jahr", "jahre", "котор", "после", "также", "этого",
            "этом", "было", "были", "будет", "может", "более", "свою", "своей", "этой", "через", "между", "только",
            "года", "году", "новос", "сегод", "також", "після", "цього", "було", "були", "буде", "може", "більш",
            "між", "тільк", "лише", "року", "новин", "сього");

    private LeadWords() {
    }

    static Set<String> of(String text) {
        Set<String> out = new HashSet<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isHangul(c)) {
                int j = i;
                while (j < n && isHangul(text.charAt(j))) {
                    j++;
                }
                if (j - i >= 2) {
                    out.add(text.substring(i, i + 2));
                }
                i = j;
            } else if (isHanOrKatakana(c)) {
                int j = i;
                while (j < n && isHanOrKatakana(text.charAt(j))) {
                    j++;
                }
                for (int k = i; k + 1 < j; k++) {
                    if (HAN_FUNCTION.indexOf(text.charAt(k)) < 0 && HAN_FUNCTION.indexOf(text.charAt(k + 1)) < 0) {
                        out.add(text.substring(k, k + 2));
                    }
                }
                i = j;
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < n && Character.isLetter(text.charAt(j)) && !isHangul(text.charAt(j)) && !isHanOrKatakana(text.charAt(j))) {
                    j++;
                }
                if (j - i >= 4) {
                    String stem = text.substring(i, Math.min(j, i + 5)).toLowerCase(java.util.Locale.ROOT);
                    if (!FUNCTION_STEMS.contains(stem)) {
                        out.add(stem);
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    /** How many of the line's words the lead holds. */
    static int shared(String line, Set<String> lead) {
        int n = 0;
        for (String w : of(line)) {
            if (lead.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The line among the candidates that tells the lead's story when the one taken for the headline does not: the title
     * gives way only when it shares at most one word with the lead and a candidate shares two more than it, a quarter of
     * its own words at least and twice the title's share; of those, the first (a headline stands above its standfirst).
     * Null to keep it.
     */
    static String better(String title, List<String> candidates, String lead) {
        Set<String> leadWords = of(lead.length() > LEAD_CHARS ? lead.substring(0, LEAD_CHARS) : lead);
        int titleShared = shared(title, leadWords);
        if (titleShared > 1) {
            return null;
        }
        double titleShare = share(titleShared, of(title).size());
        for (String c : candidates) {
            if (c.equals(title)) {
                continue;
            }
            int s = shared(c, leadWords);
            double cs = share(s, of(c).size());
            if (s >= 2 + titleShared && cs >= 0.25 && cs >= 2 * titleShare) {
                return c;
            }
        }
        return null;
    }

    private static double share(int shared, int words) {
        return words == 0 ? 0 : (double) shared / words;
    }

    private static boolean isHangul(char c) {
        return c >= '\uac00' && c <= '\ud7a3';
    }

    private static boolean isHanOrKatakana(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u30a0' && c <= '\u30ff' || c >= '\u3400' && c <= '\u4dbf';
    }
}
