package dev.tumen.common.security;

import dev.tumen.common.cli.CommandLine;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code bin/tumen token mint --name NAME --scope read|write|admin}: prints a new random token (shown once) and the
 * configuration entry holding only its SHA-256, so the service never stores the token itself.
 */
public final class MintToken {
    private MintToken() {
    }

    static final String USAGE = "usage: bin/tumen token mint --name NAME --scope read|write|admin";

    public static void main(String[] args) throws Exception {
        int rc = run(List.of(args));
        if (rc != 0) {
            System.exit(rc);
        }
    }

    public static int run(List<String> args) throws Exception {
        return CommandLine.run("token mint", USAGE, System.out, System.err, () -> {
            String name = null;
            Scope scope = null;
            CommandLine a = new CommandLine(args);
            while (a.next()) {
                switch (a.option()) {
                    case "mint" -> { }
                    case "--name" -> name = a.value();
                    case "--scope" -> scope = scope(a.value());
                    default -> throw a.unknown();
                }
            }
            if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
                throw new CommandLine.UsageException("--name is required: letters, digits, . _ - (at most 64)");
            }
            if (scope == null) {
                throw new CommandLine.UsageException("--scope is required: read, write or admin");
            }
            Minted minted = mint(name, scope);
            System.out.println("token: " + minted.token());
            System.out.println("(shown once: give it to the client; the services keep only its hash)");
            System.out.println();
            System.out.println("configuration entry (tumen.security.tokens, comma-separated in env TUMEN_SECURITY_TOKENS):");
            System.out.println(minted.entry());
            return 0;
        });
    }

    private static Scope scope(String value) {
        try {
            return Scope.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.UsageException("--scope must be read, write or admin");
        }
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
}
