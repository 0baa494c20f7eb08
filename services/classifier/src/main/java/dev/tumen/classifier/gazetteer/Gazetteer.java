package dev.tumen.classifier.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people, bodies, outlets, places and countries of both sides (and the look-alikes that must not count,
 * such as South Korea), in English, Russian, Korean and German spellings, loaded from
 * {@code gazetteer/entities.tsv}. Thread-safe.
 */
public final class Gazetteer {
    public static final String RESOURCE = "gazetteer/entities.tsv";

    private final Map<String, Entity> specs;
    private final PhraseMatcher.Lazy<Entity> matcher;

    public Gazetteer() {
        this(RESOURCE);
    }

    Gazetteer(String resource) {
        Map<String, Entity> specs = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows(resource)) {
            if (row.length < 5) {
                throw new IllegalStateException(resource + ": expected 5 columns, got " + String.join(" | ", row));
            }
            Set<String> roles = new HashSet<>();
            for (String r : row[3].split(",")) {
                if (!r.isBlank() && !r.equals("-")) {
                    roles.add(r.strip());
                }
            }
            Entity e = new Entity(row[0], Party.valueOf(row[1].toUpperCase(Locale.ROOT)), row[2], Set.copyOf(roles));
            for (String v : TsvResource.variants(row[4])) {
                Entity previous = specs.putIfAbsent(v, e);
                if (previous != null && !previous.equals(e)) {
                    throw new IllegalStateException(resource + ": variant '" + v + "' listed for both " + previous.name() + " and " + e.name());
                }
            }
        }
        this.specs = java.util.Collections.unmodifiableMap(specs);
        this.matcher = new PhraseMatcher.Lazy<>(this.specs);
    }

    /** How far (in characters, within one sentence) a bare surname may stand from the other side's leader. */
    private static final int BESIDE = 60;

    /**
     * A bare leader's surname right beside the other side's leader, named in full, in one sentence ("Kim met Putin",
     * "Ким встретился с Путиным") is that leader: the two leaders of the two sides are the pair the rubric is about.
     * South Korean namesakes are listed in full as other entities, and the longest match wins over the surname.
     */
    private static boolean besideOtherLeader(CharSequence text, PhraseMatcher.Hit<Entity> weak, List<PhraseMatcher.Hit<Entity>> hits) {
        Entity e = weak.value();
        if (!e.roles().contains("leader") || e.party() == Party.OTHER || e.party() == Party.PAIR) {
            return false;
        }
        // the hits do not overlap and are ordered by start, so by end too: only those within BESIDE of the surname are
        // read, not every hit of the page for each surname (a page repeating "Kim hosted Putin" took seconds)
        int first = Positions.firstAtLeast(hits.size(), k -> hits.get(k).end(), weak.start() - BESIDE);
        for (int k = first; k < hits.size() && hits.get(k).start() <= weak.end() + BESIDE; k++) {
            PhraseMatcher.Hit<Entity> h = hits.get(k);
            Entity o = h.value();
            if (h.weak() || !o.roles().contains("leader") || o.party() == e.party() || o.party() == Party.OTHER || o.party() == Party.PAIR) {
                continue;
            }
            int from = Math.min(weak.end(), h.end());
            int to = Math.max(weak.start(), h.start());
            if (to - from <= BESIDE && !sentenceEnd(text, from, to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEnd(CharSequence text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n' || c == '。' || c == ';') {
                return true;
            }
        }
        return false;
    }

    /**
     * Non-overlapping mentions, longest first. A weak mention survives only when the same entity is also named
     * unambiguously somewhere in the text ("Kim" counts once "Kim Jong Un" has been named).
     */
    public List<Mention> find(CharSequence text) {
        return mentions(text, matcher.get().findAll(text));
    }

    /** Phrase spec to entity, as the matcher was built from: for a matcher that looks up this and more in one walk. */
    public Map<String, Entity> specs() {
        return specs;
    }

    /** {@link #find} from the text's hits of {@link #specs} ({@link PhraseMatcher#findAll}'s, which this sorts). */
    public List<Mention> mentions(CharSequence text, List<PhraseMatcher.Hit<Entity>> all) {
        List<PhraseMatcher.Hit<Entity>> hits = PhraseMatcher.longest(all);
        Set<Entity> strong = new HashSet<>();
        for (PhraseMatcher.Hit<Entity> h : hits) {
            if (!h.weak()) {
                strong.add(h.value());
            }
        }
        List<Mention> out = new ArrayList<>(hits.size());
        for (PhraseMatcher.Hit<Entity> h : hits) {
            if (!h.weak() || strong.contains(h.value()) || besideOtherLeader(text, h, hits)) {
                out.add(new Mention(h.value(), h.start(), h.end(), h.weak()));
            }
        }
        return out;
    }
}
