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
public record SeverityRule(Severity severity, Category category, List<String> all, List<String> none, List<String> unlessTitle, String row,
                           boolean occasion) {
    public SeverityRule(Severity severity, Category category, List<String> all, List<String> none, List<String> unlessTitle, String row) {
        this(severity, category, all, none, unlessTitle, row, occasion(all));
    }

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
     * Groups that make a rule an <em>occasion</em> rule: it rates a visit, meeting or summit by who meets (leaders,
     * defence or security chiefs, ministers, envoys). The rubric rates a visit by what the visitors came for, so such a
     * rule does not fire on a sentence whose event is ceremonial, cultural, sporting, educational or humanitarian.
     */
    static final Set<String> OCCASION_GROUPS = Set.of("meeting", "summit_word", "state_visit", "defence_chief", "security_chief",
            "foreign_minister", "minister", "role:defence_chief", "role:security_chief", "role:defence_body", "role:security_body",
            "role:foreign_minister", "role:minister", "role:envoy", "role:leader");
    /** Groups that name a meeting as an event (not who meets): a headline with one reports the meeting too. */
    static final List<String> MEETING_EVENTS = List.of("meeting", "summit_word", "state_visit");
    /** The low row's kinds of event (spec: cultural, sports, education, health, humanitarian or ceremonial). */
    static final List<String> LOW_KINDS = List.of("culture", "sport", "ceremony", "greeting", "gift", "education", "health");
    /** Talks held besides a ceremony keep a high-row meeting what it is (defence business, a summit). */
    static final String TALKS = "talks";
    /** A two-sided sentence that also names a third country (set by the labeller). */
    static final String THIRD_COUNTRY = "third_country";
    /** The low row's kinds that a third country can host: its parade, anniversary or reception. */
    static final List<String> HOSTED_KINDS = List.of("ceremony", "greeting");
    /** The two meeting each other, as opposed to one of them visiting the third country. */
    static final String ENCOUNTER = "encounter";
    /** The two sides' parties meeting as parties (United Russia, inter-party, 두 당 사이): the rubric's political row. */
    static final String PARTY_EXCHANGE = "party_exchange";
    /** One side thanking the other: what the thanks are for rates the sentence, unless a meeting is the event. */
    static final String THANKS = "thanks";

    /**
     * A headline that reports only a ceremony, concert, greeting or gift, and no meeting of its own ("Children's choir
     * sings for Putin"). A headline that names both ("ensemble performs as Putin and Kim hold summit") fits two rows,
     * and the sentences of its lead decide.
     */
    static boolean ceremonialHeadline(Set<String> titleGroups) {
        boolean low = false;
        for (String g : LOW_KINDS) {
            low |= titleGroups.contains(g);
        }
        if (!low || titleGroups.contains(TALKS) || thirdCountrysCeremony(titleGroups)) {
            return false;
        }
        for (String g : MEETING_EVENTS) {
            if (titleGroups.contains(g)) {
                return false;
            }
        }
        return true;
    }

    private boolean defenceOrSecurity() {
        for (String g : all) {
            if (g.contains("defence_") || g.contains("security_")) {
                return true;
            }
        }
        return false;
    }

    private boolean talksOfHighRow(Set<String> groups) {
        return severity.compareTo(Severity.HIGH) >= 0 && groups.contains(TALKS);
    }

    /** Does a rule with these required groups rate a meeting by who meets? See {@link #OCCASION_GROUPS}. */
    static boolean occasion(List<String> all) {
        for (String g : all) {
            int at = g.indexOf('@');
            if (OCCASION_GROUPS.contains(at >= 0 ? g.substring(0, at) : g)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The event of the sentence (or headline) is of the low row's kinds: a concert, a banquet, a greeting, a gift, a
     * match, a student exchange, aid. Talks in the same sentence count only for a high-row meeting: a defence chief's
     * or leaders' talks are their own event, a minister's talks on a concert are still the concert.
     */
    boolean lowKind(Set<String> groups) {
        for (String g : LOW_KINDS) {
            if (groups.contains(g)) {
                return !talksOfHighRow(groups) && !(severity.compareTo(Severity.HIGH) >= 0 && thirdCountrysCeremony(groups));
            }
        }
        return false;
    }

    /**
     * Both sides meeting at a third country's parade, anniversary or reception (Kim and Putin in Beijing for China's
     * Victory Day): the ceremony is the host's, not an exchange between the two, so what the two do there (they meet)
     * is the event. Only ceremonies and greetings: a concert, a match or a gift names the two's own exchange; and only
     * when the sentence says the two met, not that one visited the host ("Kim, on a visit to China, joined Putin at the
     * parade" is the parade).
     */
    static boolean thirdCountrysCeremony(Set<String> groups) {
        if (!groups.contains(THIRD_COUNTRY) || !groups.contains("pair") || !groups.contains(ENCOUNTER)) {
            return false;
        }
        for (String g : LOW_KINDS) {
            if (groups.contains(g) && !HOSTED_KINDS.contains(g)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param sentenceGroups cue groups of the sentence
     * @param titleGroups    cue groups of the headline
     * @param leadGroups     cue groups of the whole headline and lead
     */
    public boolean firesOn(Set<String> sentenceGroups, Set<String> titleGroups, Set<String> leadGroups) {
        // a headline about a concert, a banquet or a gift makes the article about it: the visit or summit its lead
        // names is the occasion (spec: a gift handed over at a summit, in an article about the gift, is low)
        // a defence or security chief's visit named in the lead is defence business under any headline; only its own
        // sentence can make it a ceremony
        if (occasion && (lowKind(sentenceGroups) || (ceremonialHeadline(titleGroups) && !defenceOrSecurity()))) {
            return false;
        }
        // two parties' talks are politics, whoever sits at them: a party chairman who also holds a security office
        // (United Russia's, the Security Council's deputy chairman) meets a party delegation as its chairman (0.36.0);
        // defence or security business named in the sentence still fires its own rules
        if (occasion && defenceOrSecurity() && sentenceGroups.contains(PARTY_EXCHANGE)) {
            return false;
        }
        // 0.46 (blind-s47): a chief who only speaks of the other side ("Russia's spy chief calls Pyongyang's arsenal
        // legitimate") makes a statement; the rubric's high row is the chiefs' visits and talks
        if (occasion && defenceOrSecurity() && speaksWithoutMeeting(sentenceGroups)) {
            return false;
        }
        if (!occasion && !all.contains("call") && thanksAtMeeting(sentenceGroups, leadGroups)) {
            return false;
        }
        for (String g : all) {
            // 0.44.2: a required group written lead:<group> may stand anywhere in the headline or lead (the context a
            // sentence's act needs, as a party on the sanctions list named in the lead's next sentence)
            boolean leadWide = g.startsWith(LEAD);
            if (!(leadWide ? leadGroups.contains(g.substring(LEAD.length())) : sentenceGroups.contains(g))) {
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

    /**
     * Groups that tell a meeting of people, a visit or a call, as against a statement made alone; and a payment, a
     * deal or money moved (econ_act, finance), a body's own act that someone else's "said" only reports (blind-s45b's F
     * cases: "Russia's Main Missile and Artillery Directorate paid a North Korean trading company $190 million …,
     * Ukrainian intelligence said").
     */
    static final List<String> MET = List.of("meeting", "summit_word", "state_visit", TALKS, ENCOUNTER, "arrived", "call", "letter",
            "delegation_word", "econ_act", "finance");

    /** A sentence that says something (a verb of saying) and tells no meeting, visit, call, letter, deal or payment. */
    static boolean speaksWithoutMeeting(Set<String> sentenceGroups) {
        if (!sentenceGroups.contains(Labeller.STATEMENT)) {
            return false;
        }
        for (String g : MET) {
            if (sentenceGroups.contains(g)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Thanks told of a meeting or a call that the headline or lead reports ("they met in Beijing … Putin thanked Kim
     * for the soldiers") are said at it: the meeting or the call is the main event and what is thanked for is its
     * background, so only a rule that rates the meeting or the call fires on the sentence. Without either the thanks
     * are the event and what they are for rates it, as a third party's reaction takes the row of the cooperation it
     * is about (spec).
     */
    static boolean thanksAtMeeting(Set<String> sentenceGroups, Set<String> leadGroups) {
        if (!sentenceGroups.contains(THANKS)) {
            return false;
        }
        for (String g : MEETING_EVENTS) {
            if (leadGroups.contains(g)) {
                return true;
            }
        }
        return leadGroups.contains("call");
    }

    /** Loads the rules and checks that every cue group they name exists, so a typo fails at start-up rather than silently. */
    public static List<SeverityRule> load(CueLexicon cues) {
        return load(cues, TsvResource.rows(RESOURCE));
    }

    /** From rows in the resource's shape, checked the same way. */
    public static List<SeverityRule> load(CueLexicon cues, List<String[]> rows) {
        List<SeverityRule> rules = new ArrayList<>();
        for (String[] row : rows) {
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
