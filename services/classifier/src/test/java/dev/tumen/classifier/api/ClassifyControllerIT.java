package dev.tumen.classifier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.model.Json;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import dev.tumen.testkit.contract.ApiContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class ClassifyControllerIT {
    private static EmbeddedServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "kafka.bootstrap.servers", dev.tumen.testkit.TestKafka.bootstrapServers(),
                "tumen.topic-prefix", dev.tumen.testkit.TestKafka.uniquePrefix(),
                "micronaut.server.port", -1,
                "tumen.security.token", "s3cret-token-of-at-least-32-characters",
                // SPIN-FOREVER in a page never ends but for the page's CPU budget.
                "tumen.test.poison-labeller", "true",
                "tumen.classifier.page-budget", "1s",
                // Two held requests, so a third shows the bound (the tests run one at a time).
                "tumen.http.max-pending-requests", 2,
                "tumen.http.overload-retry-after-seconds", 2), "test");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> post(String contentType, byte[] body, boolean authorised) throws Exception {
        return ApiContract.check(HTTP.send(request(contentType, body, authorised), HttpResponse.BodyHandlers.ofString()), "/openapi/classifier.yml");
    }

    private static HttpRequest request(String contentType, byte[] body, boolean authorised) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/classify"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorised) {
            b.header("Authorization", "Bearer s3cret-token-of-at-least-32-characters");
        }
        return b.build();
    }

    /**
     * Only /health, /prometheus and /openapi are served besides the API. Micronaut's other management endpoints answered
     * a valid admin token 401 http-401 "Unauthorized" (a type problems.md does not give 401) (probe of session 28). They
     * are not served: 404 with a token, and 401 unauthorized without one, as for any path.
     */
    @Test
    void micronautsOtherManagementEndpointsAreNotServed() throws Exception {
        for (String path : java.util.List.of("/info", "/beans", "/routes", "/threaddump", "/metrics", "/refresh", "/env", "/loggers")) {
            for (boolean authorised : new boolean[] {true, false}) {
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path));
                if (authorised) {
                    b.header("Authorization", "Bearer s3cret-token-of-at-least-32-characters");
                }
                HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(path + (authorised ? " with the token" : "")).isEqualTo(authorised ? 404 : 401);
                assertThat(r.body()).contains(authorised ? "/problems/not-found" : "/problems/unauthorized");
            }
        }
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/prometheus")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isEqualTo(200);
        assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/health")).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode()).isIn(200, 503);
    }

    @Test
    void labelsARawTextPageSynchronously() throws Exception {
        HttpResponse<String> response = post("text/plain", (
                "Kim Jong Un receives Russian Defence Minister in Pyongyang\n"
                        + "North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang on Friday "
                        + "and discussed military cooperation, state media KCNA reported.").getBytes(), true);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode article = Json.mapper().readTree(response.body());
        assertThat(article.path("relevant").asBoolean()).isTrue();
        assertThat(article.path("severity").asText()).isEqualTo("high");
        for (String field : new String[] {"relevance", "categories", "actors", "evidence", "model", "fingerprint", "lang"}) {
            assertThat(article.has(field)).as(field).isTrue();
        }
    }

    /**
     * Probe of session 31: the same page spelled another way that looks the same (each word of its names split by a
     * zero-width space, joiner or soft hyphen; a Korean page in NFD) was labelled not relevant where it is high.
     */
    @Test
    void aPageIsLabelledAsItLooksWhateverItsInvisibleSpelling() throws Exception {
        String page = "Kim Jong Un receives Russian Defence Minister in Pyongyang\n"
                + "North Korean leader Kim Jong Un met Russian Defence Minister Andrei Belousov in Pyongyang on Friday "
                + "and discussed military cooperation, state media KCNA reported.";
        // A soft hyphen or zero-width space after the first letter of every word of three letters or more.
        String hidden = page.replaceAll("\\b(\\w)(\\w{2,})", "$1\u00ad$2");
        String spaced = page.replaceAll("\\b(\\w)(\\w{2,})", "$1\u200b$2");
        String ko = "러시아 국방장관, 평양서 김정은 만나 군사협력 논의\n김정은 북한 국무위원장이 평양에서 안드레이 벨로우소프 러시아 "
                + "국방장관을 만나 군사 협력을 논의했다고 조선중앙통신이 보도했다.";
        for (String text : new String[] {hidden, spaced, java.text.Normalizer.normalize(ko, java.text.Normalizer.Form.NFD)}) {
            HttpResponse<String> response = post("text/plain; charset=utf-8", text.getBytes(java.nio.charset.StandardCharsets.UTF_8), true);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode article = Json.mapper().readTree(response.body());
            assertThat(article.path("relevant").asBoolean()).as(response.body()).isTrue();
        }
    }

    @Test
    void anUntypedHtmlFragmentIsReadAsHtmlNotAsItsMarkup() throws Exception {
        String fragment = "<h1>Kim Jong Un receives Russian Defence Minister in Pyongyang</h1><p>North Korean leader Kim Jong Un met "
                + "Russian Defence Minister Andrei Belousov in Pyongyang on Friday and discussed military cooperation.</p>";
        HttpResponse<String> response = post("application/json", Json.string(Map.of("content", fragment)).getBytes(), true);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode article = Json.mapper().readTree(response.body());
        assertThat(article.path("title").asText()).doesNotContain("<").contains("Defence Minister");
        assertThat(article.path("body").asText()).doesNotContain("<p>").contains("Belousov");
        assertThat(article.path("relevant").asBoolean()).isTrue();
    }

    @Test
    void servesItsOpenApiDescriptionWithoutAToken() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/openapi/classifier.yml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/classify");
        // A generated client names its types after the schemas, and a null example is no valid example of an object.
        assertThat(response.body()).contains("ClassifyRequest").doesNotContain("ClassifyController.").doesNotContain("example: null");
        // JSON Schema reads a pattern as matching anywhere: an unanchored one said nothing (session 42).
        assertThat(dev.tumen.testkit.contract.PublishedConstraints.unanchoredPatterns(response.body())).isEmpty();
        assertThat(dev.tumen.testkit.contract.PublishedConstraints.undeclaredProblems(response.body())).isEmpty();
        assertThat(response.body()).contains("pattern: \"^[hH][tT][tT][pP][sS]?://");
    }

    @Test
    void refusesRequestsWithoutTheBearerToken() throws Exception {
        HttpResponse<String> response = post("text/plain", "hello".getBytes(), false);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void refusesFieldsItDoesNotRead() throws Exception {
        // As every other JSON body: a misspelt optional field ("titel") would otherwise be dropped without a word.
        HttpResponse<String> response = post("application/json", "{\"content\": \"Kim met Putin.\", \"titel\": \"x\"}".getBytes(), true);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("problems/unknown-field").contains("'titel'");
    }

    @Test
    void aPageOverItsCpuBudgetIsAProblemOfTheRequestAndTheNextPageIsLabelled() throws Exception {
        HttpResponse<String> costly = post("text/plain", "SPIN-FOREVER Russia and North Korea".getBytes(), true);
        assertThat(costly.statusCode()).isEqualTo(422);
        assertThat(costly.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.mapper().readTree(costly.body());
        assertThat(problem.path("type").asText()).endsWith("/page-too-costly");
        assertThat(problem.path("detail").asText()).contains("1000 ms");
        assertThat(post("text/plain", "Kim Jong Un met Vladimir Putin in Vladivostok.".getBytes(), true).statusCode()).isEqualTo(200);
    }

    /**
     * At most {@code tumen.http.max-pending-requests} requests are held. Before, costly pages sent in parallel took the
     * blocking pool's four threads and every later request waited in its unbounded queue, body and all, in a 96 MB heap;
     * now the one past the bound is answered 503 {@code overloaded} with {@code Retry-After} at once, health still
     * answers, and the slots come back as the held pages finish.
     */
    @Test
    void pastMaxPendingRequestsAnswers503WithRetryAfterAndRecovers() throws Exception {
        MeterRegistry meters = server.getApplicationContext().getBean(MeterRegistry.class);
        // given: two costly pages hold both slots
        List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            held.add(HTTP.sendAsync(request("text/plain", ("SPIN-FOREVER Kim and Putin " + i).getBytes(), true),
                    HttpResponse.BodyHandlers.ofString()));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> meters.find("tumen.http.requests.pending").gauge().value() == 2);

        // when: a third page comes
        HttpResponse<String> refused = post("text/plain", "Kim Jong Un met Vladimir Putin.".getBytes(), true);

        // then: 503 problem+json with Retry-After, at once; health and metrics still answer
        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.mapper().readTree(refused.body());
        assertThat(problem.path("type").asText()).endsWith("/overloaded");
        assertThat(problem.path("detail").asText()).contains("tumen.http.max-pending-requests");
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/prometheus").body()).contains("tumen_http_requests_overloaded_total 1.0");

        // and once the held pages end (over their budget), their slots serve the next page
        for (CompletableFuture<HttpResponse<String>> h : held) {
            assertThat(h.get().statusCode()).isEqualTo(422);
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> meters.find("tumen.http.requests.pending").gauge().value() == 0);
        assertThat(post("text/plain", "Kim Jong Un met Vladimir Putin in Vladivostok.".getBytes(), true).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersBadInputWithPreciseProblems() throws Exception {
        HttpResponse<String> malformed = post("application/json", "{\"content\": ".getBytes(), true);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.mapper().readTree(malformed.body()).path("type").asText()).endsWith("/malformed-json");

        HttpResponse<String> noContent = post("application/json", "{\"url\": \"https://x.example/\"}".getBytes(), true);
        assertThat(noContent.statusCode()).isEqualTo(422);

        // The wrong JSON type is refused, never converted: ["…"] was read as its one string.
        HttpResponse<String> wrapped = post("application/json", "{\"content\": [\"Kim met Putin\"]}".getBytes(), true);
        assertThat(wrapped.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(wrapped.body()).path("detail").asText()).isEqualTo("\"content\" must be a string");

        // What is echoed back as the article's URL and source must not become a script link or a forged log line.
        for (String body : new String[] {"{\"content\": \"Kim met Putin\", \"url\": \"javascript:alert(1)\"}",
                "{\"content\": \"Kim met Putin\", \"url\": \"data:text/html,<script>x</script>\"}",
                "{\"content\": \"Kim met Putin\", \"source\": \"a\\nb\"}",
                "{\"content\": \"Kim met Putin\", \"title\": \"" + "t".repeat(1001) + "\"}"}) {
            HttpResponse<String> refused = post("application/json", body.getBytes(), true);
            assertThat(refused.statusCode()).as(body).isEqualTo(422);
            assertThat(Json.mapper().readTree(refused.body()).path("type").asText()).endsWith("/invalid-request");
        }

        HttpResponse<String> empty = post("text/plain", new byte[0], true);
        assertThat(empty.statusCode()).isEqualTo(400);

        HttpResponse<String> huge = post("text/plain", new byte[3 * 1024 * 1024], true);
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type")).hasValue("application/problem+json");

        HttpResponse<String> pdf = post("application/json", "{\"content\": \"%PDF-1.4\", \"contentType\": \"application/pdf\"}".getBytes(), true);
        assertThat(pdf.statusCode()).isEqualTo(415);
        assertThat(Json.mapper().readTree(pdf.body()).path("type").asText()).endsWith("/unsupported-content-type");

        // Not text at all is the caller's mistake, as at ingest: a "not relevant" label would be a fake result.
        HttpResponse<String> binary = post("text/plain", new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 3}, true);
        assertThat(binary.statusCode()).isEqualTo(415);
        assertThat(Json.mapper().readTree(binary.body()).path("type").asText()).endsWith("/binary-content");
        HttpResponse<String> pdfAsHtml = post("text/html", "%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1), true);
        assertThat(pdfAsHtml.statusCode()).isEqualTo(415);
        assertThat(pdfAsHtml.body()).contains("PDF");
        HttpResponse<String> smuggled = post("application/json", "{\"content\": \"Kim\\u0000met Putin\"}".getBytes(StandardCharsets.UTF_8), true);
        assertThat(smuggled.statusCode()).isEqualTo(422);
        assertThat(Json.mapper().readTree(smuggled.body()).path("type").asText()).endsWith("/binary-content");
        HttpResponse<String> wrongCharset = post("text/plain; charset=UTF-8", "Ким встретился с Путиным во Владивостоке".getBytes(java.nio.charset.Charset.forName("windows-1251")), true);
        assertThat(wrongCharset.statusCode()).isEqualTo(422);
    }
}
