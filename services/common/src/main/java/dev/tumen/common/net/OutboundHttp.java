package dev.tumen.common.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Tumen's one outbound HTTP client: page fetches, feed polls, robots.txt and webhooks all go through it.
 *
 * <p>Pinned resolution: OkHttp asks {@link OutboundGuard#lookup} for a host's addresses (its {@code Dns} hook) and
 * connects only to what that returned, so the address checked is the address connected to; a DNS answer that
 * changes afterwards (rebinding) is never used. Hosts spelled as literals never reach DNS and are checked before
 * the call; a network interceptor checks the socket's actual peer once more before a byte is sent. Redirects are
 * never followed here: a caller that follows them makes one call per hop, and each hop is checked the same way.
 * Bodies are read with a byte cap and the whole call with a deadline. No proxy from the environment is used.
 */
public final class OutboundHttp {
    /**
     * Whether a value read from outside (a record, a feed's response) may be sent as a header value: visible ASCII and
     * the space, at least one character. OkHttp throws on anything else, and a line break would be a header of the
     * value's writer; tab, which OkHttp takes, is refused too, since no value Tumen writes holds one.
     */
    public static boolean headerValue(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    private final OutboundGuard guard;
    /**
     * Built on a thread of its own: building an OkHttp client reads the JDK's trust store (about 140 certificates) and
     * sets up TLS, several hundred classes that otherwise held up the start-up thread of ingest and the alert
     * (docs/operations.md#start-up-time); the first call waits for it if it is not ready yet.
     */
    private final CompletableFuture<OkHttpClient> client;

    /**
     * @param connectTimeout TCP/TLS connect timeout
     * @param callTimeout    deadline for the whole exchange, headers and body
     * @param maxConcurrent  asynchronous calls in flight at once (to all hosts, and to one host)
     */
    public record Settings(Duration connectTimeout, Duration callTimeout, int maxConcurrent) {
    }

    /**
     * One request.
     *
     * @param accepted     media types whose bodies a 200 answer may have ({@code null}: any); others are refused
     *                     before the body is read
     * @param maxBodyBytes cap on the bytes of body read
     * @param truncate     past the cap, keep the first bytes ({@code true}) or fail with {@code too-large}
     */
    public record Exchange(URI url, String method, Map<String, String> headers, byte[] body, String contentType,
                           Set<String> accepted, long maxBodyBytes, boolean truncate) {
        public static Exchange get(URI url, Map<String, String> headers, Set<String> accepted, long maxBodyBytes) {
            return new Exchange(url, "GET", headers, null, null, accepted, maxBodyBytes, false);
        }

        public static Exchange post(URI url, Map<String, String> headers, byte[] body, String contentType, long maxBodyBytes) {
            return new Exchange(url, "POST", headers, body, contentType, null, maxBodyBytes, true);
        }
    }

    /** An answer: status, headers (first value by name, case-insensitive) and the (capped) body. */
    public record Answer(URI url, int status, Map<String, String> headers, byte[] body, boolean truncated) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public String bodyText() {
            return body == null ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * Why there was no answer. {@link #reason()}: {@code forbidden-address} (the guard refused; {@link #refusal()}
     * says why), {@code invalid-url}, {@code scheme}, {@code userinfo}, {@code unresolvable}, {@code timeout},
     * {@code connect-failed}, {@code too-large}, {@code unsupported-content-type}, {@code failed}.
     */
    public static final class Failure extends IOException {
        private final String reason;
        private final transient OutboundGuard.Refused refusal;

        Failure(String reason, String detail, OutboundGuard.Refused refusal) {
            super(detail);
            this.reason = reason;
            this.refusal = refusal;
        }

        public String reason() {
            return reason;
        }

        /** True when the guard refused the destination: retrying cannot help. */
        public boolean refused() {
            return refusal != null || reason.equals("invalid-url") || reason.equals("scheme") || reason.equals("userinfo");
        }

        public OutboundGuard.Refused refusal() {
            return refusal;
        }

        static Failure of(OutboundGuard.Refused r) {
            String reason = switch (r.reason()) {
                case "invalid-url", "scheme", "userinfo", "unresolvable" -> r.reason();
                default -> "forbidden-address";
            };
            return new Failure(reason, r.getMessage(), reason.equals("unresolvable") ? null : r);
        }
    }

    /** OkHttp's Dns may only throw UnknownHostException: this one carries the guard's refusal out of the call. */
    private static final class RefusedHost extends UnknownHostException {
        private final transient OutboundGuard.Refused refusal;

        RefusedHost(OutboundGuard.Refused refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** Thrown from the network interceptor when the connected peer is not an address the guard allows. */
    private static final class RefusedPeer extends IOException {
        private final transient OutboundGuard.Refused refusal;

        RefusedPeer(OutboundGuard.Refused refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    public OutboundHttp(OutboundGuard guard, Settings settings) {
        this.guard = guard;
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(settings.maxConcurrent());
        // Webhook receivers are often one host (a chat service): the per-host default of 5 would serialise them.
        dispatcher.setMaxRequestsPerHost(settings.maxConcurrent());
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .dns(hostname -> {
                    try {
                        return guard.lookup(hostname);
                    } catch (OutboundGuard.Refused r) {
                        throw new RefusedHost(r);
                    }
                })
                // An HTTP(S)_PROXY from the environment would resolve names itself, out of the guard's sight.
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                // A retry on a fresh route must go through Dns again (and so the guard): OkHttp does that; keep it.
                .retryOnConnectionFailure(true)
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.callTimeout())
                .writeTimeout(settings.callTimeout())
                .callTimeout(settings.callTimeout())
                .protocols(List.of(Protocol.HTTP_2, Protocol.HTTP_1_1))
                .connectionPool(new ConnectionPool(Math.min(64, Math.max(5, settings.maxConcurrent())), 5, TimeUnit.MINUTES))
                .dispatcher(dispatcher)
                .addNetworkInterceptor(chain -> {
                    InetAddress peer = chain.connection().route().socketAddress().getAddress();
                    String host = chain.request().url().host();
                    if (!guard.allowed(host)) {
                        try {
                            guard.checkAddress(peer, host);
                        } catch (OutboundGuard.Refused r) {
                            throw new RefusedPeer(r);
                        }
                    }
                    try {
                        return chain.proceed(chain.request());
                    } catch (IllegalStateException | IllegalArgumentException e) {
                        // OkHttp's HTTP/1.1 reader fails this way on some answers no server should send (two
                        // "100 Continue" in a row: "state: 3"). Escaping the call, it answered /fetch 500 and failed a
                        // whole feed poll as "internal" (probe of session 29): it is the server's broken answer.
                        throw new java.net.ProtocolException("the server's answer breaks HTTP/1.1 (" + e.getMessage() + ")");
                    }
                });
        this.client = CompletableFuture.supplyAsync(builder::build, r -> {
            Thread t = new Thread(r, "outbound-http-init");
            t.setDaemon(true);
            t.start();
        });
    }

    private OkHttpClient client() {
        return client.join();
    }

    /** Sends one request and waits for its answer (no redirects followed). */
    public Answer send(Exchange exchange) throws Failure {
        Call call = client().newCall(request(exchange));
        try (Response response = call.execute()) {
            return answer(exchange, response);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Sends one request on OkHttp's dispatcher; the future completes with the answer or a {@link Failure}. */
    public CompletableFuture<Answer> sendAsync(Exchange exchange) {
        return sendAsync(null, exchange);
    }

    /**
     * The same to a destination prepared by {@link #target}: {@code exchange}'s URL must be the target's own
     * ({@link Target#uri()}); any other (or a target of another client) is checked and parsed afresh.
     */
    public CompletableFuture<Answer> sendAsync(Target target, Exchange exchange) {
        CompletableFuture<Answer> result = new CompletableFuture<>();
        Request request;
        try {
            request = target != null && target.owner == this && target.uri == exchange.url()
                    ? request(target, exchange) : request(exchange);
        } catch (Failure f) {
            result.completeExceptionally(f);
            return result;
        }
        Call call = client().newCall(request);
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                result.completeExceptionally(failure(e));
            }

            @Override
            public void onResponse(Call c, Response response) {
                try (response) {
                    result.complete(answer(exchange, response));
                } catch (IOException e) {
                    result.completeExceptionally(failure(e));
                }
            }
        });
        result.whenComplete((a, e) -> {
            if (result.isCancelled()) {
                call.cancel();
            }
        });
        return result;
    }

    /**
     * A destination whose form was checked and whose URL OkHttp parsed, once: what a webhook subscription's every
     * attempt would otherwise do again (scheme, credentials, port, and OkHttp's URL parser, most of a request's start at
     * a thousand subscriptions). Only this client makes one, for its own guard. What depends on the network is still
     * done per request, exactly as for an {@link Exchange} with a plain URL: a host spelled as an address is looked up
     * (checked) before every call, the Dns hook resolves and checks every name OkHttp connects to, and the network
     * interceptor checks each request's actual peer.
     */
    public static final class Target {
        private final OutboundHttp owner;
        private final URI uri;
        private final HttpUrl url;
        /** A host OkHttp connects to without asking Dns (digits and dots, an IPv6 literal, an inet_aton spelling). */
        private final boolean addressLike;

        private Target(OutboundHttp owner, URI uri, HttpUrl url, boolean addressLike) {
            this.owner = owner;
            this.uri = uri;
            this.url = url;
            this.addressLike = addressLike;
        }

        public URI uri() {
            return uri;
        }
    }

    /**
     * Checks {@code uri}'s form (as every request does) and parses it for OkHttp, once for all the requests sent to it
     * with {@link #sendAsync(Target, Exchange)}.
     *
     * @throws Failure when the guard refuses the URL's form or OkHttp cannot read it (as a request to it would fail)
     */
    public Target target(URI uri) throws Failure {
        HttpUrl url;
        try {
            guard.checkUrl(uri);
            url = HttpUrl.get(uri.toString());
        } catch (OutboundGuard.Refused r) {
            throw Failure.of(r);
        } catch (IllegalArgumentException e) {
            throw new Failure("invalid-url", "not a valid http(s) URL: " + uri, null);
        }
        String host = url.host();
        return new Target(this, uri, url, digitsAndDots(host) || host.contains(":") || OutboundGuard.literal(host) != null);
    }

    private Request request(Exchange exchange) throws Failure {
        return request(target(exchange.url()), exchange);
    }

    private Request request(Target target, Exchange exchange) throws Failure {
        HttpUrl url = target.url;
        // OkHttp connects to a host that looks like an address (digits and dots, or a colon) without asking Dns:
        // check its own reading of the host before every call.
        if (target.addressLike && !guard.allowed(url.host())) {
            try {
                guard.lookup(url.host());
            } catch (OutboundGuard.Refused r) {
                throw Failure.of(r);
            }
        }
        Request.Builder b = new Request.Builder().url(url);
        exchange.headers().forEach(b::header);
        RequestBody body = exchange.body() == null ? null : RequestBody.create(exchange.body(), mediaTypeOf(exchange.contentType()));
        if (body == null && !exchange.method().equals("GET") && !exchange.method().equals("HEAD")) {
            body = RequestBody.create(new byte[0], null);
        }
        return b.method(exchange.method(), body).build();
    }

    /** The last content type parsed: {@code MediaType.parse} runs regular expressions, and webhooks send one type. */
    private volatile MediaType lastMediaType;

    private MediaType mediaTypeOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        MediaType last = lastMediaType;
        if (last != null && last.toString().equals(contentType)) {
            return last;
        }
        MediaType parsed = MediaType.parse(contentType);
        lastMediaType = parsed;
        return parsed;
    }

    private static Answer answer(Exchange exchange, Response response) throws IOException {
        Map<String, String> headers = new java.util.HashMap<>();
        for (String name : response.headers().names()) {
            headers.put(name.toLowerCase(Locale.ROOT), response.header(name));
        }
        URI url = exchange.url();
        int status = response.code();
        ResponseBody body = response.body();
        if (status == 200 && exchange.accepted() != null) {
            String media = mediaType(response.header("Content-Type"));
            if (media != null && !exchange.accepted().contains(media)) {
                throw new Failure("unsupported-content-type", url + " is " + media + "; accepted here: "
                        + String.join(", ", exchange.accepted().stream().sorted().toList()), null);
            }
        }
        if (body == null) {
            return new Answer(url, status, headers, new byte[0], false);
        }
        long max = exchange.maxBodyBytes();
        if (!exchange.truncate() && body.contentLength() > max) {
            throw tooLarge(url, max);
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        // Read at most one byte past the cap: enough to know the body is too long, never the rest of it.
        while (buffer.size() <= max) {
            long n = source.read(buffer, Math.min(8192, max + 1 - buffer.size()));
            if (n == -1) {
                break;
            }
        }
        boolean truncated = buffer.size() > max;
        if (truncated && !exchange.truncate()) {
            throw tooLarge(url, max);
        }
        byte[] bytes = truncated ? buffer.readByteArray(max) : buffer.readByteArray();
        return new Answer(url, status, headers, bytes, truncated);
    }

    private static Failure tooLarge(URI url, long max) {
        return new Failure("too-large", url + " is larger than " + max + " bytes", null);
    }

    private static Failure failure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Failure f) {
                return f;
            }
            if (t instanceof RefusedHost r) {
                return Failure.of(r.refusal);
            }
            if (t instanceof RefusedPeer r) {
                return Failure.of(r.refusal);
            }
            for (Throwable s : t.getSuppressed()) {
                if (s instanceof RefusedHost r) {
                    return Failure.of(r.refusal);
                }
            }
        }
        if (e instanceof UnknownHostException) {
            return new Failure("unresolvable", "cannot resolve host: " + e.getMessage(), null);
        }
        if (e instanceof ConnectException) {
            return new Failure("connect-failed", "connection refused", null);
        }
        if (e instanceof InterruptedIOException) {
            // SocketTimeoutException included: connect, read and whole-call deadlines.
            return new Failure("timeout", "timed out" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), null);
        }
        return new Failure("failed", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), null);
    }

    /** The media type of a Content-Type header, lower case, without parameters. */
    public static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /** Stops the dispatcher's threads and closes pooled connections. */
    public void close() {
        client().dispatcher().executorService().shutdownNow();
        client().connectionPool().evictAll();
    }

    /** Like {@code host.matches("[0-9.]+")} without compiling a pattern on every request (the alert's hot path). */
    static boolean digitsAndDots(String host) {
        if (host.isEmpty()) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }
}
