package dev.tumen.ingest.fetch;

import dev.tumen.common.net.OutboundGuard;
import dev.tumen.ingest.page.IngestMetrics;
import dev.tumen.ingest.page.Refusal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Ingest's only web client. Every hop of every request passes the outbound guard (after DNS resolution:
 * private, loopback, link-local and metadata addresses are refused), robots.txt and the per-host rate
 * limit; redirects are followed by hand so that each hop is checked; the body is read with a size cap and
 * the whole response with a deadline; only the media types the caller accepts are read at all.
 *
 * <p>Known gap: the JDK client resolves the host again after the guard did, so a DNS answer that changes
 * between the two (rebinding) is not caught. Closing it needs a client that connects to the checked address.
 */
public class HttpFetcher {
    /** HTML and plain text: what a page fetch accepts. */
    public static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain");
    /** What a feed poll accepts: servers label feeds with any of these. */
    public static final Set<String> FEED_TYPES = Set.of("application/rss+xml", "application/atom+xml", "application/rdf+xml",
            "application/xml", "text/xml", "application/feed+xml", "text/plain", "text/html", "application/x-rss+xml");

    private final FetchSettings settings;
    private final OutboundGuard guard;
    private final HostRateLimiter limiter;
    private final RobotsRules robots;
    private final IngestMetrics metrics;
    private final HttpClient client;

    public HttpFetcher(FetchSettings settings, OutboundGuard guard, IngestMetrics metrics, Clock clock) {
        this.settings = settings;
        this.guard = guard;
        this.metrics = metrics;
        this.limiter = new HostRateLimiter(settings.hostInterval());
        this.robots = new RobotsRules(settings.robotsAgent(), settings.robotsTtl(), clock);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                // Redirects are followed by hand: each hop must pass the outbound guard and robots.txt.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Conditional-GET validators from the previous response, either may be {@code null}. */
    public record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    /**
     * GETs {@code url}.
     *
     * @param accepted media types that will be read; others are refused before the body is downloaded
     * @throws Refusal with a precise reason (forbidden-address, robots-disallowed, fetch-timeout, …)
     */
    public FetchResult get(URI url, Set<String> accepted, Validators validators) {
        long start = System.nanoTime();
        String outcome = "error";
        try {
            FetchResult result = follow(url, accepted, validators);
            outcome = result.notModified() ? "not-modified" : "ok";
            return result;
        } catch (Refusal r) {
            outcome = r.reason();
            throw r;
        } finally {
            metrics.fetched(outcome, java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private FetchResult follow(URI url, Set<String> accepted, Validators validators) {
        URI current = url;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            check(current);
            if (settings.respectRobots() && !robots.allowed(current, this::downloadRobots)) {
                throw new Refusal(403, "robots-disallowed", "robots.txt of " + current.getHost() + " disallows " + current
                        + " for " + settings.robotsAgent());
            }
            HttpResponse<byte[]> response = exchange(current, accepted, hop == 0 ? validators : Validators.NONE);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    throw new Refusal(502, "upstream-status", current + " answered " + status + " without a Location");
                }
                try {
                    current = current.resolve(location.trim().replace(" ", "%20"));
                } catch (IllegalArgumentException e) {
                    throw new Refusal(502, "invalid-redirect", current + " redirects to an invalid URL: " + location);
                }
                continue;
            }
            if (status == 304) {
                return new FetchResult(current, 304, null, null, null, header(response.headers(), "ETag"),
                        header(response.headers(), "Last-Modified"));
            }
            if (status != 200) {
                throw new Refusal(502, "upstream-status", current + " answered HTTP " + status);
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            return new FetchResult(current, status, mediaType(contentType), charsetParam(contentType), response.body(),
                    header(response.headers(), "ETag"), header(response.headers(), "Last-Modified"));
        }
        throw new Refusal(502, "too-many-redirects", url + " redirects more than " + settings.maxRedirects() + " times");
    }

    private void check(URI uri) {
        try {
            guard.check(uri);
        } catch (OutboundGuard.Refused e) {
            int status = switch (e.reason()) {
                case "invalid-url", "scheme", "userinfo" -> 400;
                case "unresolvable" -> 502;
                default -> 403;
            };
            String reason = status == 403 ? "forbidden-address" : e.reason();
            throw new Refusal(status, reason, e.getMessage());
        }
    }

    private HttpResponse<byte[]> exchange(URI uri, Set<String> accepted, Validators validators) {
        limiter.acquire(uri.getHost());
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(settings.readTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept", accept(accepted));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // No "Upgrade: h2c" dance on plain HTTP: many small servers mishandle it.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (validators.etag() != null) {
            request.header("If-None-Match", validators.etag());
        }
        if (validators.lastModified() != null) {
            request.header("If-Modified-Since", validators.lastModified());
        }
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request.build(), info -> subscriber(uri, info, accepted));
        try {
            // The request timeout covers only the wait for headers; this deadline also bounds a body that trickles.
            return future.get(settings.readTimeout().toMillis() + 100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Refusal(504, "fetch-timeout", uri + " did not answer within " + settings.readTimeout().toMillis() + " ms");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refusal(503, "interrupted", "interrupted while fetching " + uri);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Refusal r) {
                throw r;
            }
            if (cause instanceof IOException io && io.getCause() instanceof Refusal r) {
                throw r;
            }
            if (cause instanceof HttpConnectTimeoutException) {
                throw new Refusal(504, "fetch-timeout", "could not connect to " + uri.getHost() + " within "
                        + settings.connectTimeout().toMillis() + " ms");
            }
            if (cause instanceof HttpTimeoutException) {
                throw new Refusal(504, "fetch-timeout", uri + " did not answer within " + settings.readTimeout().toMillis() + " ms");
            }
            if (cause instanceof ConnectException) {
                throw new Refusal(502, "fetch-failed", "cannot connect to " + uri.getHost() + ": connection refused");
            }
            throw new Refusal(502, "fetch-failed", "fetching " + uri + " failed: " + cause);
        }
    }

    private HttpResponse.BodySubscriber<byte[]> subscriber(URI uri, HttpResponse.ResponseInfo info, Set<String> accepted) {
        int status = info.statusCode();
        if (status != 200) {
            return HttpResponse.BodySubscribers.replacing(null);
        }
        String media = mediaType(info.headers().firstValue("Content-Type").orElse(null));
        if (media != null && !accepted.contains(media)) {
            return new Failing(new Refusal(502, "unsupported-content-type", uri + " is " + media + "; accepted here: "
                    + String.join(", ", accepted.stream().sorted().toList())));
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > settings.maxBodyBytes()) {
            return new Failing(tooLarge(uri));
        }
        return new Limited(settings.maxBodyBytes(), () -> tooLarge(uri));
    }

    private Refusal tooLarge(URI uri) {
        return new Refusal(502, "upstream-too-large", uri + " is larger than " + settings.maxBodyBytes()
                + " bytes (tumen.ingest.fetch.max-body-bytes)");
    }

    private RobotsRules.Response downloadRobots(URI robotsUrl) {
        try {
            check(robotsUrl);
            HttpResponse<byte[]> r = exchange(robotsUrl, Set.of("text/plain", "text/html", "application/octet-stream"), Validators.NONE);
            int status = r.statusCode();
            // RFC 9309: redirects of robots.txt should be followed; treating them as "unavailable (4xx)" is the simple, permissive reading.
            return new RobotsRules.Response(status >= 300 && status < 400 ? 404 : status, r.body(),
                    r.headers().firstValue("Content-Type").orElse(null));
        } catch (Refusal e) {
            return new RobotsRules.Response(e.reason().equals("unsupported-content-type") ? 404 : 0, null, null);
        }
    }

    private static String accept(Set<String> accepted) {
        return accepted.contains("application/rss+xml")
                ? "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1"
                : "text/html, application/xhtml+xml, text/plain;q=0.8";
    }

    private static String header(HttpHeaders headers, String name) {
        return headers.firstValue(name).orElse(null);
    }

    static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    static String charsetParam(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return p.substring(8).trim().replace("\"", "");
            }
        }
        return null;
    }

    /** A body subscriber that refuses at once (wrong type, declared length over the cap). */
    private static final class Failing implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final Refusal refusal;

        Failing(Refusal refusal) {
            this.refusal = refusal;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            result.completeExceptionally(refusal);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(refusal);
        }

        @Override
        public void onComplete() {
            result.completeExceptionally(refusal);
        }
    }

    /** Collects the body and stops the transfer as soon as it passes the cap (chunked bodies declare no length). */
    private static final class Limited implements HttpResponse.BodySubscriber<byte[]> {
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final long max;
        private final java.util.function.Supplier<Refusal> tooLarge;
        private Flow.Subscription subscription;

        Limited(long max, java.util.function.Supplier<Refusal> tooLarge) {
            this.max = max;
            this.tooLarge = tooLarge;
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            if (result.isDone()) {
                return;
            }
            for (ByteBuffer b : items) {
                if (out.size() + (long) b.remaining() > max) {
                    subscription.cancel();
                    result.completeExceptionally(tooLarge.get());
                    return;
                }
                byte[] chunk = new byte[b.remaining()];
                b.get(chunk);
                out.write(chunk, 0, chunk.length);
            }
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(out.toByteArray());
        }
    }
}
