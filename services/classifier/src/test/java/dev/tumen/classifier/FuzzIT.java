package dev.tumen.classifier;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.Fuzz;
import dev.tumen.testkit.AnswerHeads;
import dev.tumen.testkit.HeaderGrammar;
import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.classifier.kafka.ClassifierContexts;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input at both of the classifier's edges: random and mutated pages at {@code POST /classify}, junk records on
 * the pages topic. Seeded: the seed is printed, {@code -Dtumen.fuzz.seed=N} replays a run.
 */
@ExtendWith(KafkaExtension.class)
class FuzzIT {
    private static final String TOKEN = "fuzz-token-0123456789";
    private static final int HTTP_CASES = 300;
    private static final int JUNK_RECORDS = 100;

    private static Fuzz fuzz;
    private static Fuzz.Http http;
    private static String prefix;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        fuzz = Fuzz.seeded("classifier");
        prefix = ClassifierContexts.newTopics();
        Map<String, Object> props = new HashMap<>();
        props.put("tumen.security.token", TOKEN);
        server = ClassifierContexts.start(prefix, props);
        http = fuzz.http(server.getURL().toString(), "/openapi/classifier.yml");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.getApplicationContext().close();
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String html() {
        return "<html><head><title>Shoigu in Pyongyang</title></head><body><nav>Home | World</nav><article><p>"
                + ClassifierContexts.RELEVANT.replace("\n", "</p><p>") + "</p></article></body></html>";
    }

    @Test
    void classifyAnswersBadInputWithAProblemAndStillLabels() throws Exception {
        List<byte[]> json = List.of(utf8(Json.string(Map.of("content", html(), "contentType", "text/html", "url", "https://news.example/a",
                "source", "fuzz", "title", "Shoigu"))), utf8(Json.string(Map.of("content", ClassifierContexts.RELEVANT))));
        List<byte[]> raw = List.of(utf8(html()), utf8(ClassifierContexts.RELEVANT));
        long t0 = System.nanoTime();
        for (int i = 0; i < HTTP_CASES; i++) {
            boolean asJson = fuzz.random.nextBoolean();
            String contentType = fuzz.random.nextInt(10) < 7 ? (asJson ? "application/json" : fuzz.pick(List.of("text/html", "text/plain")))
                    : fuzz.contentType();
            String path = fuzz.random.nextBoolean() ? "/classify" : "/classify?url=" + fuzz.queryValue() + "&source=" + fuzz.queryValue();
            if (fuzz.random.nextInt(20) == 0) {
                path = fuzz.pick(List.of("/classify/" + fuzz.pathId(), "/" + fuzz.pathId()));
            }
            String method = fuzz.random.nextInt(20) == 0 ? fuzz.pick(List.of("GET", "PUT", "DELETE", "PATCH")) : "POST";
            Map<String, String> headers = fuzz.headers(TOKEN);
            byte[] body = fuzz.random.nextInt(10) < 8 ? fuzz.body(asJson ? json : raw) : (asJson ? json : raw).get(0);
            Fuzz.assertWellBehaved(http.send(method, path, contentType, headers, method.equals("GET") ? null : body));
        }
        System.out.printf("FUZZ classifier: %d HTTP cases in %d ms%n", HTTP_CASES, (System.nanoTime() - t0) / 1_000_000);
        // Every hostile body, query value and path id on each route that reads one, whatever the seed (session 51).
        record Route(String contentType, java.util.function.Supplier<String> path, List<byte[]> valid) {
        }
        long t1 = System.nanoTime();
        int swept = fuzz.everyValueOnEveryRoute(List.of(new Route("application/json", () -> "/classify", json),
                new Route("text/html", () -> "/classify?url=" + fuzz.queryValue() + "&source=" + fuzz.queryValue(), raw),
                new Route("text/plain", () -> "/classify/" + fuzz.pathId(), raw)),
                r -> Fuzz.assertWellBehaved(http.send("POST", r.path().get(), r.contentType(), Map.of("Authorization", "Bearer " + TOKEN),
                        fuzz.body(r.valid()))));
        System.out.printf("FUZZ classifier: %d cases of every value on every route in %d ms%n", swept, (System.nanoTime() - t1) / 1_000_000);

        assertEquals(200, http.send("GET", "/health", null, Map.of(), null).status());
        Fuzz.Response good = http.send("POST", "/classify", "text/html", Map.of("Authorization", "Bearer " + TOKEN), raw.get(0));
        assertEquals(200, good.status(), good.body());
        assertTrue(good.body().contains("\"relevant\":true"), good.body());
    }

    /** Every request header at its grammar's edges ({@link HeaderGrammar}: review of session 49): never a 5xx. */
    @Test
    void everyRouteAnswersHostileHeaderGrammarWithoutA5xx() {
        List<HeaderGrammar.Route> routes = List.of(
                new HeaderGrammar.Route("POST", "/classify", "application/json", "{\"content\":\"Kim and Putin met.\"}"),
                new HeaderGrammar.Route("POST", "/classify", "text/plain", "Kim and Putin met."),
                new HeaderGrammar.Route("POST", "/classify", "text/html", "<p>Kim and Putin met.</p>"),
                new HeaderGrammar.Route("OPTIONS", "/classify", null, null));
        HeaderGrammar.assertNone(HeaderGrammar.sweep(server.getPort(), routes, TOKEN));
    }

    /**
     * Every status's answer carries the headers every answer does, the management paths' included, and no answer is in a
     * charset {@code Accept-Charset} names (review of session 50: {@link AnswerHeads}).
     */
    @Test
    void everyStatusAnswersWithTheSharedHeadersAndInUtf8() {
        HeaderGrammar.assertNone(AnswerHeads.probe(server.getPort(), TOKEN, new HeaderGrammar.Route("POST", "/classify",
                "application/json", "{}"), List.of("/health", "/health/readiness", "/prometheus", "/openapi/classifier.yml",
                "/info", "/nothing-here")));
        HeaderGrammar.assertNone(AnswerHeads.acceptCharsetDisregarded(server.getPort(), TOKEN, "POST", "/classify",
                AnswerHeads.CYRILLIC_FIELD));
    }

    @Test
    void junkPagesAreDeadLetteredOnceAndTheNextPageIsLabelled() throws Exception {
        PageReceived valid = ClassifierContexts.page(1, ClassifierContexts.RELEVANT);
        PageReceived after = ClassifierContexts.page(2, ClassifierContexts.RELEVANT + "\nafter the junk");
        List<ProducerRecord<byte[], byte[]>> sent;
        try (KafkaProducer<byte[], byte[]> producer = Fuzz.rawProducer()) {
            sent = fuzz.sendJunk(producer, prefix + Topics.PAGES, JUNK_RECORDS, List.of(Json.bytes(valid),
                    Json.bytes(new PageReceived("id-html", "https://news.example/h", "s", "push", "text/html", html(), null, null, null, null))),
                    true);
            producer.send(new ProducerRecord<>(prefix + Topics.PAGES, utf8(after.id()), Json.bytes(after))).get();
        }
        String dlt = Topics.deadLetter(prefix + Topics.PAGES);
        // Generous bounds: they return as soon as the records arrive, and a loaded CI machine can take a while to start the group.
        Set<Integer> dead = Fuzz.assertDeadLettered(sent, dlt, true, Duration.ofSeconds(60));
        // Not stuck: the page after the junk is labelled; exactly once: every junk record is either labelled or dead-lettered, once.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> labelled = TestKafka.read(prefix + Topics.ARTICLES, sent.size() + 1 - dead.size(),
                    Duration.ofMillis(300), Duration.ofSeconds(5), true);
            List<ConsumerRecord<String, byte[]>> deadLettered = TestKafka.read(dlt, dead.size(), Duration.ofMillis(300), Duration.ofSeconds(5), true);
            assertTrue(labelled.stream().anyMatch(r -> after.id().equals(r.key())), "the page after the junk was not labelled");
            assertEquals(sent.size() + 1, labelled.size() + deadLettered.size(), "labelled + dead-lettered must account for every record once");
        });
        assertEquals(200, http.send("GET", "/health", null, Map.of(), null).status());
    }
}
