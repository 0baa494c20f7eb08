package dev.tumen.classifier.classify;

import dev.tumen.classifier.gazetteer.PhraseMatcher;
import dev.tumen.classifier.gazetteer.TsvResource;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The multilingual cue words of {@code classify/cues.tsv}, grouped by what they signal; matched in one pass. Thread-safe. */
public final class CueLexicon {
    public static final String RESOURCE = "classify/cues.tsv";

    private final Map<String, Set<String>> specs;
    /** The rule-support tool builds a lexicon per phrase it drops, and only {@link #find} needs this. */
    private final PhraseMatcher.Lazy<Set<String>> matcher;
    private final Set<String> groups = new HashSet<>();

    public CueLexicon() {
        this(TsvResource.rows(RESOURCE));
    }

    /** From rows in the resource's shape (group, phrases): lets the rule-support tool drop one phrase at a time. */
    public CueLexicon(List<String[]> rows) {
        Map<String, Set<String>> specs = new LinkedHashMap<>();
        for (String[] row : rows) {
            if (row.length < 2) {
                throw new IllegalStateException(RESOURCE + ": expected group<TAB>phrases, got " + row[0]);
            }
            groups.add(row[0]);
            for (String phrase : TsvResource.variants(row[1])) {
                specs.computeIfAbsent(phrase, k -> new HashSet<>()).add(row[0]);
            }
        }
        specs.replaceAll((k, v) -> Set.copyOf(v));
        this.specs = java.util.Collections.unmodifiableMap(specs);
        this.matcher = new PhraseMatcher.Lazy<>(this.specs);
    }

    public boolean hasGroup(String group) {
        return groups.contains(group);
    }

    /** Phrase spec to cue groups, as the matcher was built from: for a matcher that looks up this and more in one walk. */
    public Map<String, Set<String>> specs() {
        return specs;
    }

    /** All cue occurrences (overlapping ones too: "artillery rounds" is both a weapon and an arms cue). */
    public List<PhraseMatcher.Hit<Set<String>>> find(CharSequence text) {
        return matcher.get().findAll(text);
    }
}
