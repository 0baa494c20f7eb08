package dev.tumen.alert.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.alert.AlertHarness;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.ApiContract;
import dev.tumen.testkit.TestKafka;
import dev.tumen.common.security.MintToken;
import dev.tumen.common.security.Scope;
import dev.tumen.model.Json;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attack suite, access class: start-up without a usable token, each scope refused where it does not apply, the
 * query-string token honoured on the stream only, health details only for a token holder. The alert service has
 * every kind of endpoint (lists, stream, writes, secret rotation, replay), so it stands for all three.
 */
@ExtendWith(KafkaExtension.class)
class AccessAttackIT {
    private static final String ADMIN = "admin-token-for-the-attack-suite-0123456789";
    private static final MintToken.Minted READ = MintToken.mint("dashboard", Scope.READ);
    private static final MintToken.Minted WRITE = MintToken.mint("desk", Scope.WRITE);
    // a fixed key of 32 different bytes: one of all zeros is refused outside dev
    static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static AlertHarness harness;
    private static EmbeddedServer app;

    @BeforeAll
    static void start() {
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.security.token", ADMIN);
        props.put("tumen.security.tokens", READ.entry() + "," + WRITE.entry());
        props.put("tumen.encryption.key", KEY);
        props.put("tumen.alert.max-subscriptions-per-token", 3);
        // Test receivers would live on 127.0.0.5: every spelling of 127.0.0.1 must stay forbidden.
        props.put("tumen.outbound.allowed-hosts", "127.0.0.5");
        harness = new AlertHarness(props);
        app = harness.start("test");
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static Map<String, Object> bareProps() {
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        props.put("tumen.topic-prefix", TestKafka.uniquePrefix());
        props.put("micronaut.server.port", -1);
        props.put("tumen.encryption.key", KEY);
        return props;
    }

    private static Throwable startFails(Map<String, Object> props) {
        return assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class, props).close());
    }

    private static String messages(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c.getMessage()).append('\n');
        }
        return b.toString();
    }

    @Test
    void aServiceWithNoEnvironmentAndNoTokenRefusesToStart() {
        assertTrue(messages(startFails(bareProps())).contains("No access token configured"));
    }

    @Test
    void anEmptyOrShortTokenRefusesToStart() {
        Map<String, Object> empty = bareProps();
        empty.put("tumen.security.token", "");
        assertTrue(messages(startFails(empty)).contains("No access token configured"));
        for (String weak : List.of("x", "secret", "0123456789012345678901234567890", "   short-with-padding-around-it   ")) {
            Map<String, Object> shortToken = bareProps();
            shortToken.put("tumen.security.token", weak);
            assertTrue(messages(startFails(shortToken)).contains("shorter than 32"), weak);
        }
    }

    @Test
    void noEncryptionKeyOutsideDevRefusesToStart() {
        Map<String, Object> props = bareProps();
        props.put("tumen.security.token", ADMIN);
        props.remove("tumen.encryption.key");
        assertTrue(messages(startFails(props)).contains("tumen.encryption.key"));
        props.put("tumen.encryption.key", "c2hvcnQ=");
        assertTrue(messages(startFails(props)).contains("exactly 32 bytes"));
    }

    @Test
    void subscriptionsAreLimitedPerToken() {
        int created = 0;
        HttpResponse<String> r;
        do {
            r = call("POST", "/subscriptions", Json.string(Map.of("name", "q" + created, "url", "http://127.0.0.5:49/q" + created)), ADMIN);
            created++;
        } while (r.statusCode() == 201 && created < 10);
        assertEquals(429, r.statusCode(), r.body());
        assertTrue(r.body().contains("subscription-quota"), r.body());
        assertEquals(4, created, "the quota is 3 per token");
        assertEquals(201, call("POST", "/subscriptions", subscription(), WRITE.token()).statusCode(), "another token has its own quota");
    }

    @Test
    void everyForbiddenAddressSpellingIsRefusedAsAWebhook() {
        for (String host : dev.tumen.testkit.ForbiddenSpellings.HOSTS) {
            HttpResponse<String> r = call("POST", "/subscriptions",
                    Json.string(Map.of("name", "ssrf", "url", "http://" + host + ":8080/hook")), WRITE.token());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500 && r.statusCode() != 429, host + " -> " + r.statusCode() + " " + r.body());
        }
    }

    @Test
    void anExplicitTestEnvironmentRelaxesNothing() {
        Map<String, Object> props = bareProps();
        assertThrows(RuntimeException.class, () -> ApplicationContext.run(EmbeddedServer.class, props, "test").close());
    }

    private static HttpResponse<String> call(String method, String path, String body, String bearer) {
        return harness.call(app, method, path, body, bearer);
    }

    private static String subscription() {
        return Json.string(Map.of("name", "desk", "url", "http://127.0.0.5:49/hook", "minSeverity", "high"));
    }

    @Test
    void everyScopeIsRefusedWhereItDoesNotApply() {
        assertEquals(401, call("GET", "/subscriptions", null, null).statusCode());
        assertEquals(401, call("GET", "/subscriptions", null, "not-a-token-" + ADMIN).statusCode());
        assertEquals(200, call("GET", "/subscriptions", null, READ.token()).statusCode());

        HttpResponse<String> readWrites = call("POST", "/subscriptions", subscription(), READ.token());
        assertEquals(403, readWrites.statusCode());
        assertTrue(readWrites.body().contains("insufficient-scope"), readWrites.body());

        HttpResponse<String> created = call("POST", "/subscriptions", subscription(), WRITE.token());
        assertEquals(201, created.statusCode(), created.body());
        String id = (String) Json.read(created.body(), Map.class).get("id");
        assertEquals(200, call("GET", "/subscriptions/" + id + "/deliveries", null, READ.token()).statusCode());
        assertEquals(403, call("DELETE", "/subscriptions/" + id, null, READ.token()).statusCode());
        assertEquals(403, call("POST", "/subscriptions/" + id + "/pause", null, READ.token()).statusCode());

        assertEquals(403, call("POST", "/subscriptions/" + id + "/secret/rotate", null, READ.token()).statusCode());
        assertEquals(403, call("POST", "/subscriptions/" + id + "/secret/rotate", null, WRITE.token()).statusCode());
        assertEquals(403, call("DELETE", "/subscriptions/" + id + "/secret/previous", null, WRITE.token()).statusCode());
        assertEquals(403, call("POST", "/subscriptions/" + id + "/deliveries/d1/replay", null, WRITE.token()).statusCode());
        assertEquals(200, call("POST", "/subscriptions/" + id + "/secret/rotate", null, ADMIN).statusCode());
        assertEquals(403, call("POST", "//Subscriptions/" + id + "/./secret/rotate/", null, WRITE.token()).statusCode());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReadOnlyTokenSeesWebhookUrlsByTheirOriginOnly() {
        // A chat webhook's path is the key to post in its channel: a dashboard's read token must not harvest it.
        String url = "http://127.0.0.5:49/services/T0/B0/pathSecret0123?key=querySecret";
        HttpResponse<String> created = call("POST", "/subscriptions",
                Json.string(Map.of("name", "chat", "url", url, "minSeverity", "high")), WRITE.token());
        assertEquals(201, created.statusCode(), created.body());
        String id = (String) Json.read(created.body(), Map.class).get("id");

        HttpResponse<String> listed = call("GET", "/subscriptions", null, READ.token());
        assertEquals(200, listed.statusCode());
        assertFalse(listed.body().contains("pathSecret0123") || listed.body().contains("querySecret"), listed.body());
        HttpResponse<String> one = call("GET", "/subscriptions/" + id, null, READ.token());
        assertEquals("http://127.0.0.5:49/…", Json.read(one.body(), Map.class).get("url"), one.body());

        for (String bearer : List.of(WRITE.token(), ADMIN)) {
            assertEquals(url, Json.read(call("GET", "/subscriptions/" + id, null, bearer).body(), Map.class).get("url"));
            List<Map<String, Object>> all = Json.read(call("GET", "/subscriptions", null, bearer).body(), List.class);
            assertTrue(all.stream().anyMatch(s -> url.equals(s.get("url"))), "whoever may change it sees it whole");
        }
    }

    private static int status(String method, String pathAndQuery, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.getPort() + pathAndQuery))
                .timeout(Duration.ofSeconds(10)).method(method, HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<InputStream> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        // The body is not read (a stream never ends): the status and headers are checked against the description.
        ApiContract.check(r.request().uri(), method, r.statusCode(), r.headers().map(), null, "/openapi/alert.yml");
        return r.statusCode();
    }

    @Test
    void theQueryTokenWorksOnTheStreamOnlyAndOnlyForReading() throws Exception {
        assertEquals(200, status("GET", "/stream?access_token=" + READ.token(), null));
        assertEquals(200, status("GET", "/stream?access_token=" + ADMIN, null));
        assertEquals(401, status("GET", "/stream?access_token=wrong", null));
        assertEquals(401, status("GET", "/subscriptions?access_token=" + ADMIN, null));
        assertEquals(401, status("GET", "/subscriptions/x/deliveries?access_token=" + READ.token(), null));
        assertEquals(401, status("POST", "/subscriptions?access_token=" + ADMIN, null));
        assertEquals(401, status("POST", "/subscriptions/x/secret/rotate?access_token=" + ADMIN, null));
        assertEquals(401, status("POST", "/stream?access_token=" + ADMIN, null));
    }

    @Test
    void healthShowsDetailsOnlyToATokenHolderAndMetricsStayOpen() throws Exception {
        HttpResponse<String> anonymous = call("GET", "/health", null, null);
        assertFalse(anonymous.body().contains("details"), anonymous.body());
        HttpResponse<String> withToken = call("GET", "/health", null, READ.token());
        assertTrue(withToken.body().contains("details"), withToken.body());
        // The probes and a wrong token: every answer is one the served description gives (call checks each).
        assertEquals(200, call("GET", "/health/liveness", null, null).statusCode());
        assertEquals(200, call("GET", "/health/readiness", null, READ.token()).statusCode());
        HttpResponse<String> wrongToken = call("GET", "/health", null, "not-a-token-" + ADMIN);
        assertEquals(200, wrongToken.statusCode());
        assertFalse(wrongToken.body().contains("details"), wrongToken.body());
        int unknownProbe = call("GET", "/health/startup-of-something", null, null).statusCode();
        assertTrue(unknownProbe >= 400 && unknownProbe < 500, "an unknown probe is the caller's problem: " + unknownProbe);
        assertEquals(200, status("GET", "/prometheus", null));
    }
}
