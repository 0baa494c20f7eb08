package dev.tumen.classifier.classify;

import dev.tumen.classifier.gazetteer.TsvResource;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One line of {@code classify/severity.tsv}: a rubric row and the cue groups that must (and must not) occur together
 * in a sentence of the main event for the row to apply. {@code row} is the rubric's wording of the row, for the
 * label's explanation.
 */
public record SeverityRule(Severity severity, Category category, List<String> all, List<String> none, List<String> unlessTitle, String row) {
    public static final String RESOURCE = "classify/severity.tsv";

    /**
     * The rubric's words for what a rule's first required group stands for, so a label can say which row it matched
     * (a rule's own sixth column, when it has one, wins).
     */
    private static final Map<String, String> ROWS = Map.ofEntries(
            Map.entry("personnel", "North Korean troops or personnel deployed, fighting, killed or captured for Russia"),
            Map.entry("weapon", "North Korean missiles or shells reported used on the battlefield"),
            Map.entry("strategic_tech", "transfer of nuclear, missile, space, submarine or air-defence technology"),
            Map.entry("mutual_defence", "mutual-defence obligations invoked"),
            Map.entry("joint_exercise", "joint military operations or exercises"),
            Map.entry("defence_chief", "defence or security chiefs' visits and talks"),
            Map.entry("security_chief", "defence or security chiefs' visits and talks"),
            Map.entry("weapon_any", "weapons shown to or offered to the other side"),
            Map.entry("arms", "arms or munitions supply deals or allegations"),
            Map.entry("evasion_goods", "sanctions evasion (oil, cargo, banking) between them"),
            Map.entry("finance", "sanctions evasion (oil, cargo, banking) between them"),
            Map.entry("un_shield", "shielding the other from UN sanctions enforcement"),
            Map.entry("arms_fair", "defence-ministry delegations and delegations to arms fairs"),
            Map.entry("military_unit", "military or security cooperation short of direct involvement"),
            Map.entry("leader", "leaders' summits"),
            Map.entry("summit_word", "leaders' summits"),
            Map.entry("treaty", "signing or ratification of the mutual-defence treaty"),
            Map.entry("foreign_minister", "foreign-minister or other ministerial visits that are not military or cultural"),
            Map.entry("minister", "foreign-minister or other ministerial visits that are not military or cultural"),
            Map.entry("envoy", "foreign-minister or other ministerial visits that are not military or cultural"),
            Map.entry("letter", "letters and messages between leaders with political content"),
            Map.entry("call", "letters and messages between leaders with political content"),
            Map.entry("support", "statements of support"),
            Map.entry("strong_support", "statements of support"),
            Map.entry("partnership", "strategic-partnership declarations without military specifics"),
            Map.entry("economic", "trade, labour, transport, banking, energy, tourism or infrastructure agreements and projects"),
            Map.entry("culture", "cultural: concerts, exhibitions of art"),
            Map.entry("sport", "sports: exchanges of athletes"),
            Map.entry("education", "education: exchanges of students"),
            Map.entry("health", "health or humanitarian"),
            Map.entry("greeting", "ceremonial: greetings, anniversaries"),
            Map.entry("ceremony", "ceremonial: receptions, banquets, wreath-layings, anniversaries"),
            Map.entry("gift", "ceremonial: gifts"));

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
            List<String> all = list(row[2]);
            String rubricRow = row.length > 5 && !row[5].isBlank() ? row[5] : rowOf(all);
            SeverityRule rule = new SeverityRule(Severity.parse(row[0]), Category.parse(row[1]), all, list(row[3]), list(row[4]),
                    row[0] + ": " + rubricRow);
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

    private static String rowOf(List<String> all) {
        for (String group : all) {
            String g = group.startsWith("role:") ? group.substring("role:".length()) : group;
            int at = g.indexOf('@');
            g = at >= 0 ? g.substring(0, at) : g;
            if (g.endsWith("_body")) {
                g = g.startsWith("arms") ? "arms_fair" : "defence_chief";
            }
            if (g.equals("culture_minister") || g.equals("sports_minister")) {
                g = "minister";
            }
            String row = ROWS.get(g);
            if (row != null) {
                return row;
            }
        }
        return String.join(" + ", all);
    }

    private static List<String> list(String cell) {
        if (cell.equals("-") || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
