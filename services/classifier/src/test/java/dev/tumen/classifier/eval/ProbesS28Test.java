package dev.tumen.classifier.eval;

import java.io.IOException;
import java.net.URISyntaxException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code probes-s28/*.jsonl}: 88 longer articles (en 230-420 words, ru and uk 140-260, ko 100-180 spaced words, zh and ja
 * 320-440 characters) written in session 28 in the structure of real copy, before any rule change, each labelled by the rubric alone with the row beside it
 * ({@code rationale}, which also names the shape): wire stories with datelines, quotes and "Background" paragraphs recalling
 * graver events; analysis, opinion and feature pieces; roundups and a live blog; press releases and readouts with protocol
 * lists; TV and radio transcripts and a speech; Q/A interviews; pieces mainly about a third party; pieces about one side
 * with the other as a comparison; corrections and updates appended; photo captions and "Read also" lines in the body;
 * Korean [단독]/[속보] copy with bylines, Russian copy with agency tags, "Фото:" and "Читайте также"; en 33, ru 23, ko 23,
 * uk/zh/ja 3 each. Scored on 0.27.1 and 0.27.2 before any change: relevance F1 0.952, severity exact 0.929, within one
 * 0.971 (11 errors, in six classes: a side named only as a comparison's measure, en/ru/ko; a third country's leader meeting
 * each side apart, en/ru/ko; the wire's closing attribution read as a list item, en; workers' earnings said to fund
 * weapons, en/ko; a weapon of another kind read as what became of the headline's, uk; a feature's anecdotal lede); 0.28.0,
 * which fixed the first five as classes (StructureS28Test), 0.993, 0.986, 0.986. Left: the feature whose lead is a scene
 * and whose story (workers arriving) starts in the third paragraph is not relevant. Then 22 more (p28-en-34 to 40,
 * p28-ru-24 to 30, p28-ko-24 to 31: an explainer, question headlines, summits in a third capital, sports and health
 * features with a scene first, a lead telling two events, humanitarian wheat, students, analysis and a briefing naming
 * the two only beside third countries, capitals and abbreviations for the countries, headlines naming neither side),
 * written after those rules and scored once on 0.28.0: all right.
 */
class ProbesS28Test {
    private static final List<String> FILES = List.of("en", "ru", "ko", "uk-zh-ja");

    @Test
    void longArticlesInTheShapesOfRealCopyStayAboveFloors() throws IOException, URISyntaxException {
        LabelledSets.assertAboveFloors("probes-s28", FILES, 110, 0.99, 0.98, 0.98);
    }
}
