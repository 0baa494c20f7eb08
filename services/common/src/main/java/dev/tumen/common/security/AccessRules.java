package dev.tumen.common.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which scope each request needs, by path and method, in one table rather than on each controller, so a new
 * endpoint is covered the day it is added: unknown reads need {@code read}, unknown changes need {@code write}.
 */
public final class AccessRules {
    /** Endpoints anyone may call (health answers details only to a token holder). */
    private static final List<String> OPEN_PREFIXES = List.of("/health", "/prometheus", "/openapi", "/swagger");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private record Rule(Pattern path, Scope scope) {
    }

    /** First match wins. */
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("/imports(/.*)?"), Scope.ADMIN),
            new Rule(Pattern.compile(".*/replay(/.*)?"), Scope.ADMIN),
            new Rule(Pattern.compile("/subscriptions/[^/]+/secret(/.*)?"), Scope.ADMIN));

    // Compiled once: String.replaceAll compiles its pattern on every call, and every request is normalised (about 2 %
    // of ingest's request-thread samples at 200 pages/s, JFR, session 10).
    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");
    private static final Pattern NOT_PLAIN = Pattern.compile("[^\\x21-\\x7e]|[?#]");

    private AccessRules() {
    }

    /** {@code null} for an open endpoint, else the scope the request needs. */
    public static Scope required(String method, String path) {
        String p = normalise(path);
        // A dot segment or an escape could be read differently by the router: such a path is never open.
        boolean plain = path != null && !path.contains("..") && !path.contains("%") && !path.contains(";");
        if (plain && OPEN_PREFIXES.stream().anyMatch(o -> p.equals(o) || p.startsWith(o + "/"))) {
            return null;
        }
        for (Rule rule : RULES) {
            if (rule.path().matcher(p).matches()) {
                return rule.scope();
            }
        }
        return SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT)) ? Scope.READ : Scope.WRITE;
    }

    /** The one place a token in the query string is honoured: EventSource cannot send headers. */
    public static boolean queryTokenAllowed(String method, String path) {
        String p = normalise(path);
        return "GET".equalsIgnoreCase(method) && (p.equals("/stream") || p.startsWith("/stream/"));
    }

    /**
     * Decoded, dot segments resolved, lower case, one slash between segments, no trailing slash: no spelling of a
     * path may dodge its rule.
     */
    static String normalise(String path) {
        String p = path == null ? "/" : path;
        try {
            p = java.net.URLDecoder.decode(p.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // a malformed escape: rules then see the raw spelling, and it is never open (see required)
        }
        p = p.toLowerCase(Locale.ROOT).replace('\\', '/');
        p = REPEATED_SLASHES.matcher(p).replaceAll("/");
        try {
            p = java.net.URI.create("http://h" + (p.startsWith("/") ? "" : "/") + NOT_PLAIN.matcher(p).replaceAll("_")).normalize().getPath();
        } catch (IllegalArgumentException e) {
            p = p.replace("..", "_");
        }
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.startsWith("/") ? p : "/" + p;
    }

    public static boolean isHealth(String path) {
        String p = normalise(path);
        return p.equals("/health") || p.startsWith("/health/");
    }
}
