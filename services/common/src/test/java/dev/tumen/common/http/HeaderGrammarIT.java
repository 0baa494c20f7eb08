package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static final List<HeaderGrammar.Route> ROUTES = List.of(
            new HeaderGrammar.Route("GET", "/things", null, null),
            new HeaderGrammar.Route("POST", "/things", "application/json", "{\"name\":\"a\"}"),
            new HeaderGrammar.Route("GET", "/tagged/x", null, null),
            new HeaderGrammar.Route("PATCH", "/tagged/x", "application/merge-patch+json", "{\"name\":\"b\"}"),
            new HeaderGrammar.Route("DELETE", "/things/x", null, null),
            new HeaderGrammar.Route("GET", "/things/events", null, null),
            new HeaderGrammar.Route("POST", "/pages", "text/plain", "plain words"),
            new HeaderGrammar.Route("POST", "/pages", "application/json", "{\"name\":\"c\"}"),
            new HeaderGrammar.Route("OPTIONS", "/things", null, null));

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1, "tumen.security.token", TOKEN,
                "kafka.health.enabled", false, "header-grammar-it", "true", "stranger-client-it", "true"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyHeaderAtItsGrammarsEdgesIsAnsweredWithoutA5xxAndAnyRefusalIsAProblem() {
        HeaderGrammar.assertNone(HeaderGrammar.sweep(server.getPort(), ROUTES, TOKEN));
    }

    @Test
    void anAcceptElementOfOnlySemicolonsIsNoElement() {
        // The alert's FuzzIT found 'Accept: …,;' answered 500 (ArrayIndexOutOfBounds in AcceptHeaderFilter.normalize).
        for (HeaderGrammar.Route route : ROUTES) {
            for (String accept : List.of("application/json,;", "*/*, ;", ";", ",;;", "text/event-stream,;")) {
                HeaderGrammar.assertNoServerErrorAndProblem(send(route, "Accept", List.of(accept)));
            }
        }
        HeaderGrammar.Answer list = send(ROUTES.get(0), "Accept", List.of("application/json,;"));
        assertEquals(200, list.status(), list.body());
    }

    @Test
    void unreadableLanguageAndCharsetRangesAreDisregardedOnEveryRoute() {
        // Micronaut's own split of Accept-Language threw on ',' and ';' while binding a body: a 500.
        for (HeaderGrammar.Route route : ROUTES.stream().filter(r -> !r.method().equals("OPTIONS")).toList()) {
            for (String header : List.of("Accept-Language", "Accept-Charset")) {
                for (String value : List.of(",", ";", ",;", ";;;", "en;q=NaN", "\"", "nonsense-charset, ;")) {
                    HeaderGrammar.Answer a = send(route, header, List.of(value));
                    assertTrue(a.status() < 300, route + " " + header + ": " + value + " -> " + a.status() + " " + a.body());
                }
            }
        }
    }

    private static HeaderGrammar.Answer send(HeaderGrammar.Route route, String header, List<String> values) {
        return HeaderGrammar.send(server.getPort(), route, TOKEN, header, values);
    }

    /**
     * Every answer's head, whatever its status and whoever wrote it: the refusals below the router (framing, limits,
     * versions) and the management paths included (review of session 50: {@link dev.tumen.testkit.AnswerHeads}).
     */
    @Test
    void everyStatusAnswersWithTheHeadersEveryAnswerCarries() {
        HeaderGrammar.assertNone(dev.tumen.testkit.AnswerHeads.probe(server.getPort(), TOKEN, ROUTES.get(1),
                List.of("/health", "/health/liveness", "/prometheus", "/info", "/nothing-here", "/things")));
    }

    /** Accept-Charset changes no answer: every answer is UTF-8 (review of session 50). */
    @Test
    void anAnswerIsUtf8WhateverAcceptCharsetNames() {
        HeaderGrammar.assertNone(dev.tumen.testkit.AnswerHeads.acceptCharsetDisregarded(server.getPort(), TOKEN, "POST", "/things",
                dev.tumen.testkit.AnswerHeads.CYRILLIC_FIELD));
    }
}
