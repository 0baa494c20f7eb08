package dev.tumen.classifier.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class DeclaredBodyTest {
    private static final String OPENING = "The council voted on Monday to close the old swimming pool at the end of the season.";
    private static final String REST = " A new pool with a learners' basin is to open beside the sports hall in two years,"
            + " paid for by the town and a regional grant. Until then, schools will take their classes to the pool in the"
            + " next town, which has offered early morning lanes on weekdays. Swimming clubs have asked for evening hours too.";

    private static DomBlocks page(String html) {
        return DomBlocks.of(Jsoup.parse(html).body());
    }

    @Test
    void keepsTheMarkupOverADeclaredBodyCutWithAnEllipsis() {
        String markup = OPENING + REST;
        String teaser = OPENING + REST.substring(0, 240) + "…";
        assertEquals(markup, DeclaredBody.choose(page("<p>" + markup + "</p>"), markup, teaser, false));
    }

    @Test
    void takesTheDeclaredBodyWhenTheMarkupShowsOnlyItsOpening() {
        String ld = OPENING + REST;
        assertEquals(ld, DeclaredBody.choose(page("<p>" + OPENING + "</p>"), OPENING, ld, true));
    }

    @Test
    void takesTheDeclaredBodyWhenTheMarkupGaveAnotherTextThatDoesNotHoldIt() {
        String other = "Readers write: the bus to the hospital runs too rarely on Sundays, and the stop has no shelter from the rain"
                + " or the wind, which matters to the elderly patients who wait there for half an hour at a time every week.";
        String ld = OPENING + REST;
        assertEquals(ld, DeclaredBody.choose(page("<p>" + other + "</p>"), other, ld, false));
    }

    @Test
    void keepsTheMarkupWhenOnlyItTellsTheHeadlineAndTheDeclaredBodyIsAnotherStory() {
        String story = "A logistics centre of forty thousand square metres opened beside the airport on Wednesday, built for"
                + " containers that arrive from the ports by rail and leave for the rest of the country by road.";
        String ld = OPENING + REST;
        String headline = "Logistics centre opens beside the airport";
        assertEquals(story, DeclaredBody.choose(page("<p>" + story + "</p>"), story, ld, false, headline));
        // a headline the declared body tells: the markup's other text is a neighbour's, the declared body the article
        assertEquals(ld, DeclaredBody.choose(page("<p>" + story + "</p>"), story, ld, false, "Council votes to close the old swimming pool"));
    }

    @Test
    void comparesHanAndKanaTextCharacterByCharacter() {
        assertTrue(DeclaredBody.words("市議会は月曜日に決めた").size() > 5);
        assertEquals(3, DeclaredBody.words("Old pool, new pool").size() - 1);
    }
}
