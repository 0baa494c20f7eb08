package dev.tumen.alert.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.Fixtures;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGroupingTest {
    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");
    private final Subscription sub = Fixtures.subscription("s1", Severity.LOW);

    @Test
    void findsNearDuplicatesByHammingDistanceOnly() {
        StoryBook book = new StoryBook(Duration.ofHours(12), 4);
        long fp = 0x9f3a5c7e12345678L;
        book.put(new Story("a", List.of(SimHash.hex(fp)), List.of(), List.of("x"), Severity.HIGH, null, T, T, 1));
        assertNotNull(book.find(fp ^ 0b1011L, T.plusSeconds(1)), "3 bits apart: same story");
        assertNotNull(book.find(fp ^ (1L << 63) ^ (1L << 40) ^ (1L << 20) ^ 1L, T), "4 bits spread over the bands: same story");
        assertNull(book.find(fp ^ 0b11111L, T), "5 bits apart: another story");
        assertNull(book.find(fp, T.plus(Duration.ofHours(13))), "the window closed");
        assertEquals(0, book.size(), "the lookup that met the closed story forgot it");
        book.put(new Story("b", List.of(SimHash.hex(~fp)), List.of(), List.of("y"), Severity.HIGH, null, T, T, 1));
        assertEquals(1, book.evict(T.plus(Duration.ofHours(13))));
    }

    @Test
    void closedStoriesMetByALookupAreForgottenBeforeTheNextEviction() {
        StoryBook book = new StoryBook(Duration.ofMinutes(5), 4);
        long fp = 0x0123_4567_89ab_cdefL;
        for (int i = 0; i < 100; i++) {
            book.put(new Story("s" + i, List.of(SimHash.hex(fp ^ (1L << (i % 64)))), List.of(), List.of("x"), Severity.HIGH, null, T, T, 1));
        }
        assertEquals(100, book.size());
        Instant later = T.plus(Duration.ofMinutes(6));
        assertNull(book.find(fp, later));
        assertEquals(0, book.size(), "every closed story in the lookup's bands is gone");
        book.put(new Story("open", List.of(SimHash.hex(fp)), List.of(), List.of("y"), Severity.HIGH, null, later, later, 1));
        assertEquals("open", book.find(fp ^ 1, later).id());
    }

    @Test
    void oneAlertPerStoryThenOneEscalation() {
        StoryBook book = new StoryBook(Duration.ofHours(12), 4);
        long fp = 0x0123456789abcdefL;
        Severity[] severities = {Severity.HIGH, Severity.HIGH, Severity.MEDIUM, Severity.CRITICAL, Severity.HIGH};
        int created = 0;
        int escalated = 0;
        Story story = null;
        for (int i = 0; i < severities.length; i++) {
            ArticleLabelled copy = Fixtures.article("a" + i, severities[i], SimHash.hex(fp ^ (1L << i)), "https://outlet" + i + ".example/x");
            Story existing = book.find(SimHash.parse(copy.fingerprint()), T);
            StoryGrouping.Outcome out = StoryGrouping.apply(existing, copy, List.of(sub), T.plusSeconds(i));
            book.put(out.story());
            story = out.story();
            for (StoryGrouping.Decision d : out.decisions()) {
                if (d.type().equals(StoryGrouping.CREATED)) {
                    created++;
                } else {
                    escalated++;
                    assertEquals(Severity.HIGH, d.from());
                }
            }
        }
        assertEquals(1, created);
        assertEquals(1, escalated);
        assertEquals(5, story.outlets().size());
        assertEquals(Severity.CRITICAL, story.maxSeverity());
    }

    @Test
    void aReprocessedCopySendsTheSameAlertAgain() {
        ArticleLabelled copy = Fixtures.article("a1", Severity.HIGH, "00000000000000ff", "https://x.example/1");
        StoryGrouping.Outcome first = StoryGrouping.apply(null, copy, List.of(sub), T);
        StoryGrouping.Outcome again = StoryGrouping.apply(first.story(), copy, List.of(sub), T.plusSeconds(5));
        assertEquals(1, again.decisions().size());
        assertEquals(StoryGrouping.CREATED, again.decisions().get(0).type());
        assertNull(again.streamType());
    }

    @Test
    void aSubscriberThatMissedTheFirstCopyGetsItsOwnFirstAlert() {
        Subscription highOnly = Fixtures.subscription("s2", Severity.HIGH);
        ArticleLabelled medium = Fixtures.article("a1", Severity.MEDIUM, "00000000000000ff", "https://x.example/1");
        ArticleLabelled high = Fixtures.article("a2", Severity.HIGH, "00000000000000fe", "https://y.example/1");
        StoryGrouping.Outcome first = StoryGrouping.apply(null, medium, List.of(sub), T);
        StoryGrouping.Outcome second = StoryGrouping.apply(first.story(), high, List.of(sub, highOnly), T);
        assertEquals(2, second.decisions().size());
        assertEquals(StoryGrouping.ESCALATED, second.decisions().get(0).type());
        assertEquals(StoryGrouping.CREATED, second.decisions().get(1).type());
        assertSame(highOnly, second.decisions().get(1).subscription());
        assertEquals(StoryGrouping.ESCALATED, second.streamType());
        assertTrue(second.changed());
    }

    /**
     * A story record from outside whose alerted entry lacks what the grouping reads threw at every later copy of the story
     * for that subscriber (its alerts to everyone dead-lettered as failed for the story's window), and its type was
     * re-sent as the webhook's (probe of session 34): such a record is malformed, dead-lettered as it is read.
     */
    @Test
    void aStoryWhoseAlertedEntryLacksWhatTheGroupingReadsIsMalformed() {
        String head = "{\"id\":\"story_a\",\"firstSeen\":\"2026-12-05T08:00:00Z\",\"maxSeverity\":\"high\",\"alerted\":{\"sub_1\":";
        for (String entry : List.of("{}", "{\"severity\":\"high\",\"type\":\"alert.created\"}",
                "{\"articleId\":\"a\",\"type\":\"alert.created\"}", "{\"severity\":\"high\",\"articleId\":\"a\"}",
                "{\"severity\":\"high\",\"articleId\":\"a\",\"type\":\"alert.created\\ndata: forged\"}",
                "{\"severity\":\"high\",\"articleId\":\"a\",\"type\":\"alert.escalated\"}")) {
            org.junit.jupiter.api.Assertions.assertThrows(dev.tumen.model.MalformedRecordException.class,
                    () -> dev.tumen.model.Json.read((head + entry + "}}").getBytes(java.nio.charset.StandardCharsets.UTF_8), Story.class), entry);
        }
        Story ok = dev.tumen.model.Json.read((head + "{\"severity\":\"high\",\"articleId\":\"a\",\"type\":\"alert.escalated\",\"from\":\"low\"}}}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), Story.class);
        assertEquals(Severity.LOW, ok.alerted().get("sub_1").from());
    }
}
