package dev.tumen.devkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.Hashes;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Faults against the whole pipeline, the services running as processes on six-partition topics. Each
 * test counts pages in and alerts out: nothing lost, exactly one labelled record per page for a
 * read_committed reader, and duplicates at the webhook only with the same {@code webhook-id}.
 */
@ExtendWith(KafkaExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultsIT {
    private static final Duration OUTAGE = Duration.ofSeconds(20);
    private FaultPipeline pipeline;

    @BeforeAll
    void start() throws Exception {
        pipeline = FaultPipeline.start(TestKafka.bootstrapServers(), TestKafka.uniquePrefix(), 6);
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void classifierKilledMidStreamAndRestartedLosesAndDuplicatesNothing() throws Exception {
        // given: a stream of pages arriving while the classifier works through them
        Future<List<String>> pushed = pipeline.pushInBackground("kill", 200, 50);
        await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.watcher.records() >= 20);

        // when: kill -9 mid-stream, then start it again
        pipeline.stack.kill("classifier");
        pipeline.stack.restart("classifier");

        // then
        List<String> ids = pushed.get();
        assertThat(ids).hasSize(200);
        pipeline.assertEveryPageLabelledOnceAndAlerted(ids, pipeline.receiver, Duration.ofSeconds(120));
    }

    @Test
    void oneOfTwoClassifiersLeavingMidStreamRebalancesWithoutLossOrDuplicates() throws Exception {
        // given: a second classifier instance sharing the six partitions
        pipeline.stack.startInstance("classifier", "classifier-2", Map.of());
        Future<List<String>> pushed = pipeline.pushInBackground("rebalance", 200, 50);
        long before = pipeline.watcher.records();
        await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.watcher.records() >= before + 30);

        // when: it leaves mid-stream
        pipeline.stack.stop("classifier-2");

        // then
        List<String> ids = pushed.get();
        pipeline.assertEveryPageLabelledOnceAndAlerted(ids, pipeline.receiver, Duration.ofSeconds(120));
    }

    @Test
    void onePercentPoisonRecordsAreDeadLetteredAndEveryGoodPageFlows() throws Exception {
        // given: 500 records straight onto the pages topic, every hundredth of them poison
        List<String> good = new ArrayList<>();
        int poison = 0;
        try (var producer = TestKafka.producer()) {
            for (int i = 0; i < 500; i++) {
                if (i % 100 == 50) {
                    byte[] junk = (i % 200 == 50 ? "{\"id\": 42, \"content\": [" : "\u0000\u00ff binary junk").getBytes(StandardCharsets.UTF_8);
                    producer.send(new ProducerRecord<>(pipeline.prefix + Topics.PAGES, "poison-" + i, junk));
                    poison++;
                    continue;
                }
                String text = "Poison mix page " + i + "\nShoigu meets Kim Jong Un in Pyongyang to expand military cooperation\n"
                        + "Russian Security Council Secretary Sergei Shoigu held talks with North Korean leader Kim Jong Un in "
                        + "Pyongyang on military cooperation between Russia and the DPRK, state media said. Reference " + i + ".";
                String url = "https://faults.example/poison/" + i;
                PageReceived page = new PageReceived(Hashes.pageId(url, text), url, "faults", "push", "text/plain", text, null, null,
                        Instant.now(), Hashes.sha256(text));
                producer.send(new ProducerRecord<>(pipeline.prefix + Topics.PAGES, page.id(), Json.bytes(page)));
                good.add(page.id());
            }
            producer.flush();
        }

        // then: every good page labelled once and alerted, every poison record dead-lettered with its reason
        pipeline.assertEveryPageLabelledOnceAndAlerted(good, pipeline.receiver, Duration.ofSeconds(120));
        var dead = TestKafka.read(Topics.deadLetter(pipeline.prefix + Topics.PAGES), poison, Duration.ofSeconds(1),
                Duration.ofSeconds(30), true);
        assertThat(dead).extracting(r -> r.key()).filteredOn(k -> k.startsWith("poison-")).hasSize(poison);
        assertThat(dead).allMatch(r -> r.headers().lastHeader("tumen.dlt.reason") != null);
    }

    @Test
    void webhookReceiverDownThroughFiveAttemptsGetsEveryAlertWhenBack() throws Exception {
        // given: a second subscriber whose receiver goes away
        WebhookReceiver flaky = new WebhookReceiver();
        int port = flaky.url().getPort();
        flaky.trust(List.of(pipeline.subscribe(flaky).path("secret").asText()));
        flaky.close();

        // when: alerts are due while it is down for 20 s: with the pipeline's backoff (0, 1, 2, 5, then 10 s) each alert
        // is attempted 5 times (at 0, 1, 3, 8 and 18 s) and is in the 10 s steps when the receiver is back. A refused
        // connection fails at once, so no client timeout has to run out first; the minute this was before only added
        // four more of the same 10 s attempts.
        List<String> ids = pipeline.push("outage", 20);
        await().atMost(Duration.ofSeconds(60)).until(() -> pipeline.alertedIds(pipeline.receiver).containsAll(ids));
        // The receiver stays down; meanwhile the healthy subscriber keeps everything it was sent.
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> pipeline.alertedIds(pipeline.receiver).containsAll(ids));
        WebhookReceiver back = new WebhookReceiver(port);
        try {
            back.trust(flaky.secretsTrusted());

            // then: the healthy subscriber was served during the outage, the flaky one gets everything once it is back
            pipeline.assertEveryPageLabelledOnceAndAlerted(ids, back, Duration.ofSeconds(90));
        } finally {
            back.close();
        }
    }
}
