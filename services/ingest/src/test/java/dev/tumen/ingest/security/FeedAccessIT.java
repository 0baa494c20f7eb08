package dev.tumen.ingest.security;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.common.security.MintToken;
import dev.tumen.common.security.Scope;
import dev.tumen.model.Json;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.contract.ApiContract;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attack suite, access class, on feeds: a private feed's URL often carries its key (in the path as often as in the
 * query), so a token that may only read sees each URL, and any URL the last error quotes, cut to its origin.
 */
@ExtendWith(KafkaExtension.class)
class FeedAccessIT {
    private static final String ADMIN = "admin-token-for-the-feed-access-suite-0123456789";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aReadOnlyTokenSeesFeedUrlsByTheirOriginOnly() throws Exception {
        MintToken.Minted read = MintToken.mint("dashboard", Scope.READ);
        MintToken.Minted write = MintToken.mint("desk", Scope.WRITE);
        Map<String, Object> props = ImportAccessIT.securedProps(ADMIN, read, write);
        // Nothing listens there: the poll fails, and its error quotes the URL.
        props.put("tumen.outbound.allowed-hosts", "127.0.0.5");
        String url = "http://127.0.0.5:49/private/pathSecret0123/rss.xml?key=querySecret";
        EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, props, "test");
        try {
            HttpResponse<String> added = call(app, "POST", "/feeds", Json.string(Map.of("url", url, "name", "paid wire")), write.token());
            assertEquals(201, added.statusCode(), added.body());
            String id = Json.read(added.body(), JsonNode.class).path("id").asText();
            await().atMost(Duration.ofSeconds(20)).until(() ->
                    json(call(app, "GET", "/feeds/" + id, null, write.token())).path("lastOutcome").isTextual());

            for (String path : List.of("/feeds", "/feeds/" + id)) {
                HttpResponse<String> seen = call(app, "GET", path, null, read.token());
                assertEquals(200, seen.statusCode(), seen.body());
                assertFalse(seen.body().contains("pathSecret0123") || seen.body().contains("querySecret"), seen.body());
            }
            String error = json(call(app, "GET", "/feeds/" + id, null, write.token())).path("lastError").asText();
            assertFalse(error.contains("querySecret"), "stored errors lose query values for every caller: " + error);
            assertEquals("http://127.0.0.5:49/…", json(call(app, "GET", "/feeds/" + id, null, read.token())).path("url").asText());
            for (String bearer : List.of(write.token(), ADMIN)) {
                assertEquals(url, json(call(app, "GET", "/feeds/" + id, null, bearer)).path("url").asText(),
                        "whoever may change a feed sees its URL whole");
                assertEquals(url, json(call(app, "GET", "/feeds", null, bearer)).path(0).path("url").asText());
            }
        } finally {
            app.getApplicationContext().close();
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        return Json.read(r.body(), JsonNode.class);
    }

    private static HttpResponse<String> call(EmbeddedServer app, String method, String path, String json, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(app.getURL() + path)).timeout(Duration.ofSeconds(30))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        b.header("Authorization", "Bearer " + token);
        return ApiContract.check(HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString()), "/openapi/ingest.yml");
    }
}
