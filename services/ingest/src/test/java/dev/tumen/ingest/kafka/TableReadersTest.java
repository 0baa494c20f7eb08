package dev.tumen.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.ingest.dedup.SeenPage;
import dev.tumen.model.Hashes;
import dev.tumen.model.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TableReadersTest {
    private static final String HASH = Hashes.sha256("content");

    @Test
    void onlyAnObjectCarryingTheKnownHashIsSkippedUnread() {
        String id = Hashes.pageId("https://news.example/a", null);
        assertTrue(TableReaders.carries(Json.bytes(new SeenPage(id, HASH, "https://news.example/a", Instant.now())), HASH));
        assertTrue(TableReaders.carries((" \n" + new String(Json.bytes(new SeenPage(id, HASH, null, Instant.now())),
                StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8), HASH));
        for (String junk : new String[] {"", " ", "0", "-1", "[1]", "null", "\"" + HASH + "\"", "{\"contentHash\":\"" + HASH + "\"",
                "\"contentHash\":\"" + HASH + "\"}", "{\"contentHash\":\"" + Hashes.sha256("other") + "\"}", "{}", "{\"contentHash\":\""
                + HASH.substring(1) + "\"}"}) {
            assertFalse(TableReaders.carries(junk.getBytes(StandardCharsets.UTF_8), HASH), junk);
        }
        assertFalse(TableReaders.carries(Json.bytes(new SeenPage(id, HASH, null, Instant.now())), null), "nothing known");
    }

    @Test
    void idsAreLowercaseHexOfTheirLength() {
        assertTrue(TableReaders.isHex(Hashes.pageId("https://news.example/a", null), 32));
        assertTrue(TableReaders.isHex(HASH, 64));
        for (String bad : new String[] {null, "", "0", HASH.substring(0, 31), HASH.substring(0, 33), HASH.substring(0, 32).toUpperCase(),
                "g" + HASH.substring(1, 32), " " + HASH.substring(1, 32)}) {
            assertFalse(TableReaders.isHex(bad, 32), String.valueOf(bad));
        }
    }
}
