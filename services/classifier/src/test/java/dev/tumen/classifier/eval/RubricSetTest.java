package dev.tumen.classifier.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.classifier.ArticleClassifier;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Floors on {@code rubric/rubric-a.jsonl}: short articles we wrote from the rubric's rows (each row in several of
 * en/ru/ko/uk/zh/ja/de, with the hard cases of issue 14: ceremonies at summits, transfers told through intelligence,
 * containers or data, background that recalls the war). Its sister set {@code rubric-b.jsonl} was written at the same
 * time from the same rows and is scored only as a whole ({@code bin/tumen eval --no-errors}), so it has no floor here.
 * {@code wire-s19.jsonl} to {@code wire-s25.jsonl} hold longer articles in wire-copy shape.
 */
class RubricSetTest {
    private static final ArticleClassifier CLASSIFIER = new ArticleClassifier();

    @Test
    void rubricRowsWrittenByUsStayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("rubric-a", 50, 0.98, 0.95, 0.98);
    }

    /**
     * {@code rubric/wire-s19.jsonl}: 156 invented articles in the shape of wire copy (headline, lead, then the setting
     * paragraph every article on the subject repeats), written in session 19 in en/ru/uk/ko/zh/ja/de; 0.19.0 scored
     * relevance F1 0.989, exact 0.755, within one 0.856 on them, 0.20.0 0.996, 0.964, 0.971 (one rally for the 1961
     * treaty relabelled medium, as the rubric settles the 2000 friendship treaty, after both versions scored it so). In
     * 0.22.0 one more relabelled: a banquet Putin hosts for Kim "after talks" (s3-p011, high → low), the ceremony being
     * the headline's event as in wire-s23's banquet for Shoigu after talks and the rubric's gift handed over at a summit.
     */
    @Test
    void wireShapedArticlesWrittenByUsStayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("wire-s19", 150, 0.98, 0.94, 0.96);
    }

    /**
     * {@code rubric/wire-s20.jsonl}: 63 invented articles written in session 20 for the rows issue 14 names (arrivals as
     * deployment, background inside the lead, statements without an interaction verb, allegations, ceremonies, third-party
     * lists); 0.20.0 scored relevance F1 0.981, exact 0.818, within one 0.855, 0.21.0 (whose rules fixed their four
     * failing classes) 1.0, 1.0, 1.0.
     */
    @Test
    void wireShapedArticlesOfSession20StayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("wire-s20", 63, 0.99, 0.98, 0.98);
    }

    /**
     * {@code rubric/wire-s21.jsonl}: 43 invented articles written in session 21 after 0.21.0's rules for its four classes
     * (arrivals, background clauses, statements and troupes, missile impacts), about ten a class, scored once: relevance
     * F1 0.95, exact 0.881, within one 0.952 (0.20.0: 0.895, 0.524, 0.643); after the third-party reaction and performers'
     * words they showed missing, 0.976, 0.929, 0.976; 0.988, 0.976, 0.976 after the second round's named ensembles and
     * spokespersons.
     */
    @Test
    void wireShapedArticlesOfSession21StayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("wire-s21", 43, 0.98, 0.97, 0.97);
    }

    /**
     * {@code rubric/wire-s22.jsonl}: 61 invented articles written in session 21's second round for the classes issue 14
     * names (ceremonies beside a summit or the military, congratulations and anniversaries, transfers told through
     * intelligence, containers or data, third-party lists) and each severity confusion told in a hard way, scored once
     * on 0.21.0 before its second round: relevance F1 0.981, exact 0.887, within one 0.981; 1.0, 1.0, 1.0 after it.
     */
    @Test
    void wireShapedArticlesOfSession21SecondRoundStayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("wire-s22", 61, 0.99, 0.99, 0.99);
    }

    /**
     * {@code rubric/wire-s23.jsonl}: 62 invented articles written in session 22 for issue 14's classes (ceremonies beside
     * summits, banquets and the military; congratulations and anniversaries; transfers told through intelligence,
     * containers or data; background clauses; third-country headlines; statements without an interaction verb; defence
     * papers listing both; engineer troops arrived; headlines lost to a date line), labelled before any run and scored
     * once on 0.21.0: relevance F1 0.963, exact 0.857, within one 0.911; 0.22.0 (whose rules fixed their classes) 1.0,
     * 1.0, 1.0.
     */
    @Test
    void wireShapedArticlesOfSession22StayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("wire-s23", 62, 0.99, 0.98, 0.98);
    }

    /**
     * {@code rubric/wire-s24.jsonl}: 62 invented articles written in session 23 for the coverage matrix's thin cells (joint
     * drills, weapons shown, sanctions evasion, UN shielding, treaties, gifts, receptions, letters, statements of support
     * and negatives naming both, in the languages that had none) and article shapes (interviews, live blogs, timelines,
     * numbered lists, digests, op-eds, the event after the lead, capitals only), labelled before any run and scored once
     * on 0.22.0: relevance F1 0.954, exact 0.786, within one 0.911; 0.23.0 1.0, 0.982, 0.982 (a Korean feature whose
     * workers are recruited in its third paragraph, told by "they", stays medium).
     */
    @Test
    void wireShapedArticlesOfSession23StayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("wire-s24", 62, 0.99, 0.98, 0.98);
    }

    /**
     * {@code rubric/wire-s25.jsonl}: 41 invented articles written in session 24: time adverbs dating the headline event
     * (last month, last year, earlier this year in seven languages) with controls where they recall another event, and
     * rows a rule-based rater puts two levels apart (a transfer told in paragraph three under a scene-setting lead,
     * ceremonies beside military words, space talks between foreign ministers, pledges to an army, prisoners and the
     * fallen, a rifle as a gift); labelled before any run and scored once on 0.23.0: relevance F1 0.845, exact 0.634,
     * within one 0.707. 18 more, labelled before any run, for the same two-level confusions (diaries, swaps, remains of
     * the fallen; wreaths for the Soviet soldiers of 1945; defence ministers' greetings; a port call; a parade with
     * talks): 3 errors on the first 0.24.0 rules; 17 more (a deployment told through no comment, a denial, a birthday
     * at the front, the soldiers' pay; support for the "special military operation"): 3 errors on the second; 12 more
     * (a security chief's letter, an arms fair, a banquet for returned troops, instructors): none; 5 launch headlines
     * whose subject a dated clause describes ("지난해 러시아에 파병한 북한, …"): all rated critical by the third, not
     * relevant now; 7 at the new rules' edges: a question on troops asked in a "when" clause (English, not relevant on
     * the fourth rules; 0.23.0 right), dated clauses before a side beside a call or a visit; 6 launch stories recalling
     * last year's missiles for Russia (4 relevant on the fifth rules; 0.23.0 right); 5 with the news told inside a
     * "when" clause dated by a weekday (4 wrong on the sixth rules; 0.23.0 right). All 111 on 0.23.0: 0.936, 0.78, 0.82; 0.24.0
     * 1.0, 1.0, 1.0.
     */
    @Test
    void wireShapedArticlesOfSession24StayAboveFloors() throws IOException, URISyntaxException {
        assertAboveFloors("wire-s25", 111, 0.99, 0.98, 0.98);
    }

    private void assertAboveFloors(String name, int minItems, double f1, double exact, double withinOne) throws IOException, URISyntaxException {
        Path path = Path.of(Objects.requireNonNull(getClass().getResource("/rubric/" + name + ".jsonl")).toURI());
        List<Evaluate.Item> items = Evaluate.read(path);
        Evaluate.Metrics m = Evaluate.metrics(name, Evaluate.run(CLASSIFIER, items), 0);
        String figures = m.json();
        assertTrue(items.size() >= minItems, figures);
        assertTrue(m.relevanceF1() >= f1, figures);
        assertTrue(m.severityExact() >= exact, figures);
        assertTrue(m.severityWithinOne() >= withinOne, figures);
    }
}
