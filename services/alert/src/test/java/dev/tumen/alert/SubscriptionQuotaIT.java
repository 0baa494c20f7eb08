package dev.tumen.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.common.security.MintToken;
import dev.tumen.common.security.Scope;
import dev.tumen.model.Json;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attack suite, resources class: subscriptions are bounded per token, without a token (dev) and in all. */
@ExtendWith(KafkaExtension.class)
class SubscriptionQuotaIT {
    private static final String BODY = Json.string(Map.of("name", "desk", "url", "http://127.0.0.1:49/hook"));

    @Test
    void callersWithoutATokenShareOneQuota() {
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.alert.max-subscriptions-without-token", 2);
        try (AlertHarness harness = new AlertHarness(props)) {
            EmbeddedServer app = harness.start();
            assertEquals(201, harness.call(app, "POST", "/subscriptions", BODY).statusCode());
            assertEquals(201, harness.call(app, "POST", "/subscriptions", BODY).statusCode());
            assertRefused(harness.call(app, "POST", "/subscriptions", BODY), "subscription-quota", 2);
        }
    }

    @Test
    void theServiceWideCapHoldsAcrossTokens() {
        MintToken.Minted first = MintToken.mint("first", Scope.WRITE);
        MintToken.Minted second = MintToken.mint("second", Scope.WRITE);
        Map<String, Object> props = AlertHarness.fastRetries();
        props.put("tumen.security.tokens", first.entry() + "," + second.entry());
        props.put("tumen.alert.max-subscriptions-per-token", 2);
        props.put("tumen.alert.max-subscriptions", 3);
        try (AlertHarness harness = new AlertHarness(props)) {
            EmbeddedServer app = harness.start();
            HttpResponse<String> kept = harness.call(app, "POST", "/subscriptions", BODY, first.token());
            assertEquals(201, kept.statusCode(), kept.body());
            assertEquals(201, harness.call(app, "POST", "/subscriptions", BODY, first.token()).statusCode());
            assertEquals(201, harness.call(app, "POST", "/subscriptions", BODY, second.token()).statusCode());
            assertRefused(harness.call(app, "POST", "/subscriptions", BODY, second.token()), "subscription-cap", 3);

            String id = json(kept.body()).get("id").asText();
            assertEquals(204, harness.call(app, "DELETE", "/subscriptions/" + id, null, first.token()).statusCode());
            assertEquals(201, harness.call(app, "POST", "/subscriptions", BODY, second.token()).statusCode(), "room again after a delete");
        }
    }

    private static void assertRefused(HttpResponse<String> r, String type, int limit) {
        assertEquals(429, r.statusCode(), r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = json(r.body());
        assertTrue(problem.get("type").asText().endsWith("/" + type), r.body());
        assertEquals(limit, problem.get("limit").asInt(), r.body());
        assertTrue(problem.get("detail").asText().contains("delete one first"), r.body());
    }

    private static JsonNode json(String s) {
        return Json.read(s, JsonNode.class);
    }
}
