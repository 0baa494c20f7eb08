package dev.tumen.testkit;

import dev.tumen.testkit.contract.ApiContract;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeded bad input for the {@code FuzzIT} of every service: random bytes, mutated valid bodies, hostile
 * JSON, junk content types, headers and path ids for HTTP; junk keys, values and headers for Kafka records.
 * The seed is printed and can be forced with {@code -Dtumen.fuzz.seed=N}, so any failure replays exactly.
 *
 * <pre>{@code
 * Fuzz fuzz = Fuzz.seeded("ingest");
 * Fuzz.Response r = fuzz.http(baseUrl).send("POST", "/pages", fuzz.contentType(), fuzz.headers(), fuzz.body(valid));
 * Fuzz.assertNoServerErrorAndProblems(r);
 * }</pre>
 */
public final class Fuzz {
    /** Header every junk record carries (next to random ones), so a test can find it in a dead-letter topic. */
    public static final String CASE_HEADER = "tumen.fuzz.case";
    private static final Logger LOG = LoggerFactory.getLogger(Fuzz.class);

    private static final Pattern DETAIL = Pattern.compile("\"detail\"\\s*:\\s*\"[^\"]");

    public final long seed;
    public final Random random;

    private Fuzz(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A generator seeded by {@code tumen.fuzz.seed} or else by the clock; prints the seed with how to replay it. */
    public static Fuzz seeded(String what) {
        String forced = System.getProperty("tumen.fuzz.seed");
        long seed = forced == null || forced.isBlank() ? System.nanoTime() : Long.parseLong(forced.trim());
        LOG.info("FUZZ {}: seed {} (replay with -Dtumen.fuzz.seed={})", what, seed, seed);
        return new Fuzz(seed);
    }

    // ---------------------------------------------------------------- bodies

    /** Inputs every parser should refuse politely: empty, JSON literals, nesting bombs, huge numbers, NULs, bad UTF-8. */
    public List<byte[]> hostile() {
        List<byte[]> out = new ArrayList<>();
        for (String s : List.of("", " ", "null", "true", "0", "-1", "\"x\"", "[]", "{}", "[{}]", "{\"\":null}", "{{", "}", "\"",
                "1e999999999", "-0.0e-99999", "123456789012345678901234567890123456789", "{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"\\u0000\":1}",
                "{\"url\":\"\\ud800\"}", "{\"content\":\"\\u0000\\u0000\"}", "{'single':'quotes'}", "{\"a\":NaN}", "/* c */ {}")) {
            out.add(s.getBytes(StandardCharsets.UTF_8));
        }
        out.add(repeat("[", 10_000));
        out.add(repeat("{\"a\":", 10_000));
        out.add(("[" + repeat("1,", 200_000) + "1]").getBytes(StandardCharsets.US_ASCII));
        out.add(("{\"url\":\"" + "x".repeat(60_000) + "\"}").getBytes(StandardCharsets.US_ASCII));
        // A field name is quoted back when unknown: a long one and one with an override (review of session 50).
        out.add(("{\"" + "k".repeat(20_000) + "\":1}").getBytes(StandardCharsets.US_ASCII));
        out.add("{\"na\u202Eme\u2066\":1,\"\u200B\":2}".getBytes(StandardCharsets.UTF_8));
        out.add(new byte[] {0, 0, 0, 0});
        out.add(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
        out.add(new byte[] {'{', '"', 'u', 'r', 'l', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'});
        out.add(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, '{', 0, '}'});
        out.add("{\"url\":\"\u202Ehttps://\u0000evil\uFFFF\uD83D\uDE00\",\"content\":\"\u0301\u200B\"}".getBytes(StandardCharsets.UTF_8));
        return out;
    }

    private static byte[] repeat(String s, int n) {
        return s.repeat(n).getBytes(StandardCharsets.US_ASCII);
    }

    public byte[] randomBytes(int maxLength) {
        byte[] b = new byte[random.nextInt(maxLength + 1)];
        random.nextBytes(b);
        return b;
    }

    /** One to four byte-level mutations of {@code valid}: bit flips, deletions, duplications, insertions, truncation. */
    public byte[] mutate(byte[] valid) {
        byte[] b = valid.clone();
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds && b.length > 0; i++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> b = concat(Arrays.copyOfRange(b, 0, at), Arrays.copyOfRange(b, Math.min(b.length, at + 1 + random.nextInt(8)), b.length));
                case 2 -> b = concat(Arrays.copyOfRange(b, 0, at + 1), Arrays.copyOfRange(b, at, b.length));
                case 3 -> b = concat(concat(Arrays.copyOfRange(b, 0, at), pick(List.of("\u0000", "\"", "\\", "{", "]", ",", "\uD83D\uDE00", "\u00FF"))
                        .getBytes(StandardCharsets.UTF_8)), Arrays.copyOfRange(b, at, b.length));
                case 4 -> b = Arrays.copyOf(b, at);
                default -> b[at] = (byte) random.nextInt(256);
            }
        }
        return b;
    }

    /**
     * {@code valid} JSON with one to three member values swapped for a value of another type (null, a huge number,
     * an array, an object, a very long or hostile string, a boolean). Works on the text, so it needs no parser.
     */
    public byte[] wrongTypes(String validJson) {
        List<int[]> values = new ArrayList<>();
        var m = Pattern.compile("\":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9.eE+-]+|true|false|null|\\[[^\\[\\]{}]*])").matcher(validJson);
        while (m.find()) {
            values.add(new int[] {m.start(1), m.end(1)});
        }
        if (values.isEmpty()) {
            return validJson.getBytes(StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder(validJson);
        int swaps = 1 + random.nextInt(Math.min(3, values.size()));
        List<int[]> chosen = new ArrayList<>();
        for (int i = 0; i < swaps; i++) {
            chosen.add(values.get(random.nextInt(values.size())));
        }
        chosen.stream().distinct().sorted((a, b) -> Integer.compare(b[0], a[0]))
                .forEach(v -> sb.replace(v[0], v[1], jsonValue()));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private String jsonValue() {
        return pick(List.of("null", "true", "0", "-1", "1e308", "-9223372036854775809", "99999999999999999999999", "1.5", "[]", "[null]",
                "[1,\"a\",{}]", "{}", "{\"a\":{\"b\":[]}}", "\"\"", "\" \"", "\"\\u0000\"", "\"" + "y".repeat(70_000) + "\"",
                "\"\\ud800\"", "\"%00../../etc/passwd\"", "\"javascript:alert(1)\"", "\"http://[::1\"", "\"ftp://x\"",
                "\"http://169.254.169.254/latest/meta-data\"", "\"file:///etc/passwd\"", "\"CRITICAL\"", "\"none\"", "\"-1\""));
    }

    /**
     * A bad body for an endpoint whose valid bodies are {@code valid}: random, mutated, retyped or hostile; in a pass of
     * {@link #everyValueOnEveryRoute}, the round's value of {@link #hostile()}.
     */
    public byte[] body(List<byte[]> valid) {
        if (forced >= 0) {
            return forcedOf(hostile());
        }
        byte[] sample = valid.get(random.nextInt(valid.size()));
        return switch (random.nextInt(5)) {
            case 0 -> randomBytes(random.nextBoolean() ? 64 : 4096);
            case 1 -> mutate(sample);
            case 2 -> wrongTypes(new String(sample, StandardCharsets.UTF_8));
            case 3 -> pick(hostile());
            default -> sample;
        };
    }

    // ---------------------------------------------------------------- HTTP request parts

    public String contentType() {
        return pick(Arrays.asList(null, "application/json", "application/json; charset=utf-8", "application/json; charset=latin1",
                "application/json; charset=nonsense", "text/html", "text/html; charset=windows-1251", "text/html; charset=\"",
                "text/html; charset=x-unknown-42", "text/plain", "text/plain; charset=utf-16", "application/xhtml+xml",
                "application/merge-patch+json", "multipart/form-data; boundary=xyz", "application/x-www-form-urlencoded",
                "application/octet-stream", "text/event-stream", "*/*", "garbage", "application/", ";;;", "text/html;charset=utf-8;charset=ascii"));
    }

    /** Zero to three random request headers (values the JDK client accepts: it refuses control characters). */
    public Map<String, String> headers() {
        Map<String, String> h = new java.util.LinkedHashMap<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String name = pick(List.of("Accept", "Accept-Charset", "Accept-Encoding", "Content-Encoding", "Last-Event-ID", "X-Forwarded-For",
                    "If-None-Match", "Range", "Cookie", "Origin", "X-Request-Id", "Content-Language"));
            h.put(name, pick(List.of("gzip", "deflate", "br", "*/*", "application/json", "text/event-stream", "-1", "0", "9223372036854775808",
                    "bytes=0-1", "\t", "x".repeat(6000), printable(40), "utf-16", "https://evil.example")));
        }
        return h;
    }

    /**
     * {@link #headers()} plus {@code Authorization}: mostly the right bearer token, so most cases reach the endpoint,
     * sometimes none or a wrong one, so the token guard is fuzzed too.
     */
    public Map<String, String> headers(String token) {
        Map<String, String> h = new java.util.LinkedHashMap<>(headers());
        int auth = random.nextInt(20);
        if (auth > 1) {
            h.put("Authorization", "Bearer " + token);
        } else if (auth == 1) {
            h.put("Authorization", pick(List.of("Bearer ", "Bearer wrong", "Basic Zm9vOmJhcg==", printable(50))));
        }
        return h;
    }

    /** A path segment that is not an existing id: empty, long, traversal, encoded junk, unicode. */
    public String pathId() {
        String raw = pickOrForced(pathIds());
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private List<String> pathIds() {
        return List.of("", "x", "0", "-1", "..", "%", "nonexistent", "sub_" + printable(20), "feed_" + printable(10),
                "a".repeat(3000), "\u0000", "\uD83D\uDE00", "../../etc/passwd", "' OR 1=1 --", "<script>", printable(12),
                "\u202Eevil\u2066", "\u200B\u00AD\uFEFF", "\u0085\u009B2J", "\u2028x");
    }

    /** A random query-string value, already encoded. */
    public String queryValue() {
        String raw = pickOrForced(queryValues());
        return URLEncoder.encode(raw, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private List<String> queryValues() {
        return List.of("", " ", "low", "HIGH", "none", "bogus", "military,,nuclear", ",,,", "-1", "\u0000", "\uD83D\uDE00",
                "x".repeat(3000), printable(30), "critical,critical", "en,ru,ko,zz",
                "\u202Ehigh", "en\u2066", "\u200B", "\u0085".repeat(500));
    }

    public String printable(int maxLength) {
        int n = random.nextInt(maxLength + 1);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) (0x21 + random.nextInt(0x7e - 0x21)));
        }
        return sb.toString();
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    // ---------------------------------------------------------------- every value on every route

    /** The round of a pass of {@link #everyValueOnEveryRoute}, or -1 outside one. */
    private int forced = -1;

    /** Whether a pass of {@link #everyValueOnEveryRoute} runs: a test's own pickers then take the hostile value too. */
    public boolean forcing() {
        return forced >= 0;
    }

    private <T> T pickOrForced(List<T> options) {
        return forced >= 0 ? forcedOf(options) : pick(options);
    }

    private <T> T forcedOf(List<T> options) {
        return options.get(forced % options.size());
    }

    /** The longest table of hostile values ({@link #hostile()}, path ids, query values): a pass's rounds per route. */
    public int rounds() {
        return Math.max(hostile().size(), Math.max(pathIds().size(), queryValues().size()));
    }

    /**
     * Sends {@code send} for every route once per round, each round forcing the hostile tables ({@link #pathId()},
     * {@link #queryValue()}, {@link #body}'s {@link #hostile()}) to their value at that index: every value of every table
     * meets every route that reads it, whatever the seed. The random cases reach a value on a route only under some seeds
     * (300 to 400 cases a service for about 40 values and 4 to 14 routes: review of session 50). Returns the cases sent.
     */
    public <E> int everyValueOnEveryRoute(List<E> routes, java.util.function.Consumer<E> send) {
        int rounds = rounds();
        int sent = 0;
        for (E route : routes) {
            for (int round = 0; round < rounds; round++) {
                forced = round;
                try {
                    send.accept(route);
                    sent++;
                } finally {
                    forced = -1;
                }
            }
        }
        return sent;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // ---------------------------------------------------------------- HTTP

    /** What came back; {@code body} is null for an event stream (only its status and headers are read) or an encoding not decoded here. */
    public record Response(String request, int status, String contentType, String body) {
    }

    /** A client for {@code baseUrl} that sends any bytes with any content type and reads at most 1 MiB back. */
    public Http http(String baseUrl) {
        return new Http(baseUrl, null);
    }

    /**
     * The same client, which also checks every answer against the OpenAPI description the server serves at
     * {@code descriptionPath} (e.g. {@code /openapi/alert.yml}) with {@link ApiContract}: bad input must still get a
     * described answer.
     */
    public Http http(String baseUrl, String descriptionPath) {
        return new Http(baseUrl, descriptionPath);
    }

    public static final class Http {
        private final String base;
        private final String description;
        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        private Http(String baseUrl, String description) {
            this.base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
            this.description = description;
        }

        public Response send(String method, String pathAndQuery, String contentType, Map<String, String> headers, byte[] body) {
            StringBuilder shown = new StringBuilder();
            headers.forEach((k, v) -> shown.append(k).append('=').append(v.length() > 40 ? v.substring(0, 40) + "…" : v).append(' '));
            String what = method + " " + pathAndQuery + " [" + contentType + "] {" + shown.toString().trim() + "} " + preview(body);
            HttpRequest.Builder b;
            try {
                b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30))
                        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
                if (contentType != null) {
                    b.header("Content-Type", contentType);
                }
                headers.forEach(b::header);
            } catch (IllegalArgumentException e) {
                // A request the client itself refuses to build never reaches the server.
                return null;
            }
            HttpRequest request = b.build();
            try {
                return exchange(client, request, what, description);
            } catch (IOException first) {
                // The server may close a kept-alive connection after an error answer just as the pool hands it out again;
                // only a fresh connection that also gets no answer is the server's fault.
                HttpClient fresh = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                try {
                    return exchange(fresh, request, what, description);
                } catch (IOException e) {
                    throw new AssertionError("no HTTP answer to " + what + ": " + e, e);
                }
            }
        }

        private static Response exchange(HttpClient client, HttpRequest request, String what, String description) throws IOException {
            try {
                HttpResponse<InputStream> r = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                String type = r.headers().firstValue("Content-Type").orElse("");
                // A random Accept-Encoding makes the server compress larger answers; the JDK client does not decode them.
                String encoding = r.headers().firstValue("Content-Encoding").orElse("");
                InputStream raw = r.body();
                boolean decodable = encoding.isEmpty() || encoding.equalsIgnoreCase("identity") || encoding.equalsIgnoreCase("gzip")
                        || encoding.equalsIgnoreCase("deflate");
                try (InputStream in = encoding.equalsIgnoreCase("gzip") ? new java.util.zip.GZIPInputStream(raw)
                        : encoding.equalsIgnoreCase("deflate") ? new java.util.zip.InflaterInputStream(raw) : raw) {
                    // An event stream is endless, and zstd/br/snappy (picked for a junk Accept-Encoding) are not decoded here.
                    String text = type.startsWith("text/event-stream") || !decodable ? null
                            : new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
                    if (description != null) {
                        ApiContract.check(request.uri(), request.method(), r.statusCode(), r.headers().map(), text, description);
                    }
                    return new Response(what, r.statusCode(), type, text);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }

        private static String preview(byte[] body) {
            if (body == null) {
                return "(no body)";
            }
            String s = new String(body, 0, Math.min(body.length, 80), StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "?");
            return body.length + " bytes: " + s;
        }
    }

    /**
     * The contract every endpoint keeps under bad input: no 5xx, and every 4xx is {@code application/problem+json}
     * with a non-empty {@code detail} that names no class of the code behind it (it tells a caller nothing about what to
     * send, and an attacker how the service is built).
     */
    private static final Pattern IMPLEMENTATION_NAME = Pattern.compile(
            "\\b(?:dev\\.tumen|java\\.(?:lang|util|io|net|time)|com\\.fasterxml|io\\.micronaut|io\\.netty|org\\.apache)\\.[\\w.$]+");

    public static void assertWellBehaved(Response r) {
        if (r == null) {
            return;
        }
        if (r.status() >= 500) {
            throw new AssertionError("server error " + r.status() + " for " + r.request() + ": " + r.body());
        }
        if (r.status() >= 400) {
            if (!r.contentType().startsWith("application/problem+json")) {
                throw new AssertionError(r.status() + " without problem+json (" + r.contentType() + ") for " + r.request() + ": " + r.body());
            }
            if (r.body() != null && !DETAIL.matcher(r.body()).find()) {
                throw new AssertionError(r.status() + " problem without a detail for " + r.request() + ": " + r.body());
            }
            if (r.body() != null && IMPLEMENTATION_NAME.matcher(r.body()).find()) {
                throw new AssertionError(r.status() + " problem naming the implementation for " + r.request() + ": " + r.body());
            }
            String texts = ProblemTexts.refusal(r.body());
            if (texts != null) {
                throw new AssertionError(r.status() + " problem with " + texts + " for " + r.request() + ": " + r.body());
            }
        }
    }

    // ---------------------------------------------------------------- Kafka

    /** A producer of raw keys and values, so keys can be invalid UTF-8 too. */
    public static KafkaProducer<byte[], byte[]> rawProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestKafka.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        // A record the broker refuses (a null key on a compacted topic) must not break the sequence of the ones after it.
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /**
     * A junk record for {@code topic}: a null, empty or garbage key, random headers (plus {@link #CASE_HEADER} = {@code n}),
     * and a value that is random bytes, a mutation of a valid value, a retyped valid value, a hostile input or a tombstone.
     */
    public ProducerRecord<byte[], byte[]> junkRecord(String topic, int n, List<byte[]> validValues, boolean keyless) {
        byte[] key = switch (random.nextInt(5)) {
            case 0 -> keyless ? null : randomBytes(2);
            case 1 -> new byte[0];
            case 2 -> randomBytes(40);
            default -> printable(30).getBytes(StandardCharsets.UTF_8);
        };
        byte[] value = random.nextInt(20) == 0 ? null : body(validValues);
        RecordHeaders headers = new RecordHeaders();
        for (int i = random.nextInt(4); i > 0; i--) {
            String name = pick(List.of("ce_id", "ce_type", "ce_source", "ce_time", "ce_specversion", "content-type", printable(10), ""));
            headers.add(name, random.nextInt(4) == 0 ? null : randomBytes(30));
        }
        headers.add(CASE_HEADER, Integer.toString(n).getBytes(StandardCharsets.UTF_8));
        return new ProducerRecord<>(topic, null, key, value, headers);
    }

    /**
     * Sends {@code count} junk records to {@code topic} and returns those the broker took; a record's case number is
     * its index among all {@code count}. {@code keyless}: some records have no key (a compacted topic refuses them,
     * and with them the whole batch they travel in).
     */
    public List<ProducerRecord<byte[], byte[]>> sendJunk(KafkaProducer<byte[], byte[]> producer, String topic, int count,
                                                        List<byte[]> validValues, boolean keyless) {
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        List<java.util.concurrent.Future<?>> acks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ProducerRecord<byte[], byte[]> record = junkRecord(topic, i, validValues, keyless);
            records.add(record);
            acks.add(producer.send(record));
        }
        List<ProducerRecord<byte[], byte[]>> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            try {
                acks.get(i).get(30, java.util.concurrent.TimeUnit.SECONDS);
                taken.add(records.get(i));
            } catch (java.util.concurrent.ExecutionException e) {
                // refused by the broker: never reached the service
            } catch (Exception e) {
                throw new IllegalStateException("cannot produce junk to " + topic, e);
            }
        }
        return taken;
    }

    /** The case number of a record sent by {@link #sendJunk}, or -1. */
    public static int caseOf(org.apache.kafka.common.header.Headers headers) {
        var h = headers.lastHeader(CASE_HEADER);
        if (h == null) {
            // A dead letter keeps the failed record's headers under the original-header prefix (CloudEvents-safe shape).
            h = headers.lastHeader("tumen.dlt.original." + CASE_HEADER);
        }
        return h == null || h.value() == null ? -1 : Integer.parseInt(new String(h.value(), StandardCharsets.UTF_8));
    }

    /** Whether a value is certainly unusable for any consumer of JSON objects: empty, or not starting like an object. */
    public static boolean certainlyNotAnObject(byte[] value) {
        if (value == null) {
            return false;
        }
        // A leading byte-order mark is skipped by JSON parsers, so it does not make a value unusable.
        String s = new String(value, StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        // Only the start counts: readers ignore what follows a complete object.
        return s.isEmpty() || s.charAt(0) != '{';
    }

    /**
     * Reads {@code deadLetterTopic} until every junk record of {@code sent} whose value is certainly not a JSON object
     * is there (found by its case header), and returns the case numbers found; fails after {@code timeout}.
     */
    public static java.util.Set<Integer> assertDeadLettered(List<ProducerRecord<byte[], byte[]>> sent, String deadLetterTopic,
                                                           boolean readCommitted, Duration timeout) {
        java.util.Set<Integer> expected = new java.util.TreeSet<>();
        for (int i = 0; i < sent.size(); i++) {
            if (certainlyNotAnObject(sent.get(i).value())) {
                expected.add(caseOf(sent.get(i).headers()));
            }
        }
        java.util.Set<Integer> found = new java.util.TreeSet<>();
        try (var consumer = TestKafka.consumer(readCommitted)) {
            consumer.subscribe(List.of(deadLetterTopic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!found.containsAll(expected) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> found.add(caseOf(r.headers())));
            }
        }
        java.util.Set<Integer> missing = new java.util.TreeSet<>(expected);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw new AssertionError("junk records " + missing + " of " + sent.get(0).topic() + " never reached " + deadLetterTopic
                    + " (found " + found + ")");
        }
        LOG.info("FUZZ {}: {} junk records, {} dead-lettered ({} certainly unusable)", sent.get(0).topic(), sent.size(),
                found.size(), expected.size());
        return found;
    }
}
