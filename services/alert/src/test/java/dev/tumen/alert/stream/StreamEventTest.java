package dev.tumen.alert.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.Fixtures;
import dev.tumen.alert.delivery.Alert;
import dev.tumen.model.Actor;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.model.Json;
import dev.tumen.model.MalformedRecordException;
import dev.tumen.model.Severity;
import dev.tumen.model.Side;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamEventTest {

    @Test
    void keepsABoundedExcerptOfAHugeCyrillicArticleInUtf8Bytes() {
        ArticleLabelled a = Fixtures.article("big", Severity.HIGH, "0", "https://n.example/big");
        String cyrillic = "Пхеньян и Москва подписали договор. ".repeat(60_000); // ~3.8 MB in UTF-8
        List<String> evidence = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            evidence.add(cyrillic.substring(0, 5000));
            actors.add(new Actor(cyrillic.substring(0, 3000), Side.RUSSIA, "person"));
        }
        ArticleLabelled huge = new ArticleLabelled(a.id(), a.url() + "?" + "x".repeat(100_000), cyrillic.substring(0, 20_000), cyrillic,
                a.lang(), a.published(), a.receivedAt(), a.labelledAt(), cyrillic, true, 0.9, Severity.HIGH, a.categories(), actors,
                evidence, a.model(), a.fingerprint());

        StreamEvent e = new StreamEvent("alert.created", Instant.now(), huge, new Alert.StoryRef("story_big", 1), null);

        byte[] json = Json.bytes(e);
        assertTrue(json.length <= StreamEvent.MAX_BYTES, "stream record is " + json.length + " bytes");
        assertTrue(e.article().body().getBytes(StandardCharsets.UTF_8).length <= StreamEvent.EXCERPT_BYTES);
        assertTrue(e.article().body().length() > 1000, "the excerpt is the start of the body, not nothing");
        assertTrue(cyrillic.startsWith(e.article().body()), "never splits a character");
        assertEquals(huge.id(), e.article().id());
        assertEquals(huge.fingerprint(), e.article().fingerprint());
        assertEquals(Json.read(json, StreamEvent.class), e, "reads back as the same bounded event");
    }

    @Test
    void leavesAnArticleWithinTheLimitsUntouched() {
        ArticleLabelled a = Fixtures.article("small", Severity.HIGH, "0", "https://n.example/small");
        assertSame(a, new StreamEvent("alert.created", Instant.now(), a, new Alert.StoryRef("s", 1), null).article());
    }

    @Test
    void truncatesWithoutSplittingSurrogatePairs() {
        String emoji = "😀".repeat(10); // 4 bytes each
        assertEquals("😀😀", StreamEvent.truncate(emoji, 11));
        assertEquals("ab", StreamEvent.truncate("abc", 2));
        assertEquals("абв", StreamEvent.truncate("абв", 6));
    }

    @Test
    void aTypeThatIsNoStreamEventsNameIsAMalformedRecord() {
        // The type is written as the SSE event name as it is: a newline in it put forged events into every client's stream.
        ArticleLabelled a = Fixtures.article("t", Severity.HIGH, "0", "https://n.example/t");
        String good = Json.string(new StreamEvent("alert.created", Instant.now(), a, new Alert.StoryRef("story_t", 1), null));
        for (String type : List.of("alert.created\ndata: {\\\"forged\\\":true}\n\nevent: alert.created", "alert.deleted", "")) {
            String forged = good.replace("\"alert.created\"", Json.string(type));
            MalformedRecordException e = org.junit.jupiter.api.Assertions.assertThrows(MalformedRecordException.class,
                    () -> Json.read(forged.getBytes(StandardCharsets.UTF_8), StreamEvent.class), type);
            assertTrue(!e.getMessage().contains("\n"), e.getMessage());
        }
        String untyped = good.replace("\"type\":\"alert.created\",", "");
        org.junit.jupiter.api.Assertions.assertThrows(MalformedRecordException.class,
                () -> Json.read(untyped.getBytes(StandardCharsets.UTF_8), StreamEvent.class));
        assertEquals("alert.escalated", Json.read(good.replace("\"alert.created\"", "\"alert.escalated\"").getBytes(StandardCharsets.UTF_8),
                StreamEvent.class).type());
    }
}
