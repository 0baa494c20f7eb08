package dev.tumen.common.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * {@code bin/tumen token mint --name NAME --scope read|write|admin}: prints a new random token (shown once) and the
 * configuration entry holding only its SHA-256, so the service never stores the token itself.
 */
public final class MintToken {
    private MintToken() {
    }

    public static void main(String[] args) {
        String name = null;
        String scope = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "mint" -> { }
                case "--name" -> name = i + 1 < args.length ? args[++i] : null;
                case "--scope" -> scope = i + 1 < args.length ? args[++i] : null;
                default -> usage("unknown argument " + args[i]);
            }
        }
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            usage("--name is required: letters, digits, . _ - (at most 64)");
        }
        Scope parsed = null;
        try {
            parsed = Scope.parse(scope == null ? "" : scope);
        } catch (IllegalArgumentException e) {
            usage("--scope must be read, write or admin");
        }
        Minted minted = mint(name, parsed);
        System.out.println("token: " + minted.token());
        System.out.println("(shown once: give it to the client; the services keep only its hash)");
        System.out.println();
        System.out.println("configuration entry (tumen.security.tokens, comma-separated in env TUMEN_SECURITY_TOKENS):");
        System.out.println(minted.entry());
    }

    /** A token and its {@code name:scope:sha256} configuration entry. */
    public record Minted(String token, String entry) {
    }

    public static Minted mint(String name, Scope scope) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = "tmn_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Minted(token, name + ":" + scope.id() + ":" + HexFormat.of().formatHex(AccessTokens.sha256(token)));
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: bin/tumen token mint --name NAME --scope read|write|admin");
        System.exit(2);
    }
}
