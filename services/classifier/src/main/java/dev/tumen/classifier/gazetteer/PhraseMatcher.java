package dev.tumen.classifier.gazetteer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Aho–Corasick matching of many phrases in one pass over a text, with per-phrase word-boundary rules.
 * Written here rather than taken from a library because each phrase needs its own boundary rule: Latin and
 * Cyrillic phrases must start and end on word boundaries (or end anywhere when they are stems, for Russian
 * inflection), while Korean phrases must not check the end, since particles attach to the noun (러시아와, 북한의).
 * Immutable once built, hence safe to share between threads.
 *
 * @param <T> the value a phrase stands for
 */
public final class PhraseMatcher<T> {

    /** A phrase occurrence: {@code [start, end)} in the original text. */
    public record Hit<T>(int start, int end, T value, boolean weak) {
        public int length() {
            return end - start;
        }
    }

    /**
     * One dictionary phrase. Syntax: a trailing {@code *} makes it a stem (any word ending may follow), a leading
     * {@code ~} makes it weak (ambiguous alone; the caller decides whether to keep it), a leading {@code ^} or
     * trailing {@code $} forces a boundary check on that side even for Korean. A {@code *} inside a phrase
     * ("всеобъемлющ* стратегическ* партнерств*") stems that word too: Russian inflects every word of a phrase, so
     * the automaton finds the first stem and {@code tail} (the rest, {@code *} meaning "any word ending") is
     * checked in place. A leading {@code *} lets the phrase end a compound ("*granaten" in "Artilleriegranaten"):
     * German joins nouns into one word, and the last one names the thing.
     */
    record Phrase<T>(String key, String tail, T value, boolean checkStart, boolean checkEnd, boolean weak) {
        static <T> Phrase<T> parse(String spec, T value) {
            String s = spec.strip();
            boolean weak = s.startsWith("~");
            if (weak) {
                s = s.substring(1);
            }
            boolean forceStart = s.startsWith("^");
            if (forceStart) {
                s = s.substring(1);
            }
            boolean compoundEnd = !forceStart && s.startsWith("*");
            if (compoundEnd) {
                s = s.substring(1);
            }
            boolean stem = s.endsWith("*");
            if (stem) {
                s = s.substring(0, s.length() - 1);
            }
            boolean forceEnd = s.endsWith("$");
            if (forceEnd) {
                s = s.substring(0, s.length() - 1);
            }
            String key = TextFold.foldPhrase(s);
            String tail = null;
            int inner = key.indexOf('*');
            if (inner >= 0) {
                tail = key.substring(inner);
                key = key.substring(0, inner);
            }
            boolean korean = !key.isEmpty() && TextFold.isCjk(key.charAt(0));
            String last = tail == null ? key : tail;
            boolean koreanEnd = !last.isEmpty() && TextFold.isCjk(last.charAt(last.length() - 1));
            return new Phrase<>(key, tail, value, !compoundEnd && (forceStart || !korean), !stem && (forceEnd || !koreanEnd), weak);
        }
    }

    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        Node fail;
        int[] outputs = new int[0];

        Node child(char c) {
            int i = Arrays.binarySearch(keys, c);
            return i >= 0 ? children[i] : null;
        }

        Node addChild(char c) {
            int i = Arrays.binarySearch(keys, c);
            if (i >= 0) {
                return children[i];
            }
            int at = -i - 1;
            Node n = new Node();
            keys = insert(keys, at, c);
            Node[] nc = new Node[children.length + 1];
            System.arraycopy(children, 0, nc, 0, at);
            nc[at] = n;
            System.arraycopy(children, at, nc, at + 1, children.length - at);
            children = nc;
            return n;
        }

        private static char[] insert(char[] a, int at, char c) {
            char[] r = new char[a.length + 1];
            System.arraycopy(a, 0, r, 0, at);
            r[at] = c;
            System.arraycopy(a, at, r, at + 1, a.length - at);
            return r;
        }
    }

    private final Node root = new Node();
    private final List<Phrase<T>> phrases;

    private PhraseMatcher(List<Phrase<T>> phrases) {
        this.phrases = List.copyOf(phrases);
        for (int id = 0; id < this.phrases.size(); id++) {
            Node n = root;
            for (char c : this.phrases.get(id).key().toCharArray()) {
                n = n.addChild(c);
            }
            n.outputs = append(n.outputs, id);
        }
        linkFailures();
    }

    /** Builds a matcher from (phrase spec, value) pairs; see {@link Phrase} for the spec syntax. */
    public static <T> PhraseMatcher<T> of(Map<String, T> specs) {
        List<Phrase<T>> list = new ArrayList<>();
        specs.forEach((spec, value) -> {
            Phrase<T> p = Phrase.parse(spec, value);
            if (!p.key().isEmpty()) {
                list.add(p);
            }
        });
        return new PhraseMatcher<>(list);
    }

    public int size() {
        return phrases.size();
    }

    private void linkFailures() {
        ArrayDeque<Node> queue = new ArrayDeque<>();
        for (Node c : root.children) {
            c.fail = root;
            queue.add(c);
        }
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            for (int i = 0; i < n.keys.length; i++) {
                char c = n.keys[i];
                Node child = n.children[i];
                Node f = n.fail;
                while (f != null && f.child(c) == null) {
                    f = f.fail;
                }
                child.fail = f == null ? root : f.child(c);
                if (child.fail.outputs.length > 0) {
                    int[] merged = Arrays.copyOf(child.outputs, child.outputs.length + child.fail.outputs.length);
                    System.arraycopy(child.fail.outputs, 0, merged, child.outputs.length, child.fail.outputs.length);
                    child.outputs = merged;
                }
                queue.add(child);
            }
        }
    }

    /** Every occurrence, overlapping ones included, in order of end offset. */
    public List<Hit<T>> findAll(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        int n = text.length();
        boolean unordered = false;
        // original offset of the k-th character fed to the automaton (runs of spaces are fed once)
        int[] fedAt = new int[n + 1];
        int fed = 0;
        Node state = root;
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = TextFold.fold(text.charAt(i));
            if (c == ' ' && prev == ' ') {
                continue;
            }
            prev = c;
            fedAt[fed++] = i;
            while (state != root && state.child(c) == null) {
                state = state.fail;
            }
            Node next = state.child(c);
            state = next == null ? root : next;
            for (int id : state.outputs) {
                Phrase<T> p = phrases.get(id);
                int start = fedAt[fed - p.key().length()];
                int end = i + 1;
                if (p.checkStart() && start > 0 && isWordChar(text.charAt(start - 1))) {
                    continue;
                }
                if (p.tail() != null) {
                    end = matchTail(text, end, p.tail());
                    if (end < 0) {
                        continue;
                    }
                    unordered = true;
                }
                if (p.checkEnd() && end < n && isWordChar(text.charAt(end))) {
                    continue;
                }
                hits.add(new Hit<>(start, end, p.value(), p.weak()));
            }
        }
        if (unordered) {
            hits.sort(Comparator.comparingInt(Hit<T>::end));
        }
        return hits;
    }

    /** Where {@code tail} ends when it matches the text at {@code from}, else -1; {@code *} takes any word ending. */
    private static int matchTail(CharSequence text, int from, String tail) {
        int n = text.length();
        int i = from;
        for (int k = 0; k < tail.length(); k++) {
            char t = tail.charAt(k);
            if (t == '*') {
                while (i < n && isWordChar(text.charAt(i))) {
                    i++;
                }
            } else if (t == ' ') {
                if (i >= n || TextFold.fold(text.charAt(i)) != ' ') {
                    return -1;
                }
                while (i < n && TextFold.fold(text.charAt(i)) == ' ') {
                    i++;
                }
            } else if (i < n && TextFold.fold(text.charAt(i)) == t) {
                i++;
            } else {
                return -1;
            }
        }
        return i;
    }

    /** Leftmost-longest occurrences that do not overlap, so "South Korea" shadows "Korea" and "조선일보" shadows "조선". */
    public List<Hit<T>> findLongest(CharSequence text) {
        List<Hit<T>> all = findAll(text);
        all.sort(Comparator.<Hit<T>>comparingInt(Hit::start).thenComparing(Comparator.comparingInt(Hit<T>::length).reversed()));
        List<Hit<T>> kept = new ArrayList<>();
        int lastEnd = -1;
        for (Hit<T> h : all) {
            if (h.start() >= lastEnd) {
                kept.add(h);
                lastEnd = h.end();
            }
        }
        return kept;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static int[] append(int[] a, int v) {
        int[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }
}
