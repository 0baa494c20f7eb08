package dev.tumen.alert.delivery;

import dev.tumen.common.net.AsciiUrls;
import dev.tumen.alert.AlertSettings;
import dev.tumen.common.net.OutboundGuard;
import dev.tumen.common.net.OutboundHttp;
import dev.tumen.model.text.InvisibleCharacters;
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
    /** Requests waiting for a slot, FIFO; also the lock of the counts and {@link #open} below. */
    private final java.util.ArrayDeque<Waiting> waiting = new java.util.ArrayDeque<>();
    /** Requests counted against {@code max-concurrent-requests}, in the order they started. */
    private final java.util.LinkedHashSet<Slot> open = new java.util.LinkedHashSet<>();
    private int active;
    /** Requests unanswered for {@code slow-request}, counted against {@code max-slow-requests} instead. */
    private int slow;
    private final java.util.concurrent.ScheduledExecutorService sweeper;

    /** One request's place; {@code slow} (under the lock) once it has moved to the slow count. */
    private static final class Slot {
        long startedNanos;
        boolean slow;
    }

    private record Waiting(Slot slot, Runnable start) {
    }

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
                settings.maxConcurrentRequests() + settings.maxSlowRequests()));
        this.sweeper = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "webhook-slots");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(10, Math.min(250, settings.slowRequest().toMillis() / 4));
        sweeper.scheduleWithFixedDelay(this::moveSlow, period, period, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * Sends when one of the {@code max-concurrent-requests} slots is free, else queues (FIFO): the number of open
     * sockets stays bounded however far behind the receivers are.
     *
     * <p>A request left unanswered for {@code slow-request} gives its slot to the next one and counts against
     * {@code max-slow-requests} until it ends. Receivers that hang or whose hosts drop connection attempts hold a
     * request for the whole timeout (15 s): a hundred of them at their first adaptive limit (4) were 400 requests, more
     * than all the slots, and every healthy receiver's alert waited behind them until they timed out. Now it waits at most
     * about {@code slow-request}, until the slow count is full too.
     */
    public CompletableFuture<Result> send(String url, String webhookId, List<String> secrets, String body, Instant now) {
        CompletableFuture<Result> result = new CompletableFuture<>();
        Slot slot = new Slot();
        Runnable start = () -> {
            CompletableFuture<Result> attempt;
            try {
                attempt = sendNow(url, webhookId, secrets, body, Instant.now());
            } catch (RuntimeException e) {
                // Thrown instead of answered: the slot is still given back, or it stays taken for good.
                attempt = CompletableFuture.failedFuture(e);
            }
            attempt.whenComplete((r, e) -> {
                release(slot);
                if (e == null) {
                    result.complete(r);
                } else {
                    result.completeExceptionally(e);
                }
            });
        };
        synchronized (waiting) {
            if (active < settings.maxConcurrentRequests()) {
                active++;
                opened(slot);
            } else {
                waiting.add(new Waiting(slot, start));
                return result;
            }
        }
        start.run();
        return result;
    }

    /** Lock held. */
    private void opened(Slot slot) {
        slot.startedNanos = System.nanoTime();
        open.add(slot);
    }

    private void release(Slot slot) {
        Runnable next;
        synchronized (waiting) {
            if (slot.slow) {
                // Its place among the concurrent requests went to another one when it turned slow.
                slow--;
                return;
            }
            open.remove(slot);
            next = handOnLocked();
        }
        if (next != null) {
            next.run();
        }
    }

    /** A concurrent-request slot is free: the next waiting request takes it, or the count goes down. Lock held. */
    private Runnable handOnLocked() {
        Waiting next = waiting.poll();
        if (next == null) {
            active--;
            return null;
        }
        opened(next.slot());
        return next.start();
    }

    /** Moves requests unanswered for {@code slow-request}, oldest first, to the slow count while it has room. */
    private void moveSlow() {
        List<Runnable> starts = new java.util.ArrayList<>();
        synchronized (waiting) {
            long cutoff = System.nanoTime() - settings.slowRequest().toNanos();
            // The oldest first: the request handed a slot joins at the end, so no iterator over the set is kept.
            while (!open.isEmpty() && slow < settings.maxSlowRequests()) {
                Slot s = open.iterator().next();
                if (s.startedNanos - cutoff > 0) {
                    break;
                }
                open.remove(s);
                s.slow = true;
                slow++;
                Runnable next = handOnLocked();
                if (next != null) {
                    starts.add(next);
                }
            }
        }
        starts.forEach(Runnable::run);
    }

    /** Requests waiting for a free slot. */
    public int queued() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    /**
     * A webhook URL as every attempt to it needs it: its ASCII form, parsed, its form checked and read by OkHttp once
     * (see {@link OutboundHttp.Target}; the address checks stay per request). {@code target} is null when the check
     * refused the URL: each attempt then goes the plain way and fails with the same refusal.
     */
    private record Destination(URI uri, OutboundHttp.Target target) {
    }

    /** Destinations by URL as stored; bounded like the signing keys (edited and deleted subscriptions leave old URLs). */
    private final Map<String, Destination> destinations = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_DESTINATIONS = 10_000;

    /** {@code null} when {@code url} is not a URL at all. */
    private Destination destination(String url) {
        Destination d = destinations.get(url);
        if (d != null) {
            return d;
        }
        URI uri;
        try {
            uri = URI.create(AsciiUrls.of(url));
        } catch (IllegalArgumentException e) {
            return null;
        }
        OutboundHttp.Target target;
        try {
            target = client.target(uri);
        } catch (OutboundHttp.Failure f) {
            target = null;
        }
        if (destinations.size() >= MAX_DESTINATIONS) {
            destinations.clear();
        }
        d = new Destination(uri, target);
        destinations.put(url, d);
        return d;
    }

    private CompletableFuture<Result> sendNow(String url, String webhookId, List<String> secrets, String body, Instant now) {
        long started = System.nanoTime();
        Destination destination = destination(url);
        if (destination == null) {
            return CompletableFuture.completedFuture(new Result(0, null, null, "invalid URL", true, Duration.ZERO));
        }
        URI uri = destination.uri();
        long timestamp = now.getEpochSecond();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!OutboundHttp.headerValue(webhookId)) {
            // The id comes from a retry record, which anyone who can write the topic may have written: a line break in
            // it would be a header of theirs. OkHttp refuses it by throwing, which left the slot taken for good.
            return CompletableFuture.completedFuture(new Result(0, null, null, "invalid webhook-id: not a header value", true,
                    Duration.ZERO));
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", "Tumen-Alert/1 (+https://tumen.dev)");
        headers.put("webhook-id", webhookId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        if (!secrets.isEmpty()) {
            try {
                headers.put("webhook-signature", Signer.header(secrets, webhookId, timestamp, bytes));
            } catch (IllegalArgumentException e) {
                // A secret that is no base64 key (a subscription record from outside): never sent unsigned. Not quoted.
                return CompletableFuture.completedFuture(new Result(0, null, null, "invalid signing secret: not a whsec_ key", true,
                        Duration.ZERO));
            }
        }
        OutboundHttp.Exchange exchange = OutboundHttp.Exchange.post(uri, headers, bytes,
                "application/json", settings.maxResponseBytes());
        return client.sendAsync(destination.target(), exchange).handle((answer, error) -> {
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
            // The receiver's words, kept in the delivery log and shown to whoever reads it: a bidirectional override or an
            // invisible character in them is written as its escape, as in a problem's detail (review of session 45).
            return new Result(answer.status(), answer.header("Retry-After"), InvisibleCharacters.escape(answer.bodyText()), null, false,
                    latency);
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

    /** Requests open longer than {@code slow-request} that no longer count against {@code max-concurrent-requests}. */
    public int slowRequests() {
        synchronized (waiting) {
            return slow;
        }
    }

    @PreDestroy
    void close() {
        sweeper.shutdownNow();
        client.close();
    }
}
