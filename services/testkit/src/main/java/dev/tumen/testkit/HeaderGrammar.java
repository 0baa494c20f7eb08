package dev.tumen.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Request headers as a hostile client writes them, for every service's header test: the values each header's grammar
 * allows at its edges (empty, only separators, parameters without values, quoted strings with escapes and unbalanced
 * quotes, weights as {@code 1e9}, {@code -1}, {@code NaN}) and values it does not (8 KiB, non-ASCII and control bytes,
 * obs-fold), each sent once and twice. One list, so the services' tests cannot drift apart; a value a fuzzer found is
 * added here, where every header and route meets it.
 *
 * <p>Requests are written as raw bytes on a socket (a header value is written byte for byte as ISO-8859-1, so a
 * character up to U+00FF is one byte): the JDK client refuses control characters and folded lines.
 */
public final class HeaderGrammar {
    private static final Logger LOG = LoggerFactory.getLogger(HeaderGrammar.class);

    private HeaderGrammar() {
    }

    /** The request headers the services read or that Micronaut reads for them. */
    public static final List<String> HEADERS = List.of("Accept", "Content-Type", "Content-Encoding", "Accept-Encoding",
            "Accept-Charset", "Accept-Language", "If-Match", "If-None-Match", "If-Modified-Since", "If-Unmodified-Since",
            "Authorization", "Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers", "Last-Event-ID",
            "Idempotency-Key", "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port", "Forwarded",
            "Cookie", "Range", "Connection", "TE", "Upgrade", "ce-id", "ce-specversion", "webhook-signature");

    /** Values at and past the edges of the list, media-type, entity-tag, credentials and date grammars. */
    public static final List<String> VALUES = values();

    private static List<String> values() {
        List<String> v = new ArrayList<>(List.of(
                // empty and only separators
                "", " ", "\t", ",", ",,,", ", ,", ";", ";;", ",;", ";,", "application/json,;", "*/*, ;", "=", ";=", "/", "//",
                // media ranges cut short or doubled
                "a/", "/b", "*", "*/", "**", "*/json", "application/*/*", "application//json", "application/json/", "json",
                // parameters without values, empty names, repeated
                "*/*;", "*/*;q", "*/*;q=", "*/*; q = 0.5", "*/*;=1", "*/*;a", "*/*;a=", "application/json;;q=0.5",
                "application/json;charset=", "application/json;charset=\"", "application/json;charset=\"\"",
                "application/json;charset=utf-16", "application/json;charset=utf-32", "application/json;charset=nonsense",
                "application/json;charset=utf-8;charset=latin1", "application/json;charset=\"utf-8\"",
                "application/merge-patch+json;charset=", "text/plain;charset=\"unbalanced",
                // quoted strings: separators inside, escapes, unbalanced
                "*/*;a=\"\"", "*/*;a=\"b,c\";q=0.5", "*/*;a=\"b;c\"", "*/*;a=\"\\\"\"", "*/*;a=\"\\\\\"", "*/*;a=\"unbalanced",
                "*/*;a=\"x\\", "\"", "\"\"", "\"\\", "\"a\",", ",\"a\"", "*,\"a\"", "W/", "W/\"", "W/\"a", "W/\"a\"\"", "w/\"a\"",
                "\"a\" \"b\"", "*,*", "W/*", "\"a\\\"b\"",
                // weights
                "application/json;q=1e9", "application/json;q=-1", "application/json;q=NaN", "application/json;q=Infinity",
                "application/json;q=-Infinity", "application/json;q=0x1p3", "application/json;q=1.0001", "application/json;q=0.0000001",
                "application/json;q=" + "9".repeat(400), "application/json;q=0,application/problem+json;q=0", "*/*;q=0",
                "application/json;q=0.5;q=0", "application/json;Q=0", "text/*;q=1e9, application/*;q=NaN",
                // codings, credentials, ids, dates, numbers
                "gzip,", ",gzip", "gzip;q=0", "gzip, identity", "identity;q=0", "*;q=0", "Bearer", "Bearer ", "Bearer  x",
                "Bearer \"x\"", "Basic", "Basic ====", "-1", "0", "9223372036854775808", "1e999999", "bytes=", "bytes=-",
                "bytes=0-1,", "Sun, 06 Nov 1994 08:49:37 GMT", "Sun, 99 Foo 99999 99:99:99 GMT", "null", "file://", "http://[::1",
                "for=\"[::1\"", "for=;proto=", "a=b; c", "=;=;=",
                // sizes
                "x".repeat(8192), "a,".repeat(4000), ";".repeat(8000), "\"".repeat(8000), "*/*;a=b".repeat(1000),
                // bytes outside the grammar: Latin-1 and UTF-8 letters, controls, DEL (written as single bytes)
                "\u00e9", "application/json;q=\u00bd", "\u00c3\u00a9", "text/\u00e9", "\u00ff\u00fe", "a\u0001b", "\u001b[31m",
                "a\u007fb", "a\u0000b", "\u0085", "\u00a0",
                // quoted back by a refusal: long values where a charset, coding or media type is read, and the UTF-8 bytes
                // of a right-to-left override, a zero-width space and an isolate (review of session 50)
                "text/plain;charset=" + "x".repeat(8000), "application/json;charset=\"" + "y".repeat(8000) + "\"",
                "text/" + "z".repeat(8000), "gzip" + ", identity".repeat(800), "\u00e2\u0080\u00aeevil",
                "text/plain;charset=\u00e2\u0080\u00ae", "\u00e2\u0080\u008b\u00e2\u0081\u00a6x",
                // obs-fold (RFC 9112 §5.2): a line break and a space inside the value
                "application/json,\r\n text/plain", "\r\n application/json", "a\r\n\tb"));
        return List.copyOf(v);
    }

    /** A route to send the headers to: its method, path, Content-Type and body (both {@code null} for none). */
    public record Route(String method, String path, String contentType, String body) {
    }

    /** The headers every route meets: those the edge and the router read on each request (the others meet one each). */
    private static final java.util.Set<String> EVERY_ROUTE = java.util.Set.of("accept", "accept-language");

    /**
     * Sends every header of {@link #HEADERS} with every value of {@link #VALUES} to 127.0.0.1:{@code port}, with the
     * bearer {@code token}, and returns what {@link #assertNoServerErrorAndProblem} refused (empty when all passed).
     * The headers the edge reads on each request go to every route; the others to one route per value, in turn, so
     * every value meets every route across the headers without each header meeting each route (the machines running
     * these are shared). Each value is also sent twice, or after a valid value (a repeated header is one list, RFC 9110
     * §5.3), to one route.
     */
    public static List<String> sweep(int port, List<Route> routes, String token) {
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Runnable> requests = new ArrayList<>();
        for (String header : HEADERS) {
            for (int v = 0; v < VALUES.size(); v++) {
                String value = VALUES.get(v);
                List<Route> to = EVERY_ROUTE.contains(header.toLowerCase(Locale.ROOT)) ? routes : List.of(routes.get(v % routes.size()));
                for (Route route : to) {
                    requests.add(() -> check(failures, port, route, token, header, List.of(value)));
                }
                Route again = routes.get((v + 1) % routes.size());
                List<String> twice = v % 2 == 0 ? List.of(value, value) : List.of("application/json", value);
                requests.add(() -> check(failures, port, again, token, header, twice));
            }
        }
        long t0 = System.nanoTime();
        // Four at a time: each request waits mostly on the service (a Kafka read or write behind some routes), and one
        // at a time the alert's sweep alone took 88 s of a CI run that must stay under 15 minutes (session 49).
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(SENDERS);
        try {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            requests.forEach(r -> sent.add(pool.submit(r)));
            for (java.util.concurrent.Future<?> f : sent) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        LOG.info("HeaderGrammar: {} requests to port {} in {} ms, {} refused", requests.size(), port,
                (System.nanoTime() - t0) / 1_000_000, failures.size());
        return new ArrayList<>(failures);
    }

    private static final int SENDERS = 4;

    /** The answer to {@code route} with {@code header} given {@code values}, and the bearer {@code token}. */
    public static Answer send(int port, Route route, String token, String header, List<String> values) {
        Map<String, String> fixed = new java.util.LinkedHashMap<>();
        fixed.put("Authorization", "Bearer " + token);
        if (route.contentType() != null) {
            fixed.put("Content-Type", route.contentType());
        }
        byte[] body = route.body() == null ? null : route.body().getBytes(StandardCharsets.UTF_8);
        return send(port, route.method(), route.path(), fixed, header, values, body);
    }

    private static void check(List<String> failures, int port, Route route, String token, String header, List<String> values) {
        try {
            Answer answer = send(port, route, token, header, values);
            assertNoServerErrorAndProblem(answer);
            AnswerHeads.assertWellFormed(answer);
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    /** Fails listing the first 40 of {@code failures}, when there are any. */
    public static void assertNone(List<String> failures) {
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " answers refused, the first 40:\n" + String.join("\n",
                    failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    /** An answer read off the wire: status, Content-Type, the rest of the head and the body (ISO-8859-1). */
    public record Answer(String request, int status, String contentType, String head, String body) {
    }

    /**
     * Sends {@code method path} to 127.0.0.1:{@code port} with the fixed headers, then {@code name} once per value in
     * {@code values} (a repeated header when there are several), then {@code body}, and reads the answer to the close.
     */
    public static Answer send(int port, String method, String path, Map<String, String> fixed, String name, List<String> values,
                              byte[] body) {
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
                .append("Connection: close\r\n");
        fixed.forEach((k, v) -> {
            if (!k.equalsIgnoreCase(name)) {
                head.append(k).append(": ").append(v).append("\r\n");
            }
        });
        for (String value : values) {
            head.append(name).append(": ").append(value).append("\r\n");
        }
        if (body != null && !name.equalsIgnoreCase("Content-Length")) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        String request = method + " " + path + " " + name + ": " + values.stream().map(HeaderGrammar::printable).toList();
        return exchange(port, request, method, head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
    }

    /** Writes {@code head} and {@code body} (either may be anything, framing included) and reads one answer. */
    static Answer exchange(int port, String request, String method, byte[] head, byte[] body) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(15_000);
            OutputStream out = s.getOutputStream();
            out.write(head);
            if (body != null) {
                out.write(body);
            }
            out.flush();
            return parse(request, read(s.getInputStream(), method));
        } catch (SocketTimeoutException e) {
            throw new AssertionError("no whole answer within 15 s to " + request, e);
        } catch (IOException e) {
            throw new AssertionError("no answer to " + request + ": " + e, e);
        }
    }

    /**
     * One answer, framed as RFC 9112 §6.3 says (a length, chunks, or to the close), so a server that keeps the
     * connection open after it is not waited for.
     */
    private static String read(InputStream in, String method) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int b;
        while (!endsWith(bytes, "\r\n\r\n")) {
            if ((b = in.read()) < 0) {
                return bytes.toString(StandardCharsets.ISO_8859_1);
            }
            bytes.write(b);
        }
        String head = bytes.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : 0;
        if (method.equals("HEAD") || status == 204 || status == 304 || status < 200) {
            return bytes.toString(StandardCharsets.ISO_8859_1);
        }
        if (status == 200 && head.contains("\r\ncontent-type: text/event-stream")) {
            return bytes.toString(StandardCharsets.ISO_8859_1); // an endless stream: its head is the answer
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("\r\ncontent-length: *(\\d+)").matcher(head);
        if (length.find()) {
            bytes.write(in.readNBytes(Integer.parseInt(length.group(1))));
        } else if (head.contains("\r\ntransfer-encoding: chunked")) {
            while (!endsWith(bytes, "\r\n0\r\n\r\n") && (b = in.read()) >= 0) {
                bytes.write(b);
            }
        } else {
            bytes.write(in.readNBytes(1 << 20));
        }
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean endsWith(java.io.ByteArrayOutputStream bytes, String end) {
        if (bytes.size() < end.length()) {
            return false;
        }
        byte[] all = bytes.toByteArray();
        for (int i = 0; i < end.length(); i++) {
            if (all[all.length - end.length() + i] != end.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static Answer parse(String request, String answer) {
        int end = answer.indexOf("\r\n\r\n");
        String head = end < 0 ? answer : answer.substring(0, end);
        String body = end < 0 ? "" : answer.substring(end + 4);
        int status;
        try {
            status = Integer.parseInt(head.substring(9, 12));
        } catch (RuntimeException e) {
            throw new AssertionError("no status line in the answer to " + request + ": " + printable(answer));
        }
        String type = "";
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            }
        }
        return new Answer(request, status, type, head, body);
    }

    /**
     * Never a 5xx; a 4xx is problem+json with a type and a status equal to the answer's; a 2xx or 3xx (the documented
     * lenient answer: a header the route does not read, or reads as absent) passes.
     */
    public static void assertNoServerErrorAndProblem(Answer a) {
        if (a.status() >= 500) {
            throw new AssertionError(a.status() + " for " + a.request() + ": " + printable(a.body()));
        }
        if (a.status() >= 400) {
            if (!a.contentType().startsWith("application/problem+json")) {
                throw new AssertionError(a.status() + " without problem+json (" + a.contentType() + ") for " + a.request() + ": "
                        + printable(a.body()));
            }
            if (!a.body().contains("\"type\":\"https://tumen.dev/problems/") || !a.body().contains("\"status\":" + a.status())) {
                throw new AssertionError(a.status() + " without a type or with another status for " + a.request() + ": "
                        + printable(a.body()));
            }
            String texts = ProblemTexts.refusal(new String(a.body().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            if (texts != null) {
                throw new AssertionError(a.status() + " problem with " + texts + " for " + a.request() + ": " + printable(a.body()));
            }
        }
    }

    /** A value as it can be shown in a message: controls, non-ASCII and long runs escaped or cut. */
    public static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : (s.length() > 200 ? s.substring(0, 200) + "…(" + s.length() + ")" : s).toCharArray()) {
            if (c < 0x20 || c == 0x7f || (c > 0x7e && c < 0xa0)) {
                b.append(String.format("\\x%02x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
