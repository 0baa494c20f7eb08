package dev.tumen.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.exceptions.ConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccessTokensTest {
    private static final String LONG = "0123456789abcdef0123456789abcdef";

    @Test
    void refusesToStartWithoutATokenOutsideDev() {
        assertThrows(ConfigurationException.class, () -> new AccessTokens(null, List.of(), false));
        assertThrows(ConfigurationException.class, () -> new AccessTokens("", List.of(""), false));
        ConfigurationException shortToken = assertThrows(ConfigurationException.class, () -> new AccessTokens("short", List.of(), false));
        assertTrue(shortToken.getMessage().contains("shorter than 32"));
        assertThrows(ConfigurationException.class, () -> new AccessTokens(LONG.substring(1), List.of(), false));
        assertThrows(ConfigurationException.class, () -> new AccessTokens("   " + LONG.substring(4) + "   ", List.of(), false));
    }

    /** Long enough, but no secret: the third outside review started a service with 32 equal characters. */
    @Test
    void aTokenOfFewDifferentCharactersStopsStartUpOutsideDev() {
        for (String weak : List.of("a".repeat(32), "ab".repeat(20), "0123456".repeat(5))) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> new AccessTokens(weak, List.of(), false), weak);
            assertFalse(e.getMessage().contains(weak), "the refusal does not echo the token");
        }
        assertFalse(new AccessTokens("01234567".repeat(4), List.of(), false).open());
        assertTrue(new AccessTokens("a".repeat(32), List.of(), true).authenticate("a".repeat(32)).isPresent(), "dev takes any token");
    }

    @Test
    void devWithoutATokenIsOpen() {
        assertTrue(new AccessTokens(null, List.of(), true).open());
        assertFalse(new AccessTokens(LONG, List.of(), false).open());
    }

    @Test
    void legacyTokenIsAdminAndMintedTokensCarryTheirScope() {
        MintToken.Minted reader = MintToken.mint("dash", Scope.READ);
        MintToken.Minted writer = MintToken.mint("desk", Scope.WRITE);
        AccessTokens tokens = new AccessTokens(LONG, List.of(reader.entry(), writer.entry()), false);
        assertEquals(Scope.ADMIN, tokens.authenticate(LONG).orElseThrow().scope());
        assertEquals(Scope.READ, tokens.authenticate(reader.token()).orElseThrow().scope());
        assertEquals("desk", tokens.authenticate(writer.token()).orElseThrow().name());
        assertTrue(tokens.authenticate(reader.entry()).isEmpty(), "the stored hash is not a token");
        assertTrue(tokens.authenticate(writer.token() + "x").isEmpty());
        assertTrue(tokens.authenticate("").isEmpty());
        assertFalse(reader.entry().contains(reader.token()));
    }

    @Test
    void hashedTokensAloneAreEnoughOutsideDev() {
        MintToken.Minted admin = MintToken.mint("ops", Scope.ADMIN);
        assertEquals(Scope.ADMIN, new AccessTokens("", List.of(admin.entry()), false).authenticate(admin.token()).orElseThrow().scope());
    }

    @Test
    void malformedEntriesStopStartUpWithoutEchoingThem() {
        assertThrows(ConfigurationException.class, () -> new AccessTokens(LONG, List.of("desk:write"), false));
        assertThrows(ConfigurationException.class, () -> new AccessTokens(LONG, List.of("desk:root:" + "a".repeat(64)), false));
        ConfigurationException e = assertThrows(ConfigurationException.class,
                () -> new AccessTokens(LONG, List.of("desk:write:plaintext-secret-token-value"), false));
        assertFalse(e.getMessage().contains("plaintext-secret"));
    }

    @Test
    void scopesAreOrdered() {
        assertTrue(Scope.ADMIN.includes(Scope.WRITE));
        assertTrue(Scope.WRITE.includes(Scope.READ));
        assertFalse(Scope.READ.includes(Scope.WRITE));
        assertFalse(Scope.WRITE.includes(Scope.ADMIN));
    }

    /**
     * A token list with the same token twice under two scopes let the first entry decide, and two tokens under one name
     * shared that name's subscription quota and log lines: both started without a word (probe of session 28).
     */
    @Test
    void aTokenOrANameGivenTwiceStopsStartUpNamingIt() {
        MintToken.Minted desk = MintToken.mint("desk", Scope.READ);
        String sameTokenAsAdmin = "ops:admin:" + desk.entry().substring(desk.entry().lastIndexOf(':') + 1);
        ConfigurationException twice = assertThrows(ConfigurationException.class,
                () -> new AccessTokens(LONG, List.of(desk.entry(), sameTokenAsAdmin), false));
        assertTrue(twice.getMessage().contains("ops") && twice.getMessage().contains("desk") && twice.getMessage().contains("same token"),
                twice.getMessage());
        String legacyAgain = "again:read:" + java.util.HexFormat.of().formatHex(AccessTokens.sha256(LONG));
        assertThrows(ConfigurationException.class, () -> new AccessTokens(LONG, List.of(legacyAgain), false));
        ConfigurationException name = assertThrows(ConfigurationException.class,
                () -> new AccessTokens(LONG, List.of(desk.entry(), MintToken.mint("desk", Scope.ADMIN).entry()), false));
        assertTrue(name.getMessage().contains("desk") && name.getMessage().contains("twice"), name.getMessage());
    }

    /**
     * Two names that read as one (another case, full-width letters) were two owners: two quotas, and log lines and
     * {@code owner} fields an operator could not tell apart (probe of session 43).
     */
    @Test
    void twoNamesThatReadAsOneStopStartUp() {
        for (String other : List.of("Desk", "DESK", "\uff44\uff45\uff53\uff4b")) {
            ConfigurationException e = assertThrows(ConfigurationException.class, () -> new AccessTokens(LONG,
                    List.of(MintToken.mint("desk", Scope.READ).entry(), MintToken.mint(other, Scope.ADMIN).entry()), false), other);
            assertTrue(e.getMessage().contains("twice") && e.getMessage().contains("(as " + other + ")"), e.getMessage());
        }
        new AccessTokens(LONG, List.of(MintToken.mint("desk", Scope.READ).entry(), MintToken.mint("desk-2", Scope.ADMIN).entry()), false);
    }
}
