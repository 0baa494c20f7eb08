package dev.tumen.classifier.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Splits text into sentence spans; good enough for news prose in en/ru/uk/ko/de/zh/ja, including sentences glued without a space. */
public final class Sentences {
    /** A sentence at {@code [start, end)} of the text it was split from. */
    public record Span(int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "sgt", "st", "no", "vs", "jr", "sr", "prof", "sen", "rep",
            "gov", "inc", "co", "corp", "ltd", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "u.n", "e.g", "i.e",
            "т.е", "т.д", "т.п", "г", "гг", "им", "ул", "чел", "млн", "млрд", "тыс", "св", "ген",
            // Ukrainian and German counts and dates: "1 тис. саперів", "2024 р.", "5 Mio. Euro"
            "тис", "р", "рр", "вул", "ім", "грн", "mio", "mrd", "bzw", "ca", "nr", "vgl");

    private Sentences() {
    }

    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(out, text, start, i);
                start = i + 1;
                continue;
            }
            if (c != '.' && c != '!' && c != '?' && c != '。' && c != '…' && c != '！' && c != '？') {
                continue;
            }
            int j = i + 1;
            while (j < n && "\"'”’»)]」』）".indexOf(text.charAt(j)) >= 0) {
                j++;
            }
            if (j >= n) {
                break;
            }
            char next = text.charAt(j);
            boolean spaced = Character.isWhitespace(next);
            boolean glued = Character.isUpperCase(next) && c == '.' && j == i + 1;
            // Chinese and Japanese put no space after a full stop
            boolean fullWidth = c == '。' || c == '！' || c == '？';
            if (!spaced && !glued && !fullWidth && !(j > i + 1)) {
                continue;
            }
            // 0.42.0: a quote mark right between an ellipsis and a word opens a quotation, the deck of a headline
            // ("한러 항공노선 복원 논의…\"북러 군사협력이 변수\""), so the line goes on
            if (c == '…' && !spaced && j > i + 1 && Character.isLetterOrDigit(next)) {
                continue;
            }
            if (c == '.' && (isAbbreviation(text, start, i) || germanDay(text, start, i, j))) {
                continue;
            }
            add(out, text, start, j);
            start = j;
            i = j - 1;
        }
        add(out, text, start, n);
        return out;
    }

    /** German writes a day of the month with a full stop ("am 3. Juni", "vom 1. bis 10. Juni"): no sentence ends there. */
    private static boolean germanDay(String text, int from, int dot, int next) {
        int k = dot;
        while (k > from && Character.isDigit(text.charAt(k - 1))) {
            k--;
        }
        if (dot - k < 1 || dot - k > 2 || k > from && Character.isLetterOrDigit(text.charAt(k - 1))) {
            return false;
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        int end = next;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String word = text.substring(next, end);
        // a range or pair of days ("vom 1. bis 10. Dezember", "zwischen dem 1. und dem 10."): the month comes after the
        // last day only, and a sentence never opens with these words in lower case
        return GERMAN_MONTHS.contains(word) || DAY_JOINERS.contains(word);
    }

    private static final Set<String> DAY_JOINERS = Set.of("bis", "und", "oder");

    private static final Set<String> GERMAN_MONTHS = Set.of("Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli",
            "August", "September", "Oktober", "November", "Dezember");

    private static boolean isAbbreviation(String text, int from, int dot) {
        int k = dot;
        while (k > from && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != '(') {
            k--;
        }
        String word = text.substring(k, dot);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return Character.isUpperCase(word.charAt(0)) || word.charAt(0) == 'г' || word.charAt(0) == 'р';
        }
        if (word.length() >= 2 && word.charAt(word.length() - 2) == '.') {
            return true; // U.S. / U.N. / D.C.
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<Span> out, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start >= 2) {
            out.add(new Span(start, end));
        }
    }
}
