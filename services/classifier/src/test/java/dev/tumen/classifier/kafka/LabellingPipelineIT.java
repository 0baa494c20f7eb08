package dev.tumen.classifier.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tumen.testkit.KafkaExtension;
import dev.tumen.testkit.TestKafka;
import dev.tumen.model.ArticleLabelled;
import dev.tumen.kafka.CloudEvents;
import dev.tumen.kafka.DeadLetters;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaExtension.class)
class LabellingPipelineIT {

    @Test
    void poisonRecordGoesToDeadLetterTopicAndNextPageIsStillLabelled() throws Exception {
        // given
        String prefix = ClassifierContexts.newTopics();
        PageReceived good = ClassifierContexts.page(1, ClassifierContexts.RELEVANT);
        try (var producer = TestKafka.producer()) {
            producer.send(new ProducerRecord<>(prefix + Topics.PAGES, 0, "junk", "{not json".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(prefix + Topics.PAGES, 0, "no-content", "{\"id\":\"no-content\"}".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(prefix + Topics.PAGES, 0, good.id(), Json.bytes(good))).get();
        }

        // when
        try (EmbeddedServer ignored = ClassifierContexts.start(prefix, Map.of())) {
            List<ConsumerRecord<String, byte[]>> dead = TestKafka.read(Topics.deadLetter(prefix + Topics.PAGES), 2,
                    Duration.ofMillis(500), Duration.ofSeconds(60), true);
            List<ConsumerRecord<String, byte[]>> labelled = TestKafka.read(prefix + Topics.ARTICLES, 1,
                    Duration.ofMillis(500), Duration.ofSeconds(60), true);

            // then
            Map<String, ConsumerRecord<String, byte[]>> byKey = dead.stream()
                    .collect(Collectors.toMap(ConsumerRecord::key, r -> r));
            assertThat(byKey).containsOnlyKeys("junk", "no-content");
            assertThat(CloudEvents.header(byKey.get("junk").headers(), DeadLetters.REASON)).contains("not valid JSON of PageReceived");
            assertThat(CloudEvents.header(byKey.get("junk").headers(), DeadLetters.ORIGIN_OFFSET)).isEqualTo("0");
            assertThat(byKey.get("junk").value()).asString(StandardCharsets.UTF_8).isEqualTo("{not json");
            assertThat(CloudEvents.header(byKey.get("no-content").headers(), DeadLetters.REASON)).contains("has no content");
            assertThat(labelled).hasSize(1);
            ArticleLabelled article = Json.read(labelled.get(0).value(), ArticleLabelled.class);
            assertThat(article.id()).isEqualTo(good.id());
            assertThat(article.relevant()).isTrue();
            assertThat(CloudEvents.header(labelled.get(0).headers(), "ce_type")).isEqualTo(CloudEvents.TYPE_ARTICLE_LABELLED);
        }
    }

    @Test
    void everyPageIsLabelledExactlyOnceAcrossARestartMidStream() throws Exception {
        // given: a stream of pages, labelled in small transactions so the restart lands mid-stream
        String prefix = ClassifierContexts.newTopics();
        int pages = 400;
        Map<String, Object> smallBatches = Map.of("tumen.classifier.max-batch", 5);
        try (var producer = TestKafka.producer()) {
            List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < pages; i++) {
                sent.add(producer.send(ClassifierContexts.record(prefix, ClassifierContexts.page(i, ClassifierContexts.RELEVANT + " Item " + i))));
            }
            // Every page must be on the topic before the test can blame the classifier for a missing label.
            for (var future : sent) {
                future.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        }

        // when: the classifier stops once part of the stream is labelled, and a new instance takes over
        try (EmbeddedServer first = ClassifierContexts.start(prefix, smallBatches)) {
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                    first.getApplicationContext().getBean(io.micrometer.core.instrument.MeterRegistry.class)
                            .counter("tumen.classifier.pages", "outcome", "labelled").count() >= 50);
        }
        try (EmbeddedServer ignored = ClassifierContexts.start(prefix, smallBatches)) {
            List<ConsumerRecord<String, byte[]>> labelled = TestKafka.read(prefix + Topics.ARTICLES, pages,
                    Duration.ofSeconds(2), Duration.ofSeconds(120), true);

            // then: a read_committed reader sees exactly one labelled record per page
            Set<String> keys = labelled.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
            if (labelled.size() != pages) {
                Set<String> onTopic = TestKafka.read(prefix + Topics.PAGES, pages, Duration.ofSeconds(1), Duration.ofSeconds(30), true)
                        .stream().map(ConsumerRecord::key).collect(Collectors.toSet());
                Set<String> missing = new HashSet<>(onTopic);
                missing.removeAll(keys);
                System.out.printf("exactly-once IT: %d labelled, %d pages on the topic, unlabelled: %s%n", labelled.size(),
                        onTopic.size(), missing);
            }
            assertThat(labelled).hasSize(pages);
            assertThat(keys).hasSize(pages);
            Set<String> expected = new HashSet<>();
            IntStream.range(0, pages).forEach(i ->
                    expected.add(ClassifierContexts.page(i, ClassifierContexts.RELEVANT + " Item " + i).id()));
            assertThat(keys).isEqualTo(expected);
        }
    }
}
