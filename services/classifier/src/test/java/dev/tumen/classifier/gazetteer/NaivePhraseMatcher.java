package dev.tumen.classifier.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A slow matcher that is plainly right, to check {@link PhraseMatcher}'s automaton against: it reads every key forward
 * from every position of the folded text. Same spec syntax (it parses with {@link PhraseMatcher.Phrase#parse}), same
 * hits, in the same order: by end offset, then longer keys first, then in dictionary order.
 */
final class NaivePhraseMatcher<T> {
    private final List<PhraseMatcher.Phrase<T>> phrases = new ArrayList<>();
    private final Map<String, List<Integer>> idsByKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    private record Candidate(int endFed, int keyLength, int id) {
    }

    NaivePhraseMatcher(Map<String, T> specs) {
        specs.forEach((spec, value) -> {
            PhraseMatcher.Phrase<T> p = PhraseMatcher.Phrase.parse(spec, value);
            if (!p.key().isEmpty()) {
                idsByKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(phrases.size());
                phrases.add(p);
                for (int l = 1; l <= p.key().length(); l++) {
                    prefixes.add(p.key().substring(0, l));
                }
            }
        });
    }

    List<PhraseMatcher.Hit<T>> findAll(String text) {
        // the text as the automaton is fed it: folded, a run of spaces once, none leading; with each one's offset
        StringBuilder fed = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = TextFold.fold(text.charAt(i));
            boolean repeat = c == ' ' && (fed.length() == 0 || fed.charAt(fed.length() - 1) == ' ');
            if (!repeat) {
                fed.append(c);
                at.add(i);
            }
        }
        List<Candidate> found = new ArrayList<>();
        for (int s = 0; s < fed.length(); s++) {
            for (int e = s + 1; e <= fed.length() && prefixes.contains(fed.substring(s, e)); e++) {
                for (int id : idsByKey.getOrDefault(fed.substring(s, e), List.of())) {
                    found.add(new Candidate(e, e - s, id));
                }
            }
        }
        found.sort(Comparator.comparingInt(Candidate::endFed).thenComparing(Comparator.comparingInt(Candidate::keyLength).reversed())
                .thenComparingInt(Candidate::id));
        List<PhraseMatcher.Hit<T>> hits = new ArrayList<>();
        for (Candidate f : found) {
            PhraseMatcher.Phrase<T> p = phrases.get(f.id());
            int start = at.get(f.endFed() - f.keyLength());
            int keyEnd = at.get(f.endFed() - 1) + 1;
            int end = p.tail() == null ? keyEnd : tailEnd(text, keyEnd, p.tail());
            boolean startOk = !p.checkStart() || start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
            boolean endOk = end >= 0 && (!p.checkEnd() || end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || TextFold.isHangul(text.charAt(end)) && !TextFold.isHangul(text.charAt(end - 1)));
            if (startOk && endOk) {
                hits.add(new PhraseMatcher.Hit<>(start, end, p.value(), p.weak()));
            }
        }
        hits.sort(Comparator.comparingInt(PhraseMatcher.Hit::end));
        return hits;
    }

    /** Where {@code tail} read from {@code from} ends: {@code *} any letters and digits, a space one or more spaces. */
    private static int tailEnd(String text, int from, String tail) {
        int i = from;
        for (char t : tail.toCharArray()) {
            if (t == '*') {
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            int before = i;
            while (i < text.length() && TextFold.fold(text.charAt(i)) == t && (t == ' ' || i == before)) {
                i++;
            }
            if (i == before) {
                return -1;
            }
        }
        return i;
    }
}
