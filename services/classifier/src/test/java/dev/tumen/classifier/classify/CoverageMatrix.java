package dev.tumen.classifier.classify;

import dev.tumen.classifier.eval.Evaluate;
import dev.tumen.classifier.eval.Split;
import dev.tumen.classifier.extract.Article;
import dev.tumen.classifier.extract.Extractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Which cells of the rubric the labelled sets exercise: rubric row (or relevance exclusion) × language, and article
 * shape × language. A relevant item's row is the row the labeller names in its severity basis when its severity
 * equals the gold one (every tuned set is at or near 1.0, so that row stands for the reading); otherwise the gold
 * level only. Shapes are told by the text's form (paragraph count, a quoted headline, Q&A lines, timestamps, list
 * lines, the pair first met after the lead, a side named only by its capital, leader or an adjective). dev2 files
 * are read through their tuning part only, so the blind part is never opened.
 *
 * <pre>CoverageMatrix FILE.jsonl...</pre>
 */
public final class CoverageMatrix {
    private static final List<String> LANGS = List.of("en", "ru", "uk", "ko", "zh", "ja", "de");

    // a side's country named as such, in the seven languages (adjectives too); a side met only by capital or leader
    // is what the "capitals and leaders only" shape counts
    private static final Pattern RUSSIA_WORD = Pattern.compile(
            "(?iu)russia|росси|русск|росі|російськ|러시아|로씨야|俄|ロシア|露|russland|russisch");
    private static final Pattern DPRK_WORD = Pattern.compile(
            "(?iu)north kor|dprk|кндр|северн\\S* коре|северокор|північн\\S* коре|північнокор|북한|조선|朝鲜|朝鮮|北韓|nordkorea");
    private static final Pattern QUOTE_HEADLINE = Pattern.compile("^\\s*[«\"“„「『']|[»\"”“」』']\\s*$|: [«\"“„「]");
    private static final Pattern QA_LINE = Pattern.compile(
            "(?iu)^\\s*(q:|a:|q\\.|— |- |вопрос|ответ|питання|відповідь|질문|답변|问：|答：|問：|答：|―|frage:|antwort:)");
    private static final Pattern INTERVIEW = Pattern.compile("(?iu)interview|интервью|інтерв'ю|인터뷰|采访|专访|インタビュー");
    private static final Pattern TIME_LINE = Pattern.compile("^\\s*(\\d{1,2}[:.]\\d{2}\\b|\\d{4}[-./年]|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_LINE = Pattern.compile("^\\s*(\\d{1,2}[.)]\\s|[•*·▶■-]\\s|[①-⑩])");
    private static final Pattern OPINION = Pattern.compile(
            "(?iu)opinion|op-ed|commentary|analysis|мнение|колонка|аналитик|думка|칼럼|사설|분석|社论|评论|分析|論説|解説|kommentar|analyse|meinung");

    private CoverageMatrix() {
    }

    public static void main(String[] args) throws Exception {
        Labeller labeller = new Labeller();
        Extractor extractor = new Extractor();
        Map<String, Map<String, Integer>> rows = new TreeMap<>();
        Map<String, Map<String, Integer>> shapes = new TreeMap<>();
        for (String file : args) {
            List<Evaluate.Item> read = Evaluate.read(Path.of(file));
            // dev2's blind part stays out of reach: only its tuning part counts
            List<Evaluate.Item> items = Path.of(file).getFileName().toString().startsWith("dev2") ? Split.select(read, Split.Part.TUNED) : read;
            for (Evaluate.Item item : items) {
                Article a = extractor.extract(item.text(), "text/plain", item.url());
                Label label = labeller.label(a.title(), a.body());
                List<Labeller.Sentence> sentences = labeller.read(a.title(), a.body());
                String lang = LANGS.contains(item.lang()) ? item.lang() : "other";
                add(rows, rowOf(item, label, sentences), lang);
                for (String shape : shapesOf(item, sentences)) {
                    add(shapes, shape + (item.relevant() ? " / " + item.severity().wire() : " / not relevant"), lang);
                }
            }
        }
        print("rubric row (gold level: row named by the labeller when it agrees)", rows);
        System.out.println();
        print("shape / gold level", shapes);
    }

    private static String rowOf(Evaluate.Item item, Label label, List<Labeller.Sentence> sentences) {
        if (!item.relevant()) {
            boolean pair = sentences.stream().anyMatch(Labeller.Sentence::pair);
            return "none: " + (pair ? "both named in one sentence (list, background, third party)" : "one side only or apart");
        }
        if (label.severity() == item.severity() && label.basis() != null) {
            String row = label.basis().row();
            int paren = row.indexOf(" (");
            // the basis names its level first ("high: leaders' summits")
            return paren > 0 ? row.substring(0, paren) : row;
        }
        return item.severity().wire() + ": (labeller disagrees or names no row)";
    }

    private static List<String> shapesOf(Evaluate.Item item, List<Labeller.Sentence> sentences) {
        List<String> out = new ArrayList<>();
        String[] lines = item.text().strip().split("\n+");
        String headline = lines.length > 0 ? lines[0] : "";
        if (lines.length >= 6) {
            out.add("long (6+ paragraphs)");
        }
        if (QUOTE_HEADLINE.matcher(headline).find()) {
            out.add("headline is a quote");
        }
        int qa = 0;
        int times = 0;
        int list = 0;
        for (String line : lines) {
            qa += QA_LINE.matcher(line).find() ? 1 : 0;
            times += TIME_LINE.matcher(line).find() ? 1 : 0;
            list += LIST_LINE.matcher(line).find() ? 1 : 0;
        }
        if (qa >= 2 || INTERVIEW.matcher(headline).find()) {
            out.add("interview / Q&A");
        }
        if (times >= 3) {
            out.add("timeline / live blog");
        }
        if (list >= 3) {
            out.add("explainer list");
        }
        if (OPINION.matcher(headline).find()) {
            out.add("op-ed / analysis");
        }
        int firstPair = sentences.stream().filter(Labeller.Sentence::pair).mapToInt(s -> s.title() ? -1 : s.index()).min().orElse(Integer.MAX_VALUE);
        if (firstPair != Integer.MAX_VALUE && firstPair >= 3) {
            out.add("pair first after the lead");
        }
        if (!RUSSIA_WORD.matcher(item.text()).find() || !DPRK_WORD.matcher(item.text()).find()) {
            out.add("a side only by capital, leader or body");
        }
        if (out.isEmpty()) {
            out.add("plain wire (headline, lead, setting)");
        }
        return out;
    }

    private static void add(Map<String, Map<String, Integer>> table, String key, String lang) {
        table.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(lang, 1, Integer::sum);
    }

    private static void print(String title, Map<String, Map<String, Integer>> table) {
        StringBuilder head = new StringBuilder("| " + title + " |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String lang : LANGS) {
            head.append(' ').append(lang).append(" |");
            rule.append("---|");
        }
        System.out.println(head.append(" all |"));
        System.out.println(rule.append("---|"));
        for (Map.Entry<String, Map<String, Integer>> e : table.entrySet()) {
            StringBuilder line = new StringBuilder("| " + e.getKey() + " |");
            int all = 0;
            for (String lang : LANGS) {
                int n = e.getValue().getOrDefault(lang, 0);
                all += n;
                line.append(' ').append(n == 0 ? "**0**" : Integer.toString(n)).append(" |");
            }
            System.out.println(line.append(' ').append(all).append(" |"));
        }
    }
}
