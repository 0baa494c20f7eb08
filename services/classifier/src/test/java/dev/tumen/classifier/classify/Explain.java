package dev.tumen.classifier.classify;

import dev.tumen.classifier.eval.Evaluate;
import dev.tumen.classifier.eval.Split;
import dev.tumen.classifier.extract.Article;
import dev.tumen.classifier.extract.Extractor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the labeller reads one item of a labelled file: each sentence with its cue groups and sides, then the label.
 * Tuning items only, so the blind part is never shown; {@code --unsplit} reads every item of an invented probe file
 * (never of a dev2 file).
 *
 * <pre>Explain FILE.jsonl ID [ID...] [--all] [--unsplit]</pre>
 * {@code --all} prints every sentence; otherwise the headline, the lead and the two-sided sentences.
 */
public final class Explain {
    private Explain() {
    }

    public static void main(String[] args) throws Exception {
        boolean all = List.of(args).contains("--all");
        // invented probe files have no blind part; dev2's blind part stays out of reach whatever the flag says
        boolean unsplit = List.of(args).contains("--unsplit") && !Path.of(args[0]).getFileName().toString().startsWith("dev2");
        List<Evaluate.Item> read = Evaluate.read(Path.of(args[0]));
        List<Evaluate.Item> items = unsplit ? read : Split.select(read, Split.Part.TUNED);
        Set<String> ids = new TreeSet<>(List.of(args).subList(1, args.length));
        Labeller labeller = new Labeller();
        Extractor extractor = new Extractor();
        for (Evaluate.Item item : items) {
            if (!ids.contains(item.id())) {
                continue;
            }
            Article a = extractor.extract(item.text(), "text/plain", item.url());
            Label label = labeller.label(a.title(), a.body());
            System.out.printf("== %s gold=%s/%s predicted=%s/%s%n", item.id(), item.relevant(), item.severity().wire(), label.relevant(),
                    label.severity().wire());
            if (label.basis() != null) {
                System.out.println("   basis: " + label.basis().row());
            }
            for (Labeller.Sentence s : labeller.read(a.title(), a.body())) {
                if (all || s.title() || s.mainEvent() || s.pair()) {
                    String text = s.text().length() > 300 ? s.text().substring(0, 300) + "…" : s.text();
                    System.out.printf("  [%s%s] %s%n      %s%n", s.title() ? "T" : s.index(), s.pair() ? " pair" : "", text.replace('\n', ' '),
                            new TreeSet<>(s.groups()));
                }
            }
        }
    }
}
