package dev.tumen.classifier.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.tumen.classifier.classify.Labeller;
import dev.tumen.classifier.extract.Extractor;
import dev.tumen.classifier.kafka.PageLabeller;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.PageReceived;
import dev.tumen.model.TooCostlyException;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages built to find the extractor's and the labeller's costly paths: one shape of markup repeated to the content
 * cap. Each must end within its CPU budget, labelled or refused as too costly, never hold the thread for longer: its
 * CPU time, which a busy machine does not stretch, stays below three times the budget, far below what an unstopped page
 * of the square cost took (a page of teaser cards took 50 s before). Not a speed target: the benchmarks measure speed.
 */
class HostilePagesTest {
    private static final String SENTENCE = "Russia and North Korea signed a treaty on military aid. ";
    private static final Duration BUDGET = Duration.ofSeconds(1);
    private static final PageLabeller LABELLER = new PageLabeller(BUDGET);
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("sibling paragraphs", "<article>", "<p>" + SENTENCE + "</p>", "</article>"),
                Arguments.of("boxed paragraphs", "", "<div class=x><p>" + SENTENCE + "</p></div>", ""),
                Arguments.of("boxes never closed", "", "<div>", SENTENCE),
                Arguments.of("bold never closed", "<p>", "<b>x ", "</p>"),
                Arguments.of("misnested links", "", "<b><a href=#>x</b>y</a>", ""),
                Arguments.of("line breaks", "<div>", SENTENCE + "<br>", "</div>"),
                Arguments.of("one word", "<p>", "a", "</p>"),
                Arguments.of("structured data", "", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                        + SENTENCE + "\"}</script>", "<p>x</p>"),
                Arguments.of("links", "<div>", "<a href=\"/a\">" + SENTENCE + "</a> ", "</div>"),
                Arguments.of("comments", "", "<div class=comment><p>" + SENTENCE + "</p></div>", ""),
                Arguments.of("teaser cards", "", "<div class=teaser><a href=/x><h3>" + SENTENCE + "</h3></a></div>", ""),
                Arguments.of("spans", "<p>", "<span class=a>" + SENTENCE + "</span>", "</p>"),
                // the answers' text climbed to from their densest box, and the asker's question looked for mid-text
                Arguments.of("answers a box a paragraph", "<div class=q><h1>Who pays the fee?</h1><div class=qt><p>" + SENTENCE
                        + "Is that usual? Yes.</p></div></div>", "<div class=answer><span class=user>ann 12:05</span><div class=t>"
                        + "<div class=p><p>" + SENTENCE + "</p></div><div class=p><p>" + SENTENCE + "</p></div></div></div>"
                        + "<div class=answer><span class=user>bob 12:06</span><div class=t><div class=p><p>"
                        + SENTENCE + "</p></div></div></div>", ""),
                // a site builder's records, each asked whether it holds the article's kind of text box
                Arguments.of("builder records", "", "<div class=\"r t-rec\"><div class=\"t-text t-text_md\">" + SENTENCE
                        + "</div></div><div class=\"r t-rec\"><div class=\"t420__descr t-descr\">" + SENTENCE + "</div></div>", ""),
                // a channel's posts built alike, each looked at as a twin of the main text's boxes
                Arguments.of("channel posts", "<section>", "<div class=\"msg_wrap js-wrap\"><div class=\"widget_message\">"
                        + "<div class=\"widget_message_text\">" + SENTENCE + "</div><span class=views>3.1K</span></div></div>", "</section>"),
                // verse lines that go on a sentence, each read against the line before it
                Arguments.of("verse lines", "<div>", "we walked along the quay at night,<br>by the sound the water made,<br>", "</div>"),
                // boundaries streamed and completed, each moved in place of its fallback
                Arguments.of("streamed boundaries", "", "<!--$?--><template id=\"B:1\"></template><div>Loading</div><!--/$-->"
                        + "<div hidden id=\"S:1\"><p>" + SENTENCE + "</p></div><script>$RC(\"B:1\",\"S:1\")</script>", ""),
                // checklist items, each box asked whether its label is an item or a form's field
                Arguments.of("checklist items", "<ul>", "<li><input type=checkbox id=c><label for=c>" + SENTENCE + "</label></li>",
                        "</ul>"),
                // boxes never closed, each opening with a title over links to the page: each asked whether it is contents
                Arguments.of("contents boxes", "", "<div class=t><h3>Contents</h3><ul><li><a href=#a>Times</a></li>"
                        + "<li><a href=#b>Fares</a></li></ul>", ""),
                // boxes an id alone marks, each looked up among the fragments the page's links point to
                Arguments.of("anchored boxes", "", "<div id=more><p>" + SENTENCE + "</p></div><a href=#more>Read more</a>", ""),
                // transcript cues built alike, each speaker's name seen before and asked whether it labels its cue
                Arguments.of("transcript cues", "<div class=tr>", "<div class=cue><div class=cue__time><a href=?t=62>00:01:02</a></div>"
                        + "<div class=s>Mayor</div><div class=x>" + SENTENCE + "</div></div>", "</div>"),
                // paragraphs too short to be prose between ad slots, each looked at after the last joined one
                Arguments.of("short paragraphs between ad slots", "<div class=rte><p>" + SENTENCE + "</p>",
                        "<div class=slot><a href=/ad>Buy now</a></div><p>Short line.</p>", "</div>"),
                // one box of labelled rows, its dates lines of their own, each row asking whether its box holds facts
                Arguments.of("fact rows", "<div class=event><h1>Lantern walk</h1><div class=meta>", "<div><span class=l>When</span> "
                        + "Saturday 13 December 2026</div><div><span class=l>Where</span> The Boathouse</div>", "</div><p>" + SENTENCE + "</p></div>"),
                // folded boxes each named by a collapsed disclosure elsewhere, found in one pass over the controls and ids
                Arguments.of("disclosures", "<article>", "<div><div id=r style=display:none><p>" + SENTENCE + "</p></div></div>"
                        + "<button aria-expanded=false aria-controls=r>Read more</button><a href=# aria-expanded=false"
                        + " aria-controls=r>More</a>", "</article>"),
                // pages built alike, each opening with the same running head and closing with its number, each pair climbed once
                Arguments.of("converted pages", "<div id=pc>", "<div class=pf><div class=t>Policy Brief 14</div><div class=t>" + SENTENCE
                        + "</div><div class=t>" + SENTENCE + "</div><div class=t>" + SENTENCE + "</div><div class=t>1</div></div>", "</div>"),
                // a newsletter's story rows built alike, each followed down the text's path of tags
                Arguments.of("newsletter rows", "<table>", "<tr><td><table><tr><td><b>Night patrols</b></td></tr><tr><td>" + SENTENCE
                        + SENTENCE + "</td></tr></table></td></tr><tr><td></td></tr>", "</table>"),
                // note markers each linking to an item of the notes list, every marker and item looked up once
                Arguments.of("note markers", "<article><ol>", "<li id=n><p>" + SENTENCE + "<sup><a href=#n>1</a></sup></p></li>",
                        "</ol></article>"),
                // a text's pane followed by panes built alike, each a subhead over a dated block of lines
                Arguments.of("tab panes", "<div class=obit><div class=pane><p>" + SENTENCE + "</p></div>", "<div class=pane><h3>Visitation"
                        + "</h3><p>Friday, December 5, 2026<br>5:00 PM - 7:00 PM</p></div>", "</div>"),
                // mail envelopes, each subject label looked at for the box of header rows it stands in
                Arguments.of("mail envelopes", "", "<table><tr><td>From:</td><td>a@b.example</td></tr><tr><td>Subject:</td><td>"
                        + SENTENCE + "</td></tr></table><p>" + SENTENCE + "</p>", ""),
                // a converted document's placed lines on one flat run: a running head after each page number
                Arguments.of("placed lines", "<div>", "<p style=\"position:absolute;top:40px\">Annual Statement</p><p style=\"position:"
                        + "absolute;top:80px\">" + SENTENCE + "</p><p style=\"position:absolute;top:1200px\">7</p>", "</div>"),
                // stories each under a linked headline, each heading's next line looked at once
                Arguments.of("linked story heads", "<table>", "<tr><td><h2><a href=/s>Orchard cooperative opens its cold store</a></h2><p>"
                        + SENTENCE + "</p></td></tr>", "</table>"),
                // pictures in boxes nested one in another, each over a line, on a page that says nothing else
                Arguments.of("nested picture boxes", "", "<div><img src=a.jpg><p>" + SENTENCE + "</p>", ""),
                // a paper's record: labelled rows with an identifier's link, a line citing the page, each table looked at once
                Arguments.of("record rows", "<title>Tidal resonance in semi-enclosed estuaries</title><article><p>" + SENTENCE + SENTENCE
                        + "</p>", "<table><tr><td>Comments:</td><td>24 pages</td></tr><tr><td>Cite as:</td><td><a href=/a>arXiv:1</a></td>"
                        + "</tr><tr><td>Subjects:</td><td>physics</td></tr></table><p>Park M. Tidal resonance in semi-enclosed estuaries"
                        + " // Journal. 2026.</p>", "</article>"),
                // chapter menus of in-page links, each naming a folded section: every link and id read once
                Arguments.of("chapter menus", "<article>", "<ul><li><a href=#a>One</a></li><li><a href=#b>Two</a></li></ul><section id=a><p>"
                        + SENTENCE + "</p></section><section id=b style=display:none><p>" + SENTENCE + "</p></section>", "</article>"),
                // notes written as text, each line's markers read once, a subhead over every note
                Arguments.of("text notes", "<article>", "<p>" + SENTENCE + "[1] " + SENTENCE + "[2]</p><h3>Notes</h3><p>[1] " + SENTENCE
                        + "</p><p>[2] " + SENTENCE + "</p>", "</article>"),
                // folded rests in wrappers beside toggles in wrappers, a tab's hidden panel: each climbed a few levels
                Arguments.of("wrapped toggles", "<article>", "<div><div><div style=display:none><p>" + SENTENCE + "</p></div></div></div>"
                        + "<div><div><button>Read more</button></div></div><button role=tab aria-selected=false aria-controls=t>Tab</button>"
                        + "<div id=t hidden><p>" + SENTENCE + "</p></div>", "</article>"),
                // site names in h1s and copyright lines, each h1 asked whether a copyright line names it
                Arguments.of("mastheads", "<title>Harbour News</title>", "<h1>Harbour News</h1><p>© 2026 Harbour News</p><p>" + SENTENCE
                        + "</p>", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void aPageOfOneShapeRepeatedEndsWithinItsBudget(String name, String open, String unit, String close) {
        StringBuilder html = new StringBuilder("<html><body>").append(open);
        while (html.length() < 200_000) {
            html.append(unit);
        }
        String page = html.append(close).append("</body></html>").toString();
        // The bound is on the CPU time the page took (the budget's own measure), which a busy machine does not
        // stretch; the clock's bound around it only keeps a page the budget failed to stop from holding the build.
        long cpu = assertTimeoutPreemptively(Duration.ofMinutes(5), () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            try {
                ArticleLabelled article = LABELLER.label(page(page));
                assertThat(article.id()).isNotBlank();
            } catch (TooCostlyException e) {
                assertThat(e.getMessage()).startsWith("page-too-costly");
            }
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            return THREADS.getCurrentThreadCpuTime() - start;
        });
        assertThat(Duration.ofNanos(cpu)).as("CPU time of the page").isLessThan(BUDGET.multipliedBy(3));
    }

    @Test
    void theExtractorStopsAtItsChecks() {
        String html = "<html><body>" + ("<div class=teaser><a href=/x><h3>" + SENTENCE + "</h3></a></div>").repeat(4_000) + "</body></html>";
        assertThatThrownBy(() -> new PageBudget(Duration.ofMillis(1)).run(() -> new Extractor().extract(html, "text/html", null)))
                .isInstanceOf(TooCostlyException.class);
    }

    @Test
    void theLabellerStopsAtItsChecks() {
        String text = SENTENCE.repeat(8_000);
        Labeller labeller = new Labeller();
        assertThatThrownBy(() -> new PageBudget(Duration.ofMillis(1)).run(() -> labeller.label("Russia and North Korea", text)))
                .isInstanceOf(TooCostlyException.class);
    }

    private static PageReceived page(String html) {
        return new PageReceived("hostile", "https://news.example/hostile", "test", "push", "text/html", html, null, null,
                Instant.now(), null);
    }
}
