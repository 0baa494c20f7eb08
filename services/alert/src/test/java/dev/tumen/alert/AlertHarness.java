package dev.tumen.alert;

import dev.tumen.testkit.TestKafka;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import dev.tumen.testkit.contract.ApiContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Starts alert instances against the shared test broker under a fresh topic prefix, produces labelled articles
 * directly (alert is tested alone), and calls the HTTP API. Close it before the broker goes away.
 */
public final class AlertHarness implements AutoCloseable {
    public final String prefix = TestKafka.uniquePrefix();
    private final List<ApplicationContext> apps = new ArrayList<>();
    private final KafkaProducer<String, byte[]> producer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Object> extra;

    public AlertHarness(Map<String, Object> extra) {
        this.extra = extra;
        TestKafka.createTopics(List.of(articles(), Topics.deadLetter(articles())), 3);
        producer = TestKafka.producer();
    }

    /** Test defaults: retries within a second, a 1 s attempt timeout, no jitter. */
    public static Map<String, Object> fastRetries() {
        Map<String, Object> m = new HashMap<>();
        m.put("tumen.alert.delivery.backoff", "0s,300ms,600ms,900ms");
        m.put("tumen.alert.delivery.jitter", 0);
        m.put("tumen.alert.delivery.timeout", "1s");
        m.put("tumen.alert.topic-partitions", 2);
        return m;
    }

    /** An instance in the relaxed {@code dev} environment (no token needed). */
    public EmbeddedServer start() {
        return start("test", "dev");
    }

    /** An instance in exactly these environments (without {@code dev}, tokens are required). */
    public EmbeddedServer start(String... environments) {
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        props.put("tumen.topic-prefix", prefix);
        props.put("micronaut.server.port", -1);
        props.put("tumen.outbound.allowed-hosts", "127.0.0.1");
        // dev relaxes the outbound guard (application-dev.yml); the tests keep it strict but for the receivers above.
        props.put("tumen.outbound.allow-private", false);
        props.putAll(extra);
        ApplicationContext ctx = ApplicationContext.run(EmbeddedServer.class, props, environments).getApplicationContext();
        apps.add(ctx);
        return ctx.getBean(EmbeddedServer.class);
    }

    /**
     * Waits until the alert group has settled with {@code instances} running instances (two loops each, every one
     * holding partitions): records produced from then on are read once, by their partition's owner, with no rebalance
     * in their way.
     */
    public void awaitSettled(int instances) {
        TestKafka.awaitGroupStable(prefix + "tumen-alert", 2 * instances);
    }

    public void stop(EmbeddedServer server) {
        ApplicationContext ctx = server.getApplicationContext();
        ctx.close();
        apps.remove(ctx);
    }

    public String articles() {
        return prefix + Topics.ARTICLES;
    }

    public void publish(ArticleLabelled article) {
        produce(article.id(), Json.bytes(article));
    }

    /**
     * {@code n} unrelated high-severity stories, each matching {@code token}, all on partition 0 so that their arrival
     * order is the partition's; returns their ids in that order.
     */
    public List<String> publishBurst(String token, int n, String idPrefix) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("%s%03d%s", idPrefix, i, java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12));
            ids.add(id);
            ArticleLabelled a = Fixtures.article(id, dev.tumen.model.Severity.HIGH,
                    String.format("%016x", java.util.UUID.randomUUID().getMostSignificantBits()), "https://news.example/" + id, token);
            producer.send(new ProducerRecord<>(articles(), 0, id, Json.bytes(a)));
        }
        producer.flush();
        return ids;
    }

    /** Produces without waiting for the broker's answer (the benchmark's pacing must not depend on it). */
    public void publishAsync(ArticleLabelled article) {
        producer.send(new ProducerRecord<>(articles(), null, article.id(), Json.bytes(article),
                CloudEvents.headers(CloudEvents.TYPE_ARTICLE_LABELLED, "/tumen/test", article.id())));
    }

    public void produce(String key, byte[] value) {
        produce(key, value, CloudEvents.headers(CloudEvents.TYPE_ARTICLE_LABELLED, "/tumen/test", key));
    }

    public void produce(String key, byte[] value, org.apache.kafka.common.header.Headers headers) {
        try {
            producer.send(new ProducerRecord<>(articles(), null, key, value, headers)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> call(EmbeddedServer server, String method, String path, String body) {
        return call(server, method, path, body, null);
    }

    public HttpResponse<String> call(EmbeddedServer server, String method, String path, String body, String token) {
        return call(server, method, path, body, token, body == null ? null : "application/json");
    }

    public HttpResponse<String> call(EmbeddedServer server, String method, String path, String body, String token, String contentType) {
        return call(server, method, path, body, token, contentType, Map.of());
    }

    /** A call with more request headers ({@code If-Match}, {@code Idempotency-Key}, …). */
    public HttpResponse<String> call(EmbeddedServer server, String method, String path, String body, String token, String contentType,
                                     Map<String, String> headers) {
        // Generous: at load 50 the first request after a cold start took 20 s (SubscriptionQuotaIT), a slow machine
        // and not a fault; no test here waits on this deadline to see anything.
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        try {
            return ApiContract.check(http.send(b.build(), HttpResponse.BodyHandlers.ofString()), "/openapi/alert.yml");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Creates a subscription and returns its JSON (with the secret). */
    public Map<String, Object> subscribe(EmbeddedServer server, Map<String, Object> request) {
        HttpResponse<String> r = call(server, "POST", "/subscriptions", Json.string(request));
        if (r.statusCode() != 201) {
            throw new IllegalStateException("subscribe failed: " + r.statusCode() + " " + r.body());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> created = Json.read(r.body(), Map.class);
        return created;
    }

    @Override
    public void close() {
        for (int i = apps.size() - 1; i >= 0; i--) {
            apps.get(i).close();
        }
        apps.clear();
        producer.close(Duration.ofSeconds(5));
    }
}
