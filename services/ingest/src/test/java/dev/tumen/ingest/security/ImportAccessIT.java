package dev.tumen.ingest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.common.security.MintToken;
import dev.tumen.common.security.Scope;
import dev.tumen.model.Json;
import dev.tumen.model.Topics;
import dev.tumen.testkit.contract.ApiContract;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attack suite, access class, on the admin-only import endpoint of a service started outside dev with real tokens:
 * no token, a read and a write token are refused; the admin token imports; the query-string token counts nowhere but
 * the alert stream.
 */
@ExtendWith(KafkaExtension.class)
class ImportAccessIT {
    private static final String ADMIN = "admin-token-for-the-import-suite-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void onlyTheAdminScopeImports(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve("page.txt"), "Kim Jong Un met Vladimir Putin in Vostochny to discuss cooperation.");
        MintToken.Minted read = MintToken.mint("dashboard", Scope.READ);
        MintToken.Minted write = MintToken.mint("desk", Scope.WRITE);
        Map<String, Object> props = securedProps(ADMIN, read, write);
        String prefix = (String) props.get("tumen.topic-prefix");
        props.put("tumen.ingest.import-root", root.toString());
        EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, props, "test");
        try {
            String body = Json.string(Map.of("path", "page.txt"));

            assertRefused(post(app, "/imports", body, null), 401);
            assertRefused(post(app, "/imports", body, read.token()), 403);
            assertRefused(post(app, "/imports", body, write.token()), 403);
            assertRefused(post(app, "/imports?access_token=" + ADMIN, body, null), 401);
            assertRefused(post(app, "/imports", body, ADMIN + "x"), 401);

            HttpResponse<String> imported = post(app, "/imports", body, ADMIN);
            assertEquals(200, imported.statusCode(), imported.body());
            assertEquals(1, Json.mapper().readTree(imported.body()).path("published").asInt(), imported.body());
            assertEquals(1, TestKafka.read(prefix + Topics.PAGES, 1, Duration.ofMillis(300), Duration.ofSeconds(20), false).size());
            // What write may do, it does: the refusals above are about the scope, not the token.
            HttpResponse<String> push = post(app, "/pages", Json.string(Map.of("content", "Lavrov visited Pyongyang.")), write.token());
            assertEquals(202, push.statusCode(), push.body());
            // Refused credentials are counted like any other refusal: a stream of them is an attack or a revoked token.
            HttpResponse<String> metrics = HttpClient.newHttpClient().send(HttpRequest.newBuilder(app.getURI().resolve("/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(metrics.body().contains("tumen_ingest_refusals_total{channel=\"file\",reason=\"unauthorized\"} 3.0"), metrics.body());
            assertTrue(metrics.body().contains("tumen_ingest_refusals_total{channel=\"file\",reason=\"insufficient-scope\"} 2.0"), metrics.body());
        } finally {
            app.getApplicationContext().close();
        }
    }

    /** A service outside dev: an admin token, a read and a write token, an encryption key, its own topics. */
    static Map<String, Object> securedProps(String admin, MintToken.Minted read, MintToken.Minted write) {
        String prefix = TestKafka.uniquePrefix();
        TestKafka.createTopics(List.of(prefix + Topics.PAGES), 1);
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        props.put("tumen.topic-prefix", prefix);
        props.put("micronaut.server.port", -1);
        props.put("tumen.security.token", admin);
        props.put("tumen.security.tokens", read.entry() + "," + write.entry());
        props.put("tumen.encryption.key", "c2VhbHMtZmVlZC11cmxzLWluLXRoaXMtdGVzdC0wMDE=");
        return props;
    }

    private static void assertRefused(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), r.body());
        assertTrue(!r.body().contains(ADMIN), "a problem never echoes a token");
    }

    private static HttpResponse<String> post(EmbeddedServer app, String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.getURL() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return ApiContract.check(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()), "/openapi/ingest.yml");
    }
}
