package dev.tumen.common.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class SealerTest {
    private static final String ZEROS = Base64.getEncoder().encodeToString(new byte[32]);

    /** 32 bytes of the right length, but guessable: the third outside review sealed webhook secrets with all zeros. */
    @Test
    void aKeyOfFewDifferentValuesStopsStartUpOutsideDev() {
        byte[] repeated = new byte[32];
        for (int i = 0; i < repeated.length; i++) {
            repeated[i] = (byte) (i % 4);
        }
        for (String weak : List.of(ZEROS, Base64.getEncoder().encodeToString(repeated))) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> new Sealer(weak, List.of(), false, "webhook secrets"));
            assertTrue(e.getMessage().contains("TUMEN_ENCRYPTION_KEY"), e.getMessage());
        }
        assertDoesNotThrow(() -> new Sealer(ZEROS, List.of(), true, "webhook secrets"), "dev takes any key");
    }

    @Test
    void anOldWeakKeyStillOpensWhatItSealed() {
        String sealed = new Sealer(ZEROS, List.of(), true, "feed URLs").seal("a feed", "https://feeds.example/rss");
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Sealer rotated = new Sealer(Base64.getEncoder().encodeToString(fresh), List.of(ZEROS), false, "feed URLs");
        assertEquals("https://feeds.example/rss", rotated.open("a feed", sealed));
    }
}
