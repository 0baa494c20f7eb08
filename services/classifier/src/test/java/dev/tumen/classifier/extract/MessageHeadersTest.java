package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A message's subject as {@link MessageHeaders} reads it: its marks, and a subject set as a heading without its label. */
class MessageHeadersTest {

    @Test
    void aListsTagOfAWordOrTwoIsNoWordOfTheSubject() {
        assertEquals("Grafting workshop moved", MessageHeaders.subjectOf("Subject: [Orchard-list] Grafting workshop moved"));
        assertEquals("Neue Ladesäulen am Bahnhof", MessageHeaders.subjectOf("Betreff: AW: [Städtetag Info] Neue Ladesäulen am Bahnhof"));
        assertEquals("Отключение воды", MessageHeaders.subjectOf("Тема: Fwd: [пресс-служба] Отключение воды"));
    }

    @Test
    void aBracketOfMoreWordsIsTheHeadlinesOwn() {
        // a series' or a show's name in brackets heads the story's own headline (session 48's --mutate title-email)
        assertEquals("[The Harbour Diaries] More letters from readers",
                MessageHeaders.subjectOf("Subject: [The Harbour Diaries] More letters from readers"));
    }

    @Test
    void aLineSetBoldAndLargeByInlineStyleIsSetAsAHeading() {
        assertEquals("Winter gritting routes published", heading("<td style=\"font-size:22px;font-weight:bold\">Winter gritting routes published</td>"));
        assertEquals("해솔구, 겨울철 무료 급식소 추가 운영",
                heading("<td><span style=\"font-size:20px\"><strong>해솔구, 겨울철 무료 급식소 추가 운영</strong></span></td>"));
        assertEquals("Новая поликлиника для детей", heading("<td><font size=\"5\"><b>Новая поликлиника для детей</b></font></td>"));
        assertEquals("Neue Ladesäulen in Betrieb", heading("<td style=\"font-size:14pt;font-weight:700\">Neue Ladesäulen in Betrieb</td>"));
    }

    @Test
    void aLineBoldOnlyLargeOnlyLinkedOrASentenceIsNoHeading() {
        assertNull(heading("<td><b>Winter gritting routes published</b></td>"));
        assertNull(heading("<td style=\"font-size:22px\">Winter gritting routes published</td>"));
        assertNull(heading("<td style=\"font-size:22px;font-weight:bold\"><a href=\"/news/1\">Winter gritting routes published</a></td>"));
        assertNull(heading("<td style=\"font-size:22px;font-weight:bold\">The council has published its gritting routes.</td>"));
        assertNull(heading("<td style=\"font-size:22px;font-weight:bold\">Winter gritting<br>routes published</td>"));
    }

    private static String heading(String cell) {
        Element row = Jsoup.parse("<table><tr>" + cell + "</tr></table>").selectFirst("tr");
        return MessageHeaders.setAsHeading(row);
    }
}
