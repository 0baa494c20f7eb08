package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The query string is read as strictly as a body: unknown, doubled or unconvertible parameters are named. */
class QueryParametersIT {
    private static final String TOKEN = "query-parameters-token-0123456789abcdef";

    @Controller("/echo")
    @Requires(property = "query-parameters-it", value = "true")
    static class EchoController {
        @Get
        String echo(@Nullable @QueryValue Integer limit, @Nullable @QueryValue Boolean named, @Nullable @QueryValue("q") String query) {
            return limit + " " + named + " " + query;
        }
    }

    @Test
    void unknownDoubledAndMalformedParametersAreRefusedAndKnownOnesRead() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "tumen.security.token", TOKEN, "kafka.health.enabled", false, "query-parameters-it", "true"))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.getURL() + "/echo";

            HttpResponse<String> ok = get(http, base + "?limit=5&named=true&q=x&access_token=ignored");
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("5 true x", ok.body());

            assertProblem(get(http, base + "?limt=5"), "unknown-parameter", "unknown query parameter limt; this operation reads limit, named, q");
            assertProblem(get(http, base + "?named=maybe"), "invalid-parameter", "named: must be true or false, got 'maybe'");
            assertProblem(get(http, base + "?named=1"), "invalid-parameter", "named: must be true or false");
            assertProblem(get(http, base + "?q=a&q=b"), "invalid-parameter", "q: given 2 times");
            assertProblem(get(http, base + "?limit=abc"), "invalid-parameter", "limit: must be one value, an integer");
            assertProblem(get(http, base + "?limit=1.5"), "invalid-parameter", "limit: must be one value, an integer");
            // Java's parse reads any script's digits: full-width and Arabic-Indic ones were taken as 1 and 3 (probe of session 38).
            for (String digits : new String[] {"%EF%BC%91", "%D9%A3", "%E0%A5%A8", "1%EF%BC%90"}) {
                assertProblem(get(http, base + "?limit=" + digits), "invalid-parameter", "limit: must be one value, an integer");
            }
            assertEquals("-3 null null", get(http, base + "?limit=-3").body());
            // Without a token the answer is 401, whatever the parameters.
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "?limt=5")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), anonymous.body());
        }
    }

    private static HttpResponse<String> get(HttpClient http, String uri) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, String slug, String detail) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertTrue(response.body().contains("\"type\":\"https://tumen.dev/problems/" + slug + "\""), response.body());
        assertTrue(response.body().contains(detail), response.body());
    }
}
