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

    /** The trie while it is built; {@link #PhraseMatcher} flattens it into the arrays below and drops it. */
    private static final class Node {
        char[] keys = new char[0];
        Node[] children = new Node[0];
        Node fail;
        int[] outputs = new int[0];
        int state;

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

    /*
     * The automaton as arrays, states numbered breadth first (the root is 0): matching a 30 KB page walks one state
     * per character, and with a node object a state, a binary search in it and a failure chain through others, that
     * walk was a third of the classifier's CPU. State s's edges are edgeChars/edgeTargets[edgeFrom[s] .. edgeFrom[s + 1])
     * sorted by character, its phrases (its own, then its failure state's) outIds[outFrom[s] .. outFrom[s + 1]).
     * The root, where most characters of a text land, answers from a table in 256-character pages instead.
     */
    private static final int LINEAR = 8;
    private final int[] edgeFrom;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] fail;
    private final int[] outFrom;
    private final int[] outIds;
    private final int[][] rootPages = new int[256][];
    private final List<Phrase<T>> phrases;
    private final int[] keyLength;
    /** At least the longest key: only that many fed characters back are ever looked up, so their offsets can rotate. */
    private final int ringMask;

    private PhraseMatcher(List<Phrase<T>> phrases) {
        this.phrases = List.copyOf(phrases);
        Node root = new Node();
        keyLength = new int[this.phrases.size()];
        int longest = 1;
        for (int id = 0; id < this.phrases.size(); id++) {
            Node n = root;
            String key = this.phrases.get(id).key();
            for (char c : key.toCharArray()) {
                n = n.addChild(c);
            }
            n.outputs = append(n.outputs, id);
            keyLength[id] = key.length();
            longest = Math.max(longest, key.length());
        }
        ringMask = Integer.highestOneBit(longest) * 2 - 1;
        List<Node> order = linkFailures(root);
        int states = order.size();
        int edges = 0;
        int outs = 0;
        for (Node n : order) {
            edges += n.keys.length;
            outs += n.outputs.length;
        }
        edgeFrom = new int[states + 1];
        edgeChars = new char[edges];
        edgeTargets = new int[edges];
        fail = new int[states];
        outFrom = new int[states + 1];
        outIds = new int[outs];
        int e = 0;
        int o = 0;
        for (int s = 0; s < states; s++) {
            Node n = order.get(s);
            edgeFrom[s] = e;
            for (int i = 0; i < n.keys.length; i++, e++) {
                edgeChars[e] = n.keys[i];
                edgeTargets[e] = n.children[i].state;
            }
            fail[s] = n.fail == null ? 0 : n.fail.state;
            outFrom[s] = o;
            System.arraycopy(n.outputs, 0, outIds, o, n.outputs.length);
            o += n.outputs.length;
        }
        edgeFrom[states] = e;
        outFrom[states] = o;
        for (int i = 0; i < root.keys.length; i++) {
            char c = root.keys[i];
            int[] page = rootPages[c >>> 8];
            if (page == null) {
                page = new int[256];
                rootPages[c >>> 8] = page;
            }
            page[c & 0xff] = root.children[i].state;
        }
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

    /** Links failure states and merges their outputs; returns the nodes breadth first, each numbered by its place. */
    private static List<Node> linkFailures(Node root) {
        List<Node> order = new ArrayList<>();
        root.state = 0;
        order.add(root);
        ArrayDeque<Node> queue = new ArrayDeque<>();
        for (Node c : root.children) {
            c.fail = root;
            c.state = order.size();
            order.add(c);
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
                child.state = order.size();
                order.add(child);
                queue.add(child);
            }
        }
        return order;
    }

    /** The state reached from {@code state} (not the root) on {@code c}, or -1 when it has no such edge. */
    private int child(int state, char c) {
        int lo = edgeFrom[state];
        int hi = edgeFrom[state + 1];
        if (hi - lo <= LINEAR) {
            for (int k = lo; k < hi; k++) {
                char k2 = edgeChars[k];
                if (k2 == c) {
                    return edgeTargets[k];
                }
                if (k2 > c) {
                    return -1;
                }
            }
            return -1;
        }
        hi--;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = edgeChars[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return edgeTargets[mid];
            }
        }
        return -1;
    }

    private int fromRoot(char c) {
        int[] page = rootPages[c >>> 8];
        return page == null ? 0 : page[c & 0xff];
    }

    /** Every occurrence, overlapping ones included, in order of end offset. */
    public List<Hit<T>> findAll(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        int n = text.length();
        boolean unordered = false;
        // original offset of the k-th character fed to the automaton (runs of spaces are fed once), k modulo the ring
        int[] fedAt = new int[ringMask + 1];
        int fed = 0;
        int state = 0;
        char prev = ' ';
        for (int i = 0; i < n; i++) {
            char c = TextFold.fold(text.charAt(i));
            if (c == ' ' && prev == ' ') {
                continue;
            }
            prev = c;
            fedAt[fed++ & ringMask] = i;
            int next = -1;
            while (state != 0 && (next = child(state, c)) < 0) {
                state = fail[state];
            }
            state = state == 0 ? fromRoot(c) : next;
            for (int o = outFrom[state], last = outFrom[state + 1]; o < last; o++) {
                int id = outIds[o];
                Phrase<T> p = phrases.get(id);
                int start = fedAt[(fed - keyLength[id]) & ringMask];
                int end = i + 1;
                if (p.checkStart() && start > 0 && TextFold.isWordChar(text.charAt(start - 1))) {
                    continue;
                }
                if (p.tail() != null) {
                    end = matchTail(text, end, p.tail());
                    if (end < 0) {
                        continue;
                    }
                    unordered = true;
                }
                if (p.checkEnd() && end < n && TextFold.isWordChar(text.charAt(end))) {
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
                while (i < n && TextFold.isWordChar(text.charAt(i))) {
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

    private static int[] append(int[] a, int v) {
        int[] r = Arrays.copyOf(a, a.length + 1);
        r[a.length] = v;
        return r;
    }
}
