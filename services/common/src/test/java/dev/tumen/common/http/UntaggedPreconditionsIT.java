package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Review of session 46: a change sent with {@code If-Match} to an operation whose resource has no entity tags (ingest's
 * feeds, a push, the classifier) ignored the header and was made. It cannot match, so the change is refused 412 before
 * the operation runs; {@code *} and operations that evaluate {@code If-Match} themselves (the subscriptions) are left to
 * the operation. {@code If-None-Match: *} on a change (create-only) was ignored alike, and is 412 now.
 */
class UntaggedPreconditionsIT {
    private static final String TOKEN = "untagged-preconditions-token-0123456789";
    static final List<String> MADE = new CopyOnWriteArrayList<>();

    @Controller("/things")
    @Requires(property = "untagged-preconditions-it", value = "true")
    static class ThingController {
        @Patch(value = "/{id}", consumes = MediaType.APPLICATION_JSON)
        String change(@PathVariable String id, @io.micronaut.http.annotation.Body Map<String, Object> body) {
            MADE.add("patch " + id);
            return "{}";
        }

        @Delete("/{id}")
        void delete(@PathVariable String id) {
            MADE.add("delete " + id);
        }

        @Post(uri = "/{id}/pause", consumes = MediaType.ALL)
        String pause(@PathVariable String id) {
            MADE.add("pause " + id);
            return "{}";
        }

        @Get("/{id}")
        String read(@PathVariable String id) {
            return "{}";
        }

        /** As the subscriptions' changes do: the operation reads both headers and answers for its own tags. */
        @Post(uri = "/{id}/guarded", consumes = MediaType.ALL)
        String guarded(@PathVariable String id, @Nullable @Header("If-Match") String ifMatch,
                       @Nullable @Header("If-None-Match") String ifNoneMatch) {
            MADE.add("guarded " + id + " " + ifNoneMatch);
            return "{}";
        }

        /** As the subscriptions do: the operation reads the header and answers for its own tags. */
        @Post(uri = "/{id}/tagged", consumes = MediaType.ALL)
        String tagged(@PathVariable String id, @Nullable @Header("If-Match") String ifMatch) {
            MADE.add("tagged " + id + " " + ifMatch);
            return "{}";
        }
    }

    @Test
    void aChangeGuardedByATagOnAResourceWithoutTagsIsNotMade() throws Exception {
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1,
                "tumen.security.token", TOKEN, "kafka.health.enabled", false, "untagged-preconditions-it", "true"))) {
            HttpClient http = HttpClient.newHttpClient();
            String base = server.getURL() + "/things/1";
            for (String tag : List.of("\"3\"", "W/\"3\"", "\"3\", \"4\"", "\"\"")) {
                assertProblem(send(http, "PATCH", base, "{}", tag), 412, "precondition-failed", "has no entity tags");
                assertProblem(send(http, "DELETE", base, null, tag), 412, "precondition-failed", "has no entity tags");
                assertProblem(send(http, "POST", base + "/pause", null, tag), 412, "precondition-failed", "has no entity tags");
            }
            assertProblem(send(http, "PATCH", base, "{}", "3"), 400, "invalid-precondition", "If-Match must be * or a list");
            assertEquals(List.of(), MADE, "no change made");

            assertEquals(200, send(http, "PATCH", base, "{}", "*").statusCode());
            assertEquals(200, send(http, "PATCH", base, "{}", null).statusCode());
            assertEquals(200, send(http, "GET", base, null, "\"3\"").statusCode(), "a read is left alone");
            assertEquals(200, send(http, "POST", base + "/tagged", null, "\"3\"").statusCode());
            assertEquals(List.of("patch 1", "patch 1", "tagged 1 \"3\""), MADE);

            // If-None-Match on a change: * is false for a resource that exists (412, not made); a tag list cannot match a
            // representation without tags, so the change is made; garbage is 400.
            MADE.clear();
            assertProblem(send(http, "PATCH", base, "{}", null, "*"), 412, "precondition-failed", "If-None-Match: *");
            assertProblem(send(http, "DELETE", base, null, null, "*"), 412, "precondition-failed", "If-None-Match: *");
            assertProblem(send(http, "POST", base + "/pause", null, null, "*"), 412, "precondition-failed", "If-None-Match: *");
            assertProblem(send(http, "POST", base + "/pause", null, "*", "*"), 412, "precondition-failed", "If-None-Match: *");
            assertProblem(send(http, "PATCH", base, "{}", null, "3"), 400, "invalid-precondition", "If-None-Match must be * or a list");
            assertProblem(send(http, "PATCH", base, "{}", "\"3\"", "\"4\""), 412, "precondition-failed", "matches none (RFC 9110");
            assertEquals(List.of(), MADE, "no change made");
            assertEquals(200, send(http, "PATCH", base, "{}", null, "\"3\", W/\"4\"").statusCode());
            assertEquals(200, send(http, "GET", base, null, null, "*").statusCode(), "a read is left alone");
            assertEquals(200, send(http, "POST", base + "/guarded", null, null, "*").statusCode());
            assertEquals(List.of("patch 1", "guarded 1 *"), MADE);
            // Without a token the answer is 401, whatever the precondition.
            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base)).method("DELETE",
                    HttpRequest.BodyPublishers.noBody()).header("If-Match", "\"3\"").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), anonymous.body());
        }
    }

    private static HttpResponse<String> send(HttpClient http, String method, String uri, String body, String ifMatch) throws Exception {
        return send(http, method, uri, body, ifMatch, null);
    }

    private static HttpResponse<String> send(HttpClient http, String method, String uri, String body, String ifMatch, String ifNoneMatch)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).header("Authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug, String detail) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertTrue(response.body().contains("\"type\":\"https://tumen.dev/problems/" + slug + "\""), response.body());
        assertTrue(response.body().contains(detail), response.body());
    }
}
