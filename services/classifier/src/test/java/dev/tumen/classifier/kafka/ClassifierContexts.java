package dev.tumen.classifier.kafka;

import dev.tumen.testkit.TestKafka;
import dev.tumen.model.Hashes;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import dev.tumen.model.Topics;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Starts the classifier in-process against the shared test broker, on topics of its own. */
public final class ClassifierContexts {
    private ClassifierContexts() {
    }

    public static String newTopics() {
        String prefix = TestKafka.uniquePrefix();
        TestKafka.createTopics(List.of(prefix + Topics.PAGES, prefix + Topics.ARTICLES, Topics.deadLetter(prefix + Topics.PAGES)), 3);
        return prefix;
    }

    public static EmbeddedServer start(String prefix, Map<String, Object> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
        props.put("tumen.topic-prefix", prefix);
        props.put("micronaut.server.port", -1);
        props.put("tumen.classifier.instance-id", "it-classifier");
        props.putAll(extra);
        return ApplicationContext.run(EmbeddedServer.class, props, "test", "dev");
    }

    public static PageReceived page(int n, String text) {
        String url = "https://news.example/story-" + n;
        return new PageReceived(Hashes.pageId(url, text), url, "it", "push", "text/plain", text, null, null, Instant.now(),
                Hashes.sha256(text));
    }

    public static ProducerRecord<String, byte[]> record(String prefix, PageReceived page) {
        return new ProducerRecord<>(prefix + Topics.PAGES, page.id(), Json.bytes(page));
    }

    public static final String RELEVANT = """
            Shoigu meets Kim Jong Un in Pyongyang to deepen military ties
            Russian Security Council Secretary Sergei Shoigu held talks with North Korean leader Kim Jong Un in Pyongyang on Tuesday, state media said.
            The two sides discussed military cooperation between Russia and the DPRK under their mutual defence treaty.
            """;
}
