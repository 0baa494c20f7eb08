package dev.tumen.common.http;

import dev.tumen.testkit.HeaderGrammar;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every header the shared edge reads, given every grammar-edge value of {@link HeaderGrammar} once and twice, on
 * routes shaped as the services' are (a JSON list, a JSON creation, one path with a JSON and a raw route, a merge patch,
 * an event stream, a delete, a route binding {@code If-None-Match}): never a 5xx, and a 4xx is problem+json. The
 * review of session 49 began from {@code Accept: …,;}, which threw in {@link AcceptHeaderFilter} (a 500).
 */
class HeaderGrammarIT {
    private static final String TOKEN = "header-grammar-token-0123456789abcdef";
    private static EmbeddedServer server;

    /** Beside StrangerClientIT's routes (a JSON list and creation, a delete, an event stream, ingest's two-route /pages). */
    @Controller("/tagged")
    @Requires(property = "header-grammar-it", value = "true")
    static class TaggedController {
        @Get("/{id}")
        HttpResponse<StrangerClientIT.Thing> get(String id, @Nullable @Header("If-None-Match") String ifNoneMatch) {
            return HttpResponse.ok(new StrangerClientIT.Thing(id));
        }

        @Patch(value = "/{id}", consumes = {MediaType.APPLICATION_JSON, "application/merge-patch+json"})
        StrangerClientIT.Thing patch(String id, @Body StrangerClientIT.Thing thing) {
            return thing;
        }
    }

    private record Route(String method, String path, String contentType, String body) {
    }

    private static final List<Route> ROUTES = List.of(
            new Route("GET", "/things", null, null),
            new Route("POST", "/things", "application/json", "{\"name\":\"a\"}"),
            new Route("GET", "/tagged/x", null, null),
            new Route("PATCH", "/tagged/x", "application/merge-patch+json", "{\"name\":\"b\"}"),
            new Route("DELETE", "/things/x", null, null),
            new Route("GET", "/things/events", null, null),
            new Route("POST", "/pages", "text/plain", "plain words"),
            new Route("POST", "/pages", "application/json", "{\"name\":\"c\"}"),
            new Route("OPTIONS", "/things", null, null));

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "tumen.security.token", TOKEN,
                "kafka.health.enabled", false, "endpoints.health.enabled", true, "endpoints.health.sensitive", false,
                "header-grammar-it", "true", "stranger-client-it", "true"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /**
     * The routes a header is sent to: every route for those the edge or the router reads on each request (Accept and the
     * negotiation headers, Content-Type); else one route per value, in turn, so every value meets every route across the
     * headers without sending each header to each route (the machine running this is shared).
     */
    private static List<Route> routesFor(String header, int valueIndex) {
        return switch (header.toLowerCase(java.util.Locale.ROOT)) {
            case "accept", "accept-language", "accept-charset", "content-type" -> ROUTES;
            default -> List.of(ROUTES.get(valueIndex % ROUTES.size()));
        };
    }

    @Test
    void everyHeaderAtItsGrammarsEdgesIsAnsweredWithoutA5xxAndAnyRefusalIsAProblem() {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        long t0 = System.nanoTime();
        for (String header : HeaderGrammar.HEADERS) {
            for (int v = 0; v < HeaderGrammar.VALUES.size(); v++) {
                String value = HeaderGrammar.VALUES.get(v);
                // Once on its routes; twice, or after a valid value, on one (a repeated header is one list, RFC 9110 §5.3).
                List<String> repeated = v % 2 == 0 ? List.of(value, value) : List.of("application/json", value);
                List<Route> routes = routesFor(header, v);
                for (Route route : routes) {
                    sent++;
                    check(failures, route, header, List.of(value));
                }
                sent++;
                check(failures, routes.get((v + 1) % routes.size()), header, repeated);
            }
        }
        System.out.printf("HeaderGrammarIT: %d requests in %d ms, %d failures%n", sent, (System.nanoTime() - t0) / 1_000_000, failures.size());
        if (!failures.isEmpty()) {
            throw new AssertionError(failures.size() + " failures, the first 40:\n" + String.join("\n",
                    failures.subList(0, Math.min(40, failures.size()))));
        }
    }

    @Test
    void anAcceptElementOfOnlySemicolonsIsNoElement() {
        // The alert's FuzzIT found 'Accept: …,;' answered 500 (ArrayIndexOutOfBounds in AcceptHeaderFilter.normalize).
        for (Route route : ROUTES) {
            for (String accept : List.of("application/json,;", "*/*, ;", ";", ",;;", "text/event-stream,;")) {
                HeaderGrammar.Answer a = send(route, "Accept", List.of(accept));
                HeaderGrammar.assertNoServerErrorAndProblem(a);
            }
        }
        HeaderGrammar.Answer list = send(ROUTES.get(0), "Accept", List.of("application/json,;"));
        org.junit.jupiter.api.Assertions.assertEquals(200, list.status(), list.body());
    }

    @Test
    void unreadableLanguageAndCharsetRangesAreDisregardedOnEveryRoute() {
        // Micronaut's own split of Accept-Language threw on ',' and ';' while binding a body: a 500.
        for (Route route : ROUTES.stream().filter(r -> !r.method().equals("OPTIONS")).toList()) {
            for (String header : List.of("Accept-Language", "Accept-Charset")) {
                for (String value : List.of(",", ";", ",;", ";;;", "en;q=NaN", "\"", "nonsense-charset, ;")) {
                    HeaderGrammar.Answer a = send(route, header, List.of(value));
                    org.junit.jupiter.api.Assertions.assertTrue(a.status() < 300, route + " " + header + ": " + value + " -> "
                            + a.status() + " " + a.body());
                }
            }
        }
    }

    private static void check(List<String> failures, Route route, String header, List<String> values) {
        try {
            HeaderGrammar.assertNoServerErrorAndProblem(send(route, header, values));
        } catch (AssertionError e) {
            failures.add(e.getMessage());
        }
    }

    private static HeaderGrammar.Answer send(Route route, String header, List<String> values) {
        Map<String, String> fixed = new java.util.LinkedHashMap<>();
        fixed.put("Authorization", "Bearer " + TOKEN);
        if (route.contentType() != null) {
            fixed.put("Content-Type", route.contentType());
        }
        byte[] body = route.body() == null ? null : route.body().getBytes(StandardCharsets.UTF_8);
        return HeaderGrammar.send(server.getPort(), route.method(), route.path(), fixed, header, values, body);
    }
}
