package dev.tumen.ingest.support;

import dev.tumen.testkit.TestKafka;
import dev.tumen.ingest.kafka.IngestTopics;
import dev.tumen.model.Topics;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import dev.tumen.testkit.contract.ApiContract;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * An ingest application on the shared test broker, under its own topic prefix, with a plain JDK HTTP
 * client. {@link #restart()} starts a fresh context on the same topics: what survives lives in Kafka.
 */
public final class IngestApp implements AutoCloseable {
    public final String prefix;
    private final Map<String, Object> extra;
    private EmbeddedServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    public IngestApp(Map<String, Object> extra) {
        this(TestKafka.uniquePrefix(), extra);
    }

    public IngestApp(String prefix, Map<String, Object> extra) {
        this.prefix = prefix;
        this.extra = extra;
        TestKafka.createTopics(List.of(pagesTopic()), 1);
        start();
    }

    private void start() {
        Map<String, Object> props = new HashMap<>(Map.of(
                "kafka.bootstrap.servers", TestKafka.bootstrapServers(),
                "tumen.topic-prefix", prefix,
                "micronaut.server.port", -1,
                "tumen.outbound.allowed-hosts", "127.0.0.1",
                "tumen.ingest.fetch.host-interval", "0s"));
        props.putAll(extra);
        server = ApplicationContext.run(EmbeddedServer.class, props, "test", "dev");
    }

    public void restart() {
        server.getApplicationContext().close();
        start();
    }

    public ApplicationContext context() {
        return server.getApplicationContext();
    }

    public String pagesTopic() {
        return prefix + Topics.PAGES;
    }

    public String feedsTopic() {
        return prefix + IngestTopics.FEEDS;
    }

    public String seenTopic() {
        return prefix + IngestTopics.PAGES_SEEN;
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).timeout(Duration.ofSeconds(30)).DELETE().build());
    }

    public URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    /** Any request, its answer checked against the served description like every other. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            return ApiContract.check(http.send(request, HttpResponse.BodyHandlers.ofString()), "/openapi/ingest.yml");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every record of the pages topic, after a short quiet period. */
    public List<ConsumerRecord<String, byte[]>> pages(int atLeast) {
        return TestKafka.read(pagesTopic(), atLeast, Duration.ofMillis(700), Duration.ofSeconds(atLeast == 0 ? 2 : 20), false);
    }

    @Override
    public void close() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }
}
