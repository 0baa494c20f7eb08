package dev.tumen.common.security;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's bearer tokens: {@code tumen.security.token} (one raw token with the {@code admin} scope, so existing
 * deployments keep working) and {@code tumen.security.tokens} (named tokens stored as SHA-256 hashes, each
 * {@code name:scope:hex}; {@code bin/tumen token mint} makes them).
 *
 * <p>A {@link Context} bean: it is built when the application starts, so a missing, empty or short token stops
 * start-up with a clear message instead of failing every request later. Only an explicit {@code dev} environment
 * runs without tokens. Tokens are never logged.
 */
@Context
public class AccessTokens {
    /** Shortest raw token accepted outside dev: a guessable token is no token. */
    public static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(AccessTokens.class);

    /** A configured token: its name (for logs and quotas), scope and SHA-256. */
    public record Token(String name, Scope scope, byte[] sha256) {
    }

    private final List<Token> tokens;
    private final boolean open;

    public AccessTokens(@Nullable @Value("${tumen.security.token:}") String token,
                        @Nullable @Value("${tumen.security.tokens:}") List<String> hashed,
                        Environment environment) {
        this(token, hashed, environment.getActiveNames().contains(Environment.DEVELOPMENT));
    }

    public AccessTokens(@Nullable String token, @Nullable List<String> hashed, boolean dev) {
        List<Token> all = new ArrayList<>();
        if (token != null && !token.isEmpty()) {
            if (token.strip().length() < MIN_LENGTH && !dev) {
                throw new ConfigurationException("tumen.security.token (env TUMEN_SECURITY_TOKEN) is shorter than " + MIN_LENGTH
                        + " characters; use e.g. `openssl rand -hex 24` or `bin/tumen token mint`");
            }
            if (!dev && Secrets.distinct(token.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)) < Secrets.MIN_DISTINCT) {
                throw new ConfigurationException("tumen.security.token (env TUMEN_SECURITY_TOKEN) is made of fewer than "
                        + Secrets.MIN_DISTINCT + " different characters, which no generator of secrets gives; use e.g. "
                        + "`openssl rand -hex 24` or `bin/tumen token mint`");
            }
            all.add(new Token("default", Scope.ADMIN, sha256(token.strip())));
        }
        for (String entry : hashed == null ? List.<String>of() : hashed) {
            if (entry != null && !entry.isBlank()) {
                all.add(parse(entry.strip()));
            }
        }
        refuseTwice(all);
        if (all.isEmpty() && !dev) {
            throw new ConfigurationException("No access token configured: set TUMEN_SECURITY_TOKEN (at least " + MIN_LENGTH
                    + " characters, admin scope) or TUMEN_SECURITY_TOKENS (name:scope:sha256, see `bin/tumen token mint`). "
                    + "Only MICRONAUT_ENVIRONMENTS=dev runs without a token.");
        }
        if (all.isEmpty()) {
            LOG.warn("No access token configured: HTTP endpoints are open (environment dev only)");
        }
        this.tokens = List.copyOf(all);
        this.open = all.isEmpty();
    }

    /** True only in dev without any token: every request passes with the admin scope. */
    public boolean open() {
        return open;
    }

    /** The token {@code presented} matches, compared in constant time against every configured hash. */
    public Optional<Token> authenticate(@Nullable String presented) {
        if (presented == null || presented.isEmpty()) {
            return Optional.empty();
        }
        byte[] digest = sha256(presented);
        Token found = null;
        for (Token t : tokens) {
            // No early exit: the time taken does not tell which or how many tokens exist.
            if (MessageDigest.isEqual(t.sha256(), digest) && found == null) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * One token under two entries would take the first entry's scope, and two tokens under one name would share that
     * name's quota and log lines: either is a mistake in the list, refused naming the entries (never the token).
     */
    private static void refuseTwice(List<Token> all) {
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Token a = all.get(i);
                Token b = all.get(j);
                if (MessageDigest.isEqual(a.sha256(), b.sha256())) {
                    throw new ConfigurationException("tumen.security.tokens: entries " + a.name() + " (" + a.scope().name().toLowerCase(Locale.ROOT)
                            + ") and " + b.name() + " (" + b.scope().name().toLowerCase(Locale.ROOT) + ") hold the same token"
                            + (a.name().equals("default") && i == 0 ? " as TUMEN_SECURITY_TOKEN" : "") + "; give each token one entry");
                }
                if (sameName(a.name(), b.name())) {
                    throw new ConfigurationException("tumen.security.tokens: the name " + a.name()
                            + (a.name().equals(b.name()) ? "" : " (as " + b.name() + ")") + " is given twice"
                            + (i == 0 && a.name().equals("default") ? " (TUMEN_SECURITY_TOKEN is named default)" : "")
                            + "; a name owns its subscriptions and log lines, so give each token its own");
                }
            }
        }
    }

    /**
     * Whether two token names read as one: equal once case and compatibility spellings are set aside (NFKC). A name owns
     * its subscriptions and is what log lines and {@code owner} say, so "desk" and "Desk", or "desk" and full-width
     * "ｄｅｓｋ", were two owners an operator reads as one: two quotas, and log lines that could not be told apart
     * (probe of session 43).
     */
    static boolean sameName(String a, String b) {
        return folded(a).equals(folded(b));
    }

    private static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    static Token parse(String entry) {
        String[] parts = entry.split(":");
        if (parts.length != 3 || parts[0].isBlank()) {
            throw new ConfigurationException("tumen.security.tokens entry must be name:scope:sha256-hex (see `bin/tumen token mint`), "
                    + "got an entry with " + parts.length + " part(s)");
        }
        Scope scope;
        try {
            scope = Scope.parse(parts[1]);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("tumen.security.tokens entry " + parts[0] + ": " + e.getMessage());
        }
        String hex = parts[2].strip().toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{64}")) {
            throw new ConfigurationException("tumen.security.tokens entry " + parts[0] + ": the hash must be 64 hex digits (SHA-256)");
        }
        return new Token(parts[0].strip(), scope, HexFormat.of().parseHex(hex));
    }

    public static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
