package dev.tumen.alert.delivery;

import dev.tumen.alert.AlertSettings;
import dev.tumen.common.net.OutboundGuard;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;

/**
 * Sends one signed webhook request. Redirects are not followed (a redirect could lead to a private address the
 * URL check never saw), the URL is checked again before every attempt (DNS may have changed), and at most
 * {@code max-response-bytes} of the answer are read.
 */
@Singleton
public class WebhookSender {
    private final HttpClient client;
    private final OutboundGuard guard;
    private final AlertSettings settings;
    private final ExecutorService executor;
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
        if (java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() < 2) {
            org.slf4j.LoggerFactory.getLogger(WebhookSender.class).warn("The common ForkJoinPool has fewer than 2 threads: the JDK HttpClient will "
                    + "start a thread per webhook response. Start with Application.main or -Djava.util.concurrent.ForkJoinPool.common.parallelism=2");
        }
        this.guard = guard;
        this.settings = settings;
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "webhook-http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                // Never follow redirects: each hop would need the private-address check again; a 3xx is a failed attempt.
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.connectTimeout())
                // HTTP/1.1: every chat service and most receivers speak it; h2c upgrade probes only cost a round trip.
                .version(HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
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
            uri = URI.create(url);
            guard.check(uri);
        } catch (OutboundGuard.Refused e) {
            return CompletableFuture.completedFuture(new Result(0, null, null, e.getMessage(), true, Duration.ZERO));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Result(0, null, null, "invalid URL: " + e.getMessage(), true, Duration.ZERO));
        }
        long timestamp = now.getEpochSecond();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tumen-Alert/1 (+https://tumen.dev)")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!secrets.isEmpty()) {
            request.header("webhook-signature", Signer.header(secrets, webhookId, timestamp, body));
        }
        return client.sendAsync(request.build(), info -> new CappedBody(settings.maxResponseBytes()))
                .handle((response, error) -> {
                    Duration latency = Duration.ofNanos(System.nanoTime() - started);
                    if (error != null) {
                        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        String why = cause instanceof java.net.http.HttpTimeoutException ? "timed out after " + settings.timeout().toMillis() + " ms"
                                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
                        return new Result(0, null, null, why, false, latency);
                    }
                    return new Result(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), response.body(),
                            null, false, latency);
                });
    }

    @PreDestroy
    void close() {
        executor.shutdownNow();
    }

    /** Reads at most {@code limit} bytes of a response and discards the rest without buffering it. */
    static final class CappedBody implements HttpResponse.BodySubscriber<String> {
        private final int limit;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final CompletableFuture<String> result = new CompletableFuture<>();

        CappedBody(int limit) {
            this.limit = limit;
        }

        @Override
        public CompletionStage<String> getBody() {
            return result;
        }

        private Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(List<ByteBuffer> items) {
            for (ByteBuffer b : items) {
                int room = limit - out.size();
                if (room > 0) {
                    byte[] chunk = new byte[Math.min(room, b.remaining())];
                    b.get(chunk);
                    out.write(chunk, 0, chunk.length);
                }
            }
            if (out.size() >= limit && !result.isDone()) {
                // An endless body must not hold a connection open: stop reading once we have enough.
                subscription.cancel();
                result.complete(out.toString(StandardCharsets.UTF_8));
            }
        }

        @Override
        public void onError(Throwable throwable) {
            if (!result.isDone()) {
                result.completeExceptionally(throwable);
            }
        }

        @Override
        public void onComplete() {
            if (!result.isDone()) {
                result.complete(out.toString(StandardCharsets.UTF_8));
            }
        }
    }
}
