package dev.tumen.classifier.eval;

import dev.tumen.classifier.classify.CueLexicon;
import dev.tumen.classifier.classify.Label;
import dev.tumen.classifier.classify.Labeller;
import dev.tumen.classifier.classify.SeverityRule;
import dev.tumen.classifier.extract.Article;
import dev.tumen.classifier.extract.Extractor;
import dev.tumen.classifier.gazetteer.Gazetteer;
import dev.tumen.classifier.gazetteer.TsvResource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How far the rules generalise, estimated on a labelled file's tuning part without a set nobody has seen.
 *
 * <p>Each <em>unit</em> of the rules (one phrase of one cue line, one line of severity.tsv, one exclusion of a line)
 * is dropped in turn; the items it is needed for (labelled right with it, wrong without it) are its support. A unit
 * whose support is one item was most likely written for that item. The k-fold estimate follows from that: the
 * tuning items are dealt into k folds by a hash of their id, and each fold is scored with the units dropped whose
 * whole support lies in that fold, as if the fold had been held out while the rules were written (a unit seen in
 * two folds would have been written anyway). Scores are over the fold's items; the output gives the folds' sum.
 *
 * <pre>RuleSupport FILE.jsonl [k] [--list] [--errors] [--rows]</pre>
 * {@code --list} prints each unit with a support of one or two items (ids of tuning items only); {@code --errors}
 * prints the held-out errors (tuning items only) with the sentence that decided and the dropped units each needed:
 * the honest signal of where the rules do not generalise; {@code --rows} prints every held-out relevant item with the
 * row that decided it, so a kind of decision (the body's row, the default) can be counted right and wrong.
 */
public final class RuleSupport {
    private record Unit(String kind, int row, String part) {
        @Override
        public String toString() {
            return kind + "#" + row + " " + part;
        }
    }

    private record Doc(Evaluate.Item item, String title, String body, int fold) {
    }

    private RuleSupport() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int k = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 5;
        boolean list = List.of(args).contains("--list");
        boolean errors = List.of(args).contains("--errors");
        boolean rows = List.of(args).contains("--rows");
        List<Evaluate.Item> items = Split.select(Evaluate.read(file), Split.Part.TUNED);
        Extractor extractor = new Extractor();
        List<Doc> docs = new ArrayList<>();
        for (Evaluate.Item item : items) {
            Article a = extractor.extract(item.text(), "text/plain", item.url());
            int fold = Integer.parseInt(Split.sha256("fold:" + Split.articleId(item.id())).substring(0, 6), 16) % k;
            docs.add(new Doc(item, a.title(), a.body(), fold));
        }
        Gazetteer gazetteer = new Gazetteer();
        List<String[]> cueRows = TsvResource.rows(CueLexicon.RESOURCE);
        List<String[]> ruleRows = TsvResource.rows(SeverityRule.RESOURCE);
        boolean[] base = correct(docs, labeller(gazetteer, cueRows, ruleRows, Set.of()));

        Map<Unit, Set<Integer>> support = new LinkedHashMap<>();
        List<Unit> units = units(cueRows, ruleRows);
        for (Unit u : units) {
            // a phrase can only matter to the items it occurs in
            List<Integer> touched = new ArrayList<>();
            CueLexicon alone = u.kind().equals("cue") ? new CueLexicon(List.<String[]>of(new String[] {"x", u.part()})) : null;
            for (int i = 0; i < docs.size(); i++) {
                if (alone == null || !alone.find(docs.get(i).title() + "\n\n" + docs.get(i).body()).isEmpty()) {
                    touched.add(i);
                }
            }
            if (touched.isEmpty()) {
                continue;
            }
            Labeller without = labeller(gazetteer, cueRows, ruleRows, Set.of(u));
            Set<Integer> needed = new HashSet<>();
            for (int i : touched) {
                if (base[i] && !correct(docs.get(i), without)) {
                    needed.add(i);
                }
            }
            if (!needed.isEmpty()) {
                support.put(u, needed);
            }
        }
        int single = 0;
        for (Map.Entry<Unit, Set<Integer>> e : support.entrySet()) {
            single += e.getValue().size() == 1 ? 1 : 0;
            if (list && e.getValue().size() <= 2) {
                List<String> ids = e.getValue().stream().map(i -> docs.get(i).item().id()).sorted().toList();
                System.out.println(e.getKey() + "\t" + ids);
            }
        }
        System.out.printf("units %d, needed by some item %d, by exactly one item %d%n", units.size(), support.size(), single);

        List<Evaluate.Outcome> all = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            Set<Unit> drop = new HashSet<>();
            for (Map.Entry<Unit, Set<Integer>> e : support.entrySet()) {
                final int fold = f;
                if (e.getValue().stream().allMatch(i -> docs.get(i).fold() == fold)) {
                    drop.add(e.getKey());
                }
            }
            Labeller held = labeller(gazetteer, cueRows, ruleRows, drop);
            List<Evaluate.Outcome> outcomes = new ArrayList<>();
            for (Doc d : docs) {
                if (d.fold() == f) {
                    outcomes.add(outcome(d, held.label(d.title(), d.body())));
                }
            }
            all.addAll(outcomes);
            System.out.printf("fold %d: %d items, %d units dropped%n", f, outcomes.size(), drop.size());
            Evaluate.confusion(outcomes, System.out);
            if (errors) {
                printErrors(outcomes, support, docs);
            }
            if (rows) {
                printRows(outcomes);
            }
        }
        System.out.println("== all folds");
        Evaluate.confusion(all, System.out);
        System.out.println(Evaluate.metrics(file + " k-fold by support", all, 0).json(Split.Part.TUNED));
    }

    private static void printErrors(List<Evaluate.Outcome> outcomes, Map<Unit, Set<Integer>> support, List<Doc> docs) {
        for (Evaluate.Outcome o : outcomes) {
            dev.tumen.model.ArticleLabelled p = o.predicted();
            if (o.item().relevant() == p.relevant() && o.item().severity() == p.severity()) {
                continue;
            }
            int index = -1;
            for (int i = 0; i < docs.size(); i++) {
                if (docs.get(i).item() == o.item()) {
                    index = i;
                }
            }
            final int at = index;
            List<String> needed = support.entrySet().stream().filter(e -> e.getValue().contains(at)).map(e -> e.getKey().toString()).toList();
            System.out.printf("  %s gold=%s predicted=%s title=%s%n", o.item().id(), o.item().severity().wire(), p.severity().wire(), p.title());
            if (p.severityBasis() != null) {
                System.out.println("      decided: " + p.severityBasis().row() + " <- " + p.severityBasis().sentence());
            }
            System.out.println("      needed: " + needed);
        }
    }

    /** One line per held-out relevant item: gold, predicted, and the row that decided (how each kind of decision fares). */
    private static void printRows(List<Evaluate.Outcome> outcomes) {
        for (Evaluate.Outcome o : outcomes) {
            dev.tumen.model.ArticleLabelled p = o.predicted();
            if (p.severityBasis() != null) {
                System.out.printf("  row\t%s\tgold=%s\tpredicted=%s\t%s%n", o.item().id(), o.item().severity().wire(), p.severity().wire(),
                        p.severityBasis().row());
            }
        }
    }

    private static List<Unit> units(List<String[]> cueRows, List<String[]> ruleRows) {
        List<Unit> units = new ArrayList<>();
        for (int r = 0; r < cueRows.size(); r++) {
            for (String phrase : TsvResource.variants(cueRows.get(r)[1])) {
                units.add(new Unit("cue", r, phrase));
            }
        }
        for (int r = 0; r < ruleRows.size(); r++) {
            units.add(new Unit("rule", r, String.join(" ", ruleRows.get(r))));
            String none = ruleRows.get(r)[3];
            if (!none.equals("-")) {
                for (String g : none.split(",")) {
                    units.add(new Unit("unless", r, g.strip()));
                }
            }
        }
        return units;
    }

    private static Labeller labeller(Gazetteer gazetteer, List<String[]> cueRows, List<String[]> ruleRows, Set<Unit> drop) {
        List<String[]> cues = new ArrayList<>();
        for (int r = 0; r < cueRows.size(); r++) {
            List<String> kept = new ArrayList<>();
            for (String phrase : TsvResource.variants(cueRows.get(r)[1])) {
                if (!drop.contains(new Unit("cue", r, phrase))) {
                    kept.add(phrase);
                }
            }
            cues.add(new String[] {cueRows.get(r)[0], kept.isEmpty() ? "\u0000none\u0000" : String.join("|", kept)});
        }
        List<String[]> rules = new ArrayList<>();
        for (int r = 0; r < ruleRows.size(); r++) {
            String[] row = ruleRows.get(r).clone();
            if (drop.contains(new Unit("rule", r, String.join(" ", row)))) {
                continue;
            }
            if (!row[3].equals("-")) {
                List<String> kept = new ArrayList<>();
                for (String g : row[3].split(",")) {
                    if (!drop.contains(new Unit("unless", r, g.strip()))) {
                        kept.add(g.strip());
                    }
                }
                row[3] = kept.isEmpty() ? "-" : String.join(",", kept);
            }
            rules.add(row);
        }
        CueLexicon lexicon = new CueLexicon(cues);
        return new Labeller(gazetteer, lexicon, SeverityRule.load(lexicon, rules));
    }

    private static boolean[] correct(List<Doc> docs, Labeller labeller) {
        boolean[] ok = new boolean[docs.size()];
        for (int i = 0; i < docs.size(); i++) {
            ok[i] = correct(docs.get(i), labeller);
        }
        return ok;
    }

    private static boolean correct(Doc d, Labeller labeller) {
        Label l = labeller.label(d.title(), d.body());
        return l.relevant() == d.item().relevant() && l.severity() == d.item().severity();
    }

    private static Evaluate.Outcome outcome(Doc d, Label l) {
        return new Evaluate.Outcome(d.item(), new dev.tumen.model.ArticleLabelled(d.item().id(), d.item().url(), "eval", d.title(),
                d.item().lang(), null, null, null, d.body(), l.relevant(), l.relevance(), l.severity(), l.categories(), l.actors(),
                l.evidence(), null, null, l.basis()));
    }
}
