package dev.tumen.devkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tumen.model.Json;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A subscriber's webhook endpoint on 127.0.0.1 that verifies each delivery's Standard Webhooks
 * signature the way a real receiver should, and queues what it received.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One delivery as received. */
    public record Delivery(String webhookId, String timestamp, boolean signatureValid, JsonNode payload, long receivedAtMillis) {
        public JsonNode article() {
            return payload.path("data").path("article");
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Delivery> queue = new LinkedBlockingQueue<>();
    private final List<Delivery> all = new CopyOnWriteArrayList<>();
    private volatile List<String> secrets = List.of();

    public WebhookReceiver() throws IOException {
        this(0);
    }

    /** A receiver on a given port (0 = any), so a test can stop one and bring it back at the same address. */
    public WebhookReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/hook", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    /** The subscription's signing secrets ({@code whsec_…}), known once the subscription is created. */
    public void trust(List<String> secrets) {
        this.secrets = List.copyOf(secrets);
    }

    public List<String> secretsTrusted() {
        return secrets;
    }

    public BlockingQueue<Delivery> queue() {
        return queue;
    }

    public List<Delivery> all() {
        return List.copyOf(all);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
        JsonNode payload;
        try {
            payload = Json.mapper().readTree(body);
        } catch (IOException e) {
            exchange.sendResponseHeaders(400, -1);
            exchange.close();
            return;
        }
        long now = System.currentTimeMillis();
        Delivery delivery = new Delivery(id, timestamp, verify(id, timestamp, body, signature) && fresh(timestamp, now), payload, now);
        all.add(delivery);
        queue.add(delivery);
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
    }

    /** Standard Webhooks: any {@code v1,<base64 HMAC-SHA256(secret, id.timestamp.body)>} in the header matches. */
    boolean verify(String id, String timestamp, byte[] body, String signatureHeader) {
        return verify(secrets, id, timestamp, body, signatureHeader);
    }

    /**
     * How far a delivery's {@code webhook-timestamp} may be from the receiver's clock: the window the alert README's
     * verifiers enforce (Standard Webhooks' five minutes). This receiver took any timestamp, so a delivery captured
     * once and sent again days later was shown as "signature verified" (probe of session 29).
     */
    static final long TOLERANCE_SECONDS = 300;

    /** Whether {@code timestamp} (Unix seconds) lies within {@link #TOLERANCE_SECONDS} of {@code nowMillis}. */
    static boolean fresh(String timestamp, long nowMillis) {
        try {
            return timestamp != null && Math.abs(nowMillis / 1000 - Long.parseLong(timestamp.trim())) <= TOLERANCE_SECONDS;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The signature check alone, for a delivery recorded elsewhere (e.g. by a receiver container) and checked later. */
    static boolean verify(List<String> secrets, String id, String timestamp, byte[] body, String signatureHeader) {
        if (id == null || timestamp == null || signatureHeader == null) {
            return false;
        }
        for (String secret : secrets) {
            String expected = "v1," + sign(secret, id + "." + timestamp + "." + new String(body, StandardCharsets.UTF_8));
            for (String presented : signatureHeader.split(" ")) {
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
        }
        return false;
    }

    static String sign(String secret, String content) {
        try {
            String key = secret.startsWith("whsec_") ? secret.substring(6) : secret;
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
