package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityTagsTest {
    final JsonMapper json = JsonMapper.createDefault();

    @Test
    void aListsTagFollowsItsContentAndIsAQuotedStrongTag() {
        String tag = EntityTags.of(List.of("a", "b"), json);
        assertEquals(tag, EntityTags.of(List.of("a", "b"), json));
        assertNotEquals(tag, EntityTags.of(List.of("b", "a"), json));
        assertNotEquals(tag, EntityTags.of(List.of("a", "b", "c"), json));
        assertEquals(24, tag.length(), tag);
        assertEquals(List.of(), EntityTags.parse(List.of(tag), "If-None-Match", true).stream()
                .filter(t -> !t.equals(tag)).toList(), "a tag reads back as itself");
    }

    @Test
    void aHeldTagOrStarIsNotModifiedAndGarbageIsRefused() {
        List<String> items = List.of("x");
        String tag = EntityTags.of(items, json);
        assertEquals(200, EntityTags.listed(HttpRequest.GET("/l"), items, json).code());
        for (String held : List.of(tag, "W/" + tag, "\"other\", " + tag, "*")) {
            var answer = EntityTags.listed(HttpRequest.GET("/l").header("If-None-Match", held), items, json);
            assertEquals(304, answer.code(), held);
            assertEquals(tag, answer.getHeaders().get("ETag"));
        }
        assertEquals(200, EntityTags.listed(HttpRequest.GET("/l").header("If-None-Match", "\"other\""), items, json).code());
        ProblemException refused = assertThrows(ProblemException.class,
                () -> EntityTags.listed(HttpRequest.GET("/l").header("If-None-Match", "v1"), items, json));
        assertEquals(400, refused.status().getCode());
        assertNull(EntityTags.parse(List.of(), "If-None-Match", true));
    }
}
