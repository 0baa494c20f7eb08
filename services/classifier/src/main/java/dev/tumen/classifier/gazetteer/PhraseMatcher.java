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
     * The automaton in one int array. Matching a 30 KB page walks one state per character, and a state spread over
     * several arrays (edges, failure, phrases) cost a cache miss in each: a state is one block here, its header
     * [failure, edge count | phrase count << 16, first phrase in outIds] then its edges as (class, target) pairs
     * sorted by class, a state being named by its block's offset (the root's is 0). Characters are read as classes:
     * one table load folds a text's character and numbers it among the characters the keys hold (0: none of them,
     * so the walk is back at the root without a lookup; 1: a space). The root and the states with more than LINEAR
     * edges (the few that most walks pass through) come first, below rowStates, and own a full row of the DFA in
     * rows (its start in the block's fourth slot, failures already followed), so at them a step is one load; from the
     * others a step scans a few edges and falls back along the failure links. A state's phrases, its own then its
     * failure state's, are in outIds.
     */
    private static final int LINEAR = 8;
    private static final char NONE = 0;
    private static final char SPACE = 1;
    private static final int HEADER = 3;
    /** A text character's class: its folding's place among the keys' characters (see above). */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int[] trie;
    private final int rowStates;
    private final int[] rows;
    private final int[] outIds;
    private final Phrase<T>[] phrases;
    private final int[] keyLength;
    /** At least the longest key: only that many fed characters back are ever looked up, so their offsets can rotate. */
    private final int ringMask;

    @SuppressWarnings("unchecked")
    private PhraseMatcher(List<Phrase<T>> phrases) {
        this.phrases = phrases.toArray(new Phrase[0]);
        char[] classOfFolded = new char[Character.MAX_VALUE + 1];
        classOfFolded[' '] = SPACE;
        int classes = SPACE + 1;
        Node root = new Node();
        keyLength = new int[this.phrases.length];
        int longest = 1;
        for (int id = 0; id < this.phrases.length; id++) {
            Node n = root;
            String key = this.phrases[id].key();
            for (char c : key.toCharArray()) {
                if (classOfFolded[c] == NONE) {
                    classOfFolded[c] = (char) classes++;
                }
                n = n.addChild(classOfFolded[c]);
            }
            n.outputs = append(n.outputs, id);
            keyLength[id] = key.length();
            longest = Math.max(longest, key.length());
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            classOf[c] = classOfFolded[TextFold.fold((char) c)];
        }
        ringMask = Integer.highestOneBit(longest) * 2 - 1;
        List<Node> order = linkFailures(root);
        // blocks: the states with rows first (the root at 0), then the rest depth first, so that reading on along a
        // key reads on in memory
        List<Node> laidOut = new ArrayList<>(order.size());
        for (Node n : order) {
            if (n == root || n.keys.length > LINEAR) {
                laidOut.add(n);
            }
        }
        List<Node> rest = new ArrayList<>();
        ArrayDeque<Node> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n != root && n.keys.length <= LINEAR) {
                rest.add(n);
            }
            for (int i = n.children.length - 1; i >= 0; i--) {
                stack.push(n.children[i]);
            }
        }
        int size = 0;
        int outs = 0;
        for (Node n : laidOut) {
            n.state = size;
            size += HEADER + 1;
            outs += n.outputs.length;
        }
        rowStates = size;
        for (Node n : rest) {
            n.state = size;
            size += HEADER + 2 * n.keys.length;
            outs += n.outputs.length;
        }
        laidOut.addAll(rest);
        trie = new int[size];
        outIds = new int[outs];
        rows = new int[(laidOut.size() - rest.size()) * classes];
        int o = 0;
        int row = 0;
        for (Node n : laidOut) {
            int s = n.state;
            trie[s] = n.fail == null ? 0 : n.fail.state;
            trie[s + 2] = o;
            System.arraycopy(n.outputs, 0, outIds, o, n.outputs.length);
            o += n.outputs.length;
            if (s < rowStates) {
                trie[s + 1] = n.outputs.length << 16;
                trie[s + HEADER] = row;
                for (char k = 0; k < classes; k++) {
                    rows[row + k] = next(root, n, k);
                }
                row += classes;
            } else {
                trie[s + 1] = n.keys.length | n.outputs.length << 16;
                for (int i = 0; i < n.keys.length; i++) {
                    trie[s + HEADER + 2 * i] = n.keys[i];
                    trie[s + HEADER + 2 * i + 1] = n.children[i].state;
                }
            }
        }
    }

    /** The state {@code from} moves to on class {@code k}, failure links followed, as a block offset. */
    private static int next(Node root, Node from, char k) {
        for (Node n = from; n != null; n = n.fail) {
            Node c = n.child(k);
            if (c != null) {
                return c.state;
            }
        }
        return root.state;
    }

    /** Builds a matcher from (phrase spec, value) pairs; see {@link Phrase} for the spec syntax. */
    public static <T> PhraseMatcher<T> of(Map<String, T> specs) {
        List<Phrase<T>> list = new ArrayList<>();
        specs.forEach((spec, value) -> addParsed(list, spec, value));
        return new PhraseMatcher<>(list);
    }

    public int size() {
        return phrases.length;
    }

    /** Links failure states and merges their outputs; returns the nodes breadth first. */
    private static List<Node> linkFailures(Node root) {
        List<Node> order = new ArrayList<>();
        order.add(root);
        ArrayDeque<Node> queue = new ArrayDeque<>();
        for (Node c : root.children) {
            c.fail = root;
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
                order.add(child);
                queue.add(child);
            }
        }
        return order;
    }

    /** The state {@code state} moves to on class {@code k}: failure links followed until a row or an edge answers. */
    private int step(int state, char k) {
        int[] t = trie;
        while (state >= rowStates) {
            for (int e = state + HEADER, end = e + 2 * (t[state + 1] & 0xffff); e < end; e += 2) {
                int c = t[e];
                if (c == k) {
                    return t[e + 1];
                }
                if (c > k) {
                    break;
                }
            }
            state = t[state];
        }
        return rows[t[state + HEADER] + k];
    }

    /** Every occurrence, overlapping ones included, in order of end offset. */
    public List<Hit<T>> findAll(CharSequence text) {
        List<Hit<T>> hits = new ArrayList<>();
        walk(text, phrases.length, hits, null);
        return hits;
    }

    /**
     * One walk for two dictionaries: the hits of phrases below {@code split} go to {@code first}, the others to
     * {@code second}, each list as {@link #findAll} of its own dictionary gives it. A text position's phrases come
     * longest first, equal keys in the order they were added, in an automaton of one dictionary as of both, so each
     * list keeps its order; a list is sorted by end only when one of its own phrases had a tail.
     */
    private void walk(CharSequence text, int split, List<Hit<T>> first, List<Hit<T>> second) {
        int n = text.length();
        boolean firstUnordered = false;
        boolean secondUnordered = false;
        // original offset of the k-th character fed to the automaton (runs of spaces are fed once), k modulo the ring
        int[] fedAt = new int[ringMask + 1];
        int fed = 0;
        int state = 0;
        char prev = SPACE;
        for (int i = 0; i < n; i++) {
            char k = classOf[text.charAt(i)];
            if (k == SPACE && prev == SPACE) {
                continue;
            }
            prev = k;
            fedAt[fed++ & ringMask] = i;
            if (k == NONE) {
                // no key holds the character: every failure chain ends at the root, which has no edge on it
                state = 0;
                continue;
            }
            state = step(state, k);
            int outs = trie[state + 1] >>> 16;
            for (int o = trie[state + 2], last = o + outs; o < last; o++) {
                int id = outIds[o];
                Phrase<T> p = phrases[id];
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
                    if (id < split) {
                        firstUnordered = true;
                    } else {
                        secondUnordered = true;
                    }
                }
                // Korean attaches its particles to a foreign word as to its own ("KN-23으로", "ATACMS를"): Hangul right
                // after a Latin, Cyrillic or digit ending ends the word
                if (p.checkEnd() && end < n && TextFold.isWordChar(text.charAt(end))
                        && !(TextFold.isHangul(text.charAt(end)) && !TextFold.isHangul(text.charAt(end - 1)))) {
                    continue;
                }
                (id < split ? first : second).add(new Hit<>(start, end, p.value(), p.weak()));
            }
        }
        if (firstUnordered) {
            first.sort(Comparator.comparingInt(Hit<T>::end));
        }
        if (secondUnordered) {
            second.sort(Comparator.comparingInt(Hit<T>::end));
        }
    }

    /**
     * Two dictionaries in one automaton, for a text that both are looked up in: one walk instead of two, each
     * dictionary's hits exactly as its own matcher finds them ({@link #walk}).
     */
    public static final class Both<A, B> {
        private final PhraseMatcher<Object> matcher;
        private final int split;

        private Both(PhraseMatcher<Object> matcher, int split) {
            this.matcher = matcher;
            this.split = split;
        }

        /** Each dictionary's hits, as {@link #findAll} gives them. */
        @SuppressWarnings("unchecked")
        public Hits<A, B> findAll(CharSequence text) {
            List<Hit<Object>> first = new ArrayList<>();
            List<Hit<Object>> second = new ArrayList<>();
            matcher.walk(text, split, first, second);
            return new Hits<>((List<Hit<A>>) (List<?>) first, (List<Hit<B>>) (List<?>) second);
        }
    }

    /**
     * A dictionary's own matcher, built at its first use: the labeller walks each dictionary inside a {@link Both}, so
     * only the callers that look one up alone (tests, the rule-support tool) pay for building it, not every start.
     */
    public static final class Lazy<T> {
        private final Map<String, T> specs;
        private volatile PhraseMatcher<T> matcher;

        public Lazy(Map<String, T> specs) {
            this.specs = specs;
        }

        public PhraseMatcher<T> get() {
            PhraseMatcher<T> m = matcher;
            if (m == null) {
                // two threads may both build it: the same matcher either way
                m = of(specs);
                matcher = m;
            }
            return m;
        }
    }

    /** The hits of each dictionary of a {@link Both}. */
    public record Hits<A, B>(List<Hit<A>> first, List<Hit<B>> second) {
    }

    /** Builds one matcher for two dictionaries (phrase spec to value, as {@link #of}). */
    public static <A, B> Both<A, B> both(Map<String, A> first, Map<String, B> second) {
        List<Phrase<Object>> list = new ArrayList<>();
        first.forEach((spec, value) -> addParsed(list, spec, value));
        int split = list.size();
        second.forEach((spec, value) -> addParsed(list, spec, value));
        return new Both<>(new PhraseMatcher<>(list), split);
    }

    private static <T> void addParsed(List<Phrase<T>> list, String spec, T value) {
        Phrase<T> p = Phrase.parse(spec, value);
        if (!p.key().isEmpty()) {
            list.add(p);
        }
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
        return longest(findAll(text));
    }

    /** The leftmost-longest of {@code all} ({@link #findAll}'s hits), as {@link #findLongest}; sorts {@code all}. */
    public static <T> List<Hit<T>> longest(List<Hit<T>> all) {
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
