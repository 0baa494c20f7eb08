package dev.tumen.testkit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every answer's head as a stranger reads it, whatever its status and whoever wrote it (a route, a filter, the framework,
 * the shared edge's refusals below the router, the management endpoints): review of session 50. Each answer
 * <ul>
 *   <li>says it may not be stored ({@code Cache-Control: no-store}, the seventh review's promise) and may not be sniffed
 *       into another type ({@code X-Content-Type-Options: nosniff}: problems quote the caller's own input);</li>
 *   <li>carries a {@code Date} in RFC 9110's one sending format, IMF-fixdate (§5.6.7: a two-digit day), below 500;</li>
 *   <li>names a charset, when it does, of UTF-8 only;</li>
 *   <li>gives the header its status requires: {@code WWW-Authenticate} on 401, {@code Allow} on 405,
 *       {@code Retry-After} on 503;</li>
 *   <li>gives no single-valued header twice and names no server software.</li>
 * </ul>
 * {@link HeaderGrammar#sweep} checks every answer it reads; {@link #probe} sends the requests that reach the statuses
 * the sweep does not (413, 414, 431, 501, 505, a framing refusal, the management paths).
 */
public final class AnswerHeads {
    private AnswerHeads() {
    }

    private static final Pattern IMF_FIXDATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
    private static final List<String> SINGLE = List.of("content-type", "content-length", "cache-control", "date", "retry-after",
            "allow", "etag", "location", "x-content-type-options");

    /** The header fields of {@code head} (a status line and header lines), by lower-case name, in order. */
    static Map<String, List<String>> fields(String head) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                fields.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        return fields;
    }

    /** Why the answer's head breaks the rules above, or {@code null}. */
    public static String refusal(HeaderGrammar.Answer a) {
        Map<String, List<String>> f = fields(a.head());
        List<String> wrong = new ArrayList<>();
        if (!f.getOrDefault("cache-control", List.of()).stream().anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("no-store"))) {
            wrong.add("no Cache-Control: no-store");
        }
        if (!f.getOrDefault("x-content-type-options", List.of()).equals(List.of("nosniff"))) {
            wrong.add("no X-Content-Type-Options: nosniff");
        }
        List<String> date = f.getOrDefault("date", List.of());
        if (date.isEmpty() ? a.status() < 500 : !IMF_FIXDATE.matcher(date.get(0)).matches()) {
            wrong.add(date.isEmpty() ? "no Date" : "a Date that is no IMF-fixdate: '" + date.get(0) + "'");
        }
        for (String name : SINGLE) {
            if (f.getOrDefault(name, List.of()).size() > 1) {
                wrong.add(name + " given " + f.get(name).size() + " times");
            }
        }
        for (String type : f.getOrDefault("content-type", List.of())) {
            var charset = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^;\"]*)").matcher(type);
            if (charset.find() && !charset.group(1).trim().equalsIgnoreCase("utf-8")) {
                wrong.add("a charset other than UTF-8: " + type);
            }
        }
        Map<Integer, String> required = Map.of(401, "www-authenticate", 405, "allow", 503, "retry-after");
        if (required.containsKey(a.status()) && !f.containsKey(required.get(a.status()))) {
            wrong.add("a " + a.status() + " without " + required.get(a.status()));
        }
        for (String name : List.of("server", "x-powered-by")) {
            if (f.containsKey(name)) {
                wrong.add("names its software in " + name + ": " + f.get(name));
            }
        }
        return wrong.isEmpty() ? null : String.join("; ", wrong);
    }

    /** Fails naming what {@link #refusal} found. */
    public static void assertWellFormed(HeaderGrammar.Answer a) {
        String wrong = refusal(a);
        if (wrong != null) {
            throw new AssertionError(a.status() + " with " + wrong + " for " + a.request() + ":\n" + HeaderGrammar.printable(a.head()));
        }
    }

    /**
     * Sends the requests that reach each status the shared edge answers ({@code body}: a route taking a JSON body) and
     * each of {@code paths} (the management endpoints and the API description, with and without the token), and returns
     * what {@link #refusal} and {@link HeaderGrammar#assertNoServerErrorAndProblem} (below 500) found.
     */
    public static List<String> probe(int port, String token, HeaderGrammar.Route body, List<String> paths) {
        String auth = "Authorization: Bearer " + token + "\r\n";
        String json = "Content-Type: application/json\r\n";
        String target = body.method() + " " + body.path();
        Map<String, String> heads = new LinkedHashMap<>();
        heads.put("no token", target + " HTTP/1.1\r\n" + json + "Content-Length: 2\r\n\r\n{}");
        heads.put("a wrong token", target + " HTTP/1.1\r\n" + json + "Authorization: Bearer wrong-token\r\nContent-Length: 2\r\n\r\n{}");
        heads.put("a method the path does not take", "DELETE /health HTTP/1.1\r\n" + auth + "\r\n");
        heads.put("OPTIONS *", "OPTIONS * HTTP/1.1\r\n" + auth + "\r\n");
        heads.put("an Accept it cannot answer", target + " HTTP/1.1\r\n" + auth + json + "Accept: text/html\r\nContent-Length: 2\r\n\r\n{}");
        heads.put("a Content-Type it does not read", target + " HTTP/1.1\r\n" + auth + "Content-Type: text/csv\r\nContent-Length: 3\r\n\r\na,b");
        heads.put("a foreign Origin", target + " HTTP/1.1\r\n" + auth + json + "Origin: https://evil.example\r\nContent-Length: 2\r\n\r\n{}");
        heads.put("an announced body past the limit", target + " HTTP/1.1\r\n" + auth + json
                + "Expect: 100-continue\r\nContent-Length: 99999999999\r\n\r\n");
        heads.put("both framings", target + " HTTP/1.1\r\n" + auth + json + "Content-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        heads.put("a coding it does not frame", target + " HTTP/1.1\r\n" + auth + json + "Transfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n");
        heads.put("a target with a bar", "GET /a|b HTTP/1.1\r\n" + auth + "\r\n");
        heads.put("a line past the limit", "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\n" + auth + "\r\n");
        heads.put("headers past the limit", "GET /health HTTP/1.1\r\nX-Big: " + "b".repeat(20_000) + "\r\n\r\n");
        heads.put("another HTTP version", "GET /health HTTP/1.7\r\n\r\n");
        heads.put("a control in a header", "GET /health HTTP/1.1\r\nX-Bad: a\u0001b\r\n\r\n");
        for (String path : paths) {
            heads.put("GET " + path, "GET " + path + " HTTP/1.1\r\n" + auth + "\r\n");
            heads.put("HEAD " + path, "HEAD " + path + " HTTP/1.1\r\n" + auth + "\r\n");
            heads.put("GET " + path + " without a token", "GET " + path + " HTTP/1.1\r\n\r\n");
        }
        List<String> failures = new ArrayList<>();
        heads.forEach((what, raw) -> {
            int end = raw.indexOf("\r\n\r\n");
            String head = raw.substring(0, raw.indexOf("\r\n") + 2) + "Host: 127.0.0.1\r\nConnection: close\r\n"
                    + raw.substring(raw.indexOf("\r\n") + 2, end + 4);
            String method = raw.substring(0, raw.indexOf(' '));
            try {
                HeaderGrammar.Answer a = HeaderGrammar.exchange(port, what, method, head.getBytes(StandardCharsets.ISO_8859_1),
                        raw.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1));
                if (a.status() < 500 && !method.equals("HEAD")) {
                    HeaderGrammar.assertNoServerErrorAndProblem(a);
                }
                assertWellFormed(a);
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        });
        return failures;
    }

    private static final List<String> ACCEPT_CHARSETS = List.of("iso-8859-1", "utf-16", "utf-16le;q=1, utf-8;q=0",
            "windows-1251, *;q=0", "us-ascii", "utf-32, iso-8859-5;q=0.5");

    /** A JSON body whose field name (unknown to every operation that refuses unknown fields) is quoted back in Cyrillic. */
    public static final String CYRILLIC_FIELD = "{\"\u043f\u043e\u043b\u0435\":\"\u00e9\"}";

    /**
     * The answer to {@code method path} (with {@code json} as its body, or none) is the same bytes under the same
     * Content-Type whatever {@code Accept-Charset} names, and holds text beyond ASCII (so another charset would show):
     * every answer is UTF-8 (RFC 8259 for JSON), the header disregarded as RFC 9110 §12.5.3 allows. Returns what differed.
     */
    public static List<String> acceptCharsetDisregarded(int port, String token, String method, String path, String json) {
        byte[] body = json == null ? null : json.getBytes(StandardCharsets.UTF_8);
        Map<String, String> fixed = json == null ? Map.of("Authorization", "Bearer " + token)
                : Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        HeaderGrammar.Answer plain = HeaderGrammar.send(port, method, path, fixed, "X-None", List.of("x"), body);
        List<String> failures = new ArrayList<>();
        byte[] bytes = plain.body().getBytes(StandardCharsets.ISO_8859_1);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.chars().allMatch(c -> c < 0x80) || text.contains("\ufffd")) {
            failures.add("the answer without Accept-Charset holds no UTF-8 beyond ASCII: " + HeaderGrammar.printable(plain.body()));
        }
        for (String charsets : ACCEPT_CHARSETS) {
            HeaderGrammar.Answer a = HeaderGrammar.send(port, method, path, fixed, "Accept-Charset", List.of(charsets), body);
            if (a.status() != plain.status() || !a.contentType().equals(plain.contentType()) || !a.body().equals(plain.body())) {
                failures.add("Accept-Charset: " + charsets + " answered " + a.status() + " " + a.contentType() + " "
                        + HeaderGrammar.printable(a.body()) + " where none answered " + plain.status() + " " + plain.contentType());
            }
        }
        return failures;
    }
}
