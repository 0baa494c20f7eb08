package dev.tumen.ingest.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.security.Sealer;
import dev.tumen.ingest.feed.Feed;
import dev.tumen.model.Json;
import io.micronaut.context.exceptions.ConfigurationException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedUrlSealingTest {
    private static final String URL = "https://paid.example/rss?api_key=K3yK3yK3y&lang=en";

    private static String key(int fill) {
        byte[] k = new byte[32];
        // a key of one repeated byte is refused outside dev: each fill gives its own key of 32 different bytes
        for (int i = 0; i < k.length; i++) {
            k[i] = (byte) (fill + i * 7);
        }
        return Base64.getEncoder().encodeToString(k);
    }

    private static FeedUrlSealing sealing(String key, String... previous) {
        return new FeedUrlSealing(new Sealer(key, List.of(previous), false, "feed URLs"));
    }

    private static Feed feed(String id, String url) {
        return Feed.added(id, url, "Paid", 600, "api", Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void theTopicHoldsNoUrlAndTheServiceGetsItBack() {
        FeedUrlSealing sealing = sealing(key(1));
        Feed sealed = sealing.seal(feed("00112233aabbccdd", URL));
        String onTheTopic = new String(Json.bytes(sealed), StandardCharsets.UTF_8);
        assertFalse(onTheTopic.contains("K3yK3yK3y") || onTheTopic.contains("paid.example"), onTheTopic);
        assertTrue(sealed.url().startsWith(Sealer.PREFIX));
        assertNotEquals(sealed.url(), sealing.seal(feed("00112233aabbccdd", URL)).url(), "a fresh nonce per value");
        assertEquals(URL, sealing.open(Json.read(onTheTopic.getBytes(StandardCharsets.UTF_8), Feed.class)).url());
        assertEquals(sealed.url(), sealing.seal(sealed).url(), "sealing twice seals once");
        assertFalse(sealing.needsSealing(sealed));
    }

    @Test
    void aSealedUrlIsBoundToItsFeedAndItsKey() {
        FeedUrlSealing sealing = sealing(key(1));
        Feed sealed = sealing.seal(feed("00112233aabbccdd", URL));
        assertThrows(IllegalStateException.class, () -> sealing.open(feed("ffeeddccbbaa9988", sealed.url())));
        String tampered = sealed.url().substring(0, sealed.url().length() - 2) + (sealed.url().endsWith("A") ? "BB" : "AA");
        assertThrows(IllegalStateException.class, () -> sealing.open(feed("00112233aabbccdd", tampered)));
        assertThrows(IllegalStateException.class, () -> sealing(key(2)).open(sealed), "another key");
        FeedUrlSealing rotated = sealing(key(2), key(1));
        assertEquals(URL, rotated.open(sealed).url(), "a previous key still decrypts");
        assertTrue(rotated.needsSealing(sealed), "and the feed is re-written under the current one");
    }

    @Test
    void aPlaintextUrlFromBeforeEncryptionIsReadAndMarkedForRewriting() {
        FeedUrlSealing sealing = sealing(key(1));
        Feed legacy = feed("00112233aabbccdd", URL);
        assertEquals(URL, sealing.open(legacy).url());
        assertTrue(sealing.needsSealing(legacy));
    }

    @Test
    void outsideDevThereIsNoDefaultKey() {
        assertThrows(ConfigurationException.class, () -> new Sealer(null, List.of(), false, "feed URLs"));
        assertThrows(ConfigurationException.class, () -> new Sealer("c2hvcnQ=", List.of(), false, "feed URLs"));
    }

    @Test
    void aFailuresDetailKeepsNoCredentialOfTheUrlItQuotes() {
        Feed failed = feed("00112233aabbccdd", URL).failed(Instant.now(), "status", "GET " + URL + " answered 500", 0);
        assertFalse(failed.lastError().contains("K3yK3yK3y"), failed.lastError());
        assertTrue(failed.lastError().contains("paid.example/rss?api_key="), failed.lastError());
    }
}
