package dev.tumen.alert;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/** A real webhook receiver on 127.0.0.1 whose answers a test scripts: status per request number, or hang. */
public final class Receiver implements AutoCloseable {
    /** One request as received. */
    public record Request(int n, Map<String, List<String>> headers, String body, long receivedNanos, long receivedMillis, int answered) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().get(0)).findFirst()
                    .orElse(null);
        }
    }

    /** How to answer request {@code n} (1-based): a status, or {@link #HANG}. */
    public static final int HANG = -1;

    static {
        // The JDK server writes a response's headers and body separately; with Nagle on, the body waits for the
        // client's delayed ACK (40 ms on Linux), which would double a 50 ms receiver's answer time in one-at-a-time tests.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private final IntFunction<Integer> answer;
    private final IntFunction<Map<String, String>> replyHeaders;
    private volatile long delayNanos;

    public Receiver(IntFunction<Integer> answer) throws IOException {
        this(answer, n -> Map.of());
    }

    /** {@code replyHeaders} adds response headers to request {@code n}'s answer (say a {@code Retry-After}). */
    public Receiver(IntFunction<Integer> answer, IntFunction<Map<String, String>> replyHeaders) throws IOException {
        this.answer = answer;
        this.replyHeaders = replyHeaders;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static Receiver healthy() throws IOException {
        return new Receiver(n -> 200);
    }

    /** A healthy receiver that holds every request until {@code gate} opens (at most 60 s), then answers 200. */
    public static Receiver heldUntil(CountDownLatch gate) throws IOException {
        return new Receiver(n -> {
            try {
                gate.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 200;
        });
    }

    /** A healthy receiver that takes {@code delay} to answer each request (a busy but well-behaved service). */
    public static Receiver answeringIn(java.time.Duration delay) throws IOException {
        Receiver r = new Receiver(n -> 200);
        r.delayNanos = delay.toNanos();
        return r;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Requests answered with {@code status}, counted by {@code webhook-id}: a count above 1 is a duplicate. */
    public java.util.SortedMap<String, Long> answeredByWebhookId(int status) {
        return requests.stream().filter(r -> r.answered() == status).collect(java.util.stream.Collectors.groupingBy(
                r -> r.header("webhook-id"), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The most requests this receiver has held at once, each from its arrival until its answer is about to be written. */
    public int mostAtOnce() {
        return mostOpen.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
        java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);
        // Let go before the answer is written: once it is, the client may send its next request before this thread
        // returns, and the two would count as held at once.
        Runnable letGo = () -> {
            if (held.getAndSet(false)) {
                open.decrementAndGet();
            }
        };
        try {
            answer(exchange, letGo);
        } finally {
            letGo.run();
        }
    }

    private void answer(HttpExchange exchange, Runnable letGo) throws IOException {
        int n = count.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        int status = answer.apply(n);
        requests.add(new Request(n, Map.copyOf(exchange.getRequestHeaders()), body, System.nanoTime(), System.currentTimeMillis(), status));
        if (status == HANG) {
            try {
                released.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (delayNanos > 0) {
            // Simulates the receiver's own work; the request is already recorded in arrival order.
            java.util.concurrent.locks.LockSupport.parkNanos(delayNanos);
        }
        replyHeaders.apply(n).forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        byte[] reply = "ok".getBytes(StandardCharsets.UTF_8);
        letGo.run();
        exchange.sendResponseHeaders(status, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
