package dev.tumen.classifier.classify;

import dev.tumen.classifier.gazetteer.TsvResource;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One line of {@code classify/severity.tsv}: a rubric row and the cue groups that must (and must not) occur together
 * in a sentence of the main event for the row to apply.
 */
public record SeverityRule(Severity severity, Category category, List<String> all, List<String> none, List<String> unlessTitle) {
    public static final String RESOURCE = "classify/severity.tsv";

    private static final String LEAD = "lead:";

    /**
     * @param sentenceGroups cue groups of the sentence
     * @param titleGroups    cue groups of the headline
     * @param leadGroups     cue groups of the whole headline and lead
     */
    public boolean firesOn(Set<String> sentenceGroups, Set<String> titleGroups, Set<String> leadGroups) {
        for (String g : all) {
            if (!sentenceGroups.contains(g)) {
                return false;
            }
        }
        for (String g : none) {
            boolean leadWide = g.startsWith(LEAD);
            if (leadWide ? leadGroups.contains(g.substring(LEAD.length())) : sentenceGroups.contains(g)) {
                return false;
            }
        }
        for (String g : unlessTitle) {
            if (titleGroups.contains(g)) {
                return false;
            }
        }
        return true;
    }

    /** Loads the rules and checks that every cue group they name exists, so a typo fails at start-up rather than silently. */
    public static List<SeverityRule> load(CueLexicon cues) {
        List<SeverityRule> rules = new ArrayList<>();
        for (String[] row : TsvResource.rows(RESOURCE)) {
            if (row.length < 5) {
                throw new IllegalStateException(RESOURCE + ": expected 5 columns in " + String.join(" ", row));
            }
            SeverityRule rule = new SeverityRule(Severity.parse(row[0]), Category.parse(row[1]), list(row[2]), list(row[3]), list(row[4]));
            for (List<String> groups : List.of(rule.all(), rule.none(), rule.unlessTitle())) {
                for (String group : groups) {
                    String g = group.startsWith(LEAD) ? group.substring(LEAD.length()) : group;
                    if (!g.contains(":") && !g.equals("pair") && !cues.hasGroup(g)) {
                        throw new IllegalStateException(RESOURCE + ": unknown cue group '" + g + "'");
                    }
                }
            }
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    private static List<String> list(String cell) {
        if (cell.equals("-") || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
