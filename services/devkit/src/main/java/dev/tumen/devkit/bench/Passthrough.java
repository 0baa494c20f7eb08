package dev.tumen.devkit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.tumen.model.Json;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The benchmark's baseline: Tumen's hops with no work in them, one process per hop as Tumen runs —
 * {@code ingest} (HTTP POST → acks=all idempotent produce), {@code relay} (read_committed consume →
 * transactional produce, offsets in the transaction) and {@code deliver} (read_committed consume → HTTP
 * POST to a webhook). Tumen's throughput is reported as a fraction of this chain's.
 *
 * <p>Usage: {@code Passthrough ingest|relay|deliver BOOTSTRAP [PORT|WEBHOOK_URL [GROUPS SUBSCRIPTIONS]]}. With
 * {@code GROUPS} and {@code SUBSCRIPTIONS} (the failing-receivers scenario), {@code deliver} makes the deliveries
 * Tumen makes: page {@code n} goes to every receiver {@code WEBHOOK_URL/<i>} with {@code i % GROUPS == n % GROUPS},
 * the failing receivers among them included (their 500 is not retried); without them, one POST per page.
 */
public final class Passthrough {
    static final String PAGES = "bench.passthrough.pages";
    static final String ARTICLES = "bench.passthrough.articles";

    private Passthrough() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = args[1];
        switch (args[0]) {
            case "ingest" -> ingest(bootstrap, Integer.parseInt(args[2]));
            case "relay" -> relay(bootstrap);
            case "deliver" -> deliver(bootstrap, URI.create(args[2]), args.length > 4 ? Integer.parseInt(args[3]) : 0,
                    args.length > 4 ? Integer.parseInt(args[4]) : 0);
            default -> throw new IllegalArgumentException("role: ingest|relay|deliver");
        }
    }

    private static void ingest(String bootstrap, int port) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", "1");
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 1024);
        server.createContext("/pages", exchange -> {
            try {
                ObjectNode page = (ObjectNode) Json.mapper().readTree(exchange.getRequestBody().readAllBytes());
                page.put("receivedAt", Instant.now().toString());
                String key = page.path("url").asText();
                producer.send(new ProducerRecord<>(PAGES, key, Json.mapper().writeValueAsBytes(page))).get();
                exchange.sendResponseHeaders(202, -1);
            } catch (Exception e) {
                exchange.sendResponseHeaders(503, -1);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.start();
        Thread.currentThread().join();
    }

    private static void relay(String bootstrap) throws Exception {
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, "bench-passthrough-relay");
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                     "transactional.id", "bench-passthrough-relay", "linger.ms", 1), new StringSerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(PAGES));
            while (true) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(250));
                if (records.isEmpty()) {
                    continue;
                }
                producer.beginTransaction();
                Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
                for (ConsumerRecord<String, byte[]> r : records) {
                    producer.send(new ProducerRecord<>(ARTICLES, r.key(), r.value()));
                    offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                producer.commitTransaction();
            }
        }
    }

    private static void deliver(String bootstrap, URI webhook, int groups, int subscriptions) throws Exception {
        HttpClient.Builder client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (groups > 0) {
            // Fanned out, the default HTTP/2 client tried an h2c upgrade on every new connection and opened one per
            // request meanwhile: at 200 requests/s it delivered nothing for a minute while its memory grew. HTTP/1.1
            // keeps a pool of connections to the one receiver host, as the alert's client does.
            client.version(HttpClient.Version.HTTP_1_1);
        }
        HttpClient http = client.build();
        // At most as many requests in flight as the alert's max-concurrent-requests.
        Semaphore inFlight = new Semaphore(256);
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, "bench-passthrough-deliver")) {
            consumer.subscribe(List.of(ARTICLES));
            while (true) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(250))) {
                    JsonNode page = Json.mapper().readTree(r.value());
                    String url = page.path("url").asText();
                    Map<String, Object> article = Map.of("url", url, "receivedAt", page.path("receivedAt").asText());
                    byte[] body = Json.bytes(Map.of("type", "alert.created", "data", Map.of("article", article)));
                    for (URI target : receivers(webhook, url, groups, subscriptions)) {
                        inFlight.acquire();
                        http.sendAsync(HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding())
                                .whenComplete((answer, e) -> inFlight.release());
                    }
                }
                consumer.commitAsync();
            }
        }
    }

    /** The webhook itself, or with groups the receivers of the page's group (its number is the URL's last segment). */
    static List<URI> receivers(URI webhook, String pageUrl, int groups, int subscriptions) {
        if (groups <= 0) {
            return List.of(webhook);
        }
        long n;
        try {
            n = Long.parseLong(pageUrl.substring(pageUrl.lastIndexOf('/') + 1));
        } catch (NumberFormatException e) {
            return List.of();
        }
        List<URI> out = new java.util.ArrayList<>();
        for (int i = (int) (n % groups); i < subscriptions; i += groups) {
            out.add(URI.create(webhook + "/" + i));
        }
        return out;
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, String group) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("group.id", group);
        p.put("auto.offset.reset", "earliest");
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
