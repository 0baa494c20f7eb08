package dev.tumen.alert.delivery;

import dev.tumen.common.net.AsciiUrls;
import dev.tumen.alert.AlertSettings;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.common.net.OutboundHttp;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one signed webhook request through the shared {@link OutboundHttp}: the receiver's host is resolved and
 * checked on every attempt and the request goes to exactly the address checked (DNS rebinding cannot reach a private
 * address); redirects are not followed (a 3xx is a failed attempt); at most {@code max-response-bytes} of the answer
 * are read.
 */
@Singleton
public class WebhookSender {
    private final OutboundHttp client;
    private final AlertSettings settings;
    private final java.util.ArrayDeque<Runnable> waiting = new java.util.ArrayDeque<>();
    private int active;

    /**
     * What an attempt ended with.
     *
     * @param status     HTTP status, or 0 when there was no answer
     * @param retryAfter the {@code Retry-After} header, if any
     * @param body       the start of the response body
     * @param error      why there was no answer (timeout, connection refused, URL refused)
     * @param refused    true when the URL check refused the request: retrying cannot help
     */
    public record Result(int status, String retryAfter, String body, String error, boolean refused, Duration latency) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    public WebhookSender(OutboundGuard guard, AlertSettings settings) {
        this.settings = settings;
        this.client = new OutboundHttp(guard, new OutboundHttp.Settings(settings.connectTimeout(), settings.timeout(),
                settings.maxConcurrentRequests()));
    }

    /**
     * Sends when one of the {@code max-concurrent-requests} slots is free, else queues (FIFO): the number of open
     * sockets stays bounded however far behind the receivers are.
     */
    public CompletableFuture<Result> send(String url, String webhookId, List<String> secrets, String body, Instant now) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        Runnable start = () -> sendNow(url, webhookId, secrets, body, Instant.now()).whenComplete((r, e) -> {
            release();
            if (e == null) {
                result.complete(r);
            } else {
                result.completeExceptionally(e);
            }
        });
        synchronized (waiting) {
            if (active < settings.maxConcurrentRequests()) {
                active++;
            } else {
                waiting.add(start);
                return result;
            }
        }
        start.run();
        return result;
    }

    private void release() {
        Runnable next;
        synchronized (waiting) {
            next = waiting.poll();
            if (next == null) {
                active--;
                return;
            }
        }
        next.run();
    }

    /** Requests waiting for a free slot. */
    public int queued() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private CompletableFuture<Result> sendNow(String url, String webhookId, List<String> secrets, String body, Instant now) {
        long started = System.nanoTime();
        URI uri;
        try {
            uri = URI.create(AsciiUrls.of(url));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Result(0, null, null, "invalid URL", true, Duration.ZERO));
        }
        long timestamp = now.getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Tumen-Alert/1 (+https://tumen.dev)");
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        if (!secrets.isEmpty()) {
            headers.put("webhook-signature", Signer.header(secrets, webhookId, timestamp, bytes));
        }
        OutboundHttp.Exchange exchange = OutboundHttp.Exchange.post(uri, headers, bytes,
                "application/json", settings.maxResponseBytes());
        return client.sendAsync(exchange).handle((answer, error) -> {
            Duration latency = Duration.ofNanos(System.nanoTime() - started);
            if (error != null) {
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                if (cause instanceof OutboundHttp.Failure f) {
                    String why = f.reason().equals("timeout") ? "timed out after " + settings.timeout().toMillis() + " ms"
                            : withoutSecretParts(f.getMessage(), uri);
                    return new Result(0, null, null, why, f.refused(), f.refused() ? Duration.ZERO : latency);
                }
                return new Result(0, null, null, cause.getClass().getSimpleName(), false, latency);
            }
            return new Result(answer.status(), answer.header("Retry-After"), answer.bodyText(), null, false, latency);
        });
    }

    /**
     * A webhook URL's path and query are often its credential (Slack, Discord and Teams put the secret there), and it is
     * stored encrypted for that reason. A failure's message may quote the URL ("... is larger than 65536 bytes"), and
     * the message goes to the delivery log, a plaintext topic any reader of the cluster sees: only the scheme and host
     * stay.
     */
    static String withoutSecretParts(String message, URI uri) {
        if (message == null) {
            return null;
        }
        String redacted = uri.getScheme() + "://" + uri.getRawAuthority() + "/…";
        String out = message.replace(uri.toString(), redacted);
        String secret = uri.getRawPath() == null ? "" : uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        if (secret.length() > 1) {
            out = out.replace(secret, "/…");
            if (uri.getRawQuery() != null) {
                out = out.replace(uri.getRawQuery(), "…");
            }
        }
        return out;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
