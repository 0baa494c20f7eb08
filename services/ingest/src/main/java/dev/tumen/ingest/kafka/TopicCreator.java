package dev.tumen.ingest.kafka;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates ingest's own compacted topics (feeds, seen pages) and their dead-letter topics when they are
 * missing, so a fresh broker works without a separate step; compose/ops may create them beforehand instead.
 * A failure is logged, not fatal: the readers wait for the topics.
 */
@Singleton
public class TopicCreator {
    private static final Logger LOG = LoggerFactory.getLogger(TopicCreator.class);
    private boolean done;

    private final IngestTopics topics;
    private final KafkaProperties kafka;
    private final boolean enabled;
    private final int replication;

    public TopicCreator(IngestTopics topics, KafkaProperties kafka,
                        @Value("${tumen.ingest.create-topics:true}") boolean enabled,
                        @Value("${tumen.ingest.topic-replication:1}") int replication) {
        this.topics = topics;
        this.kafka = kafka;
        this.enabled = enabled;
        this.replication = replication;
    }

    public synchronized void ensureTopics() {
        if (!enabled || done) {
            return;
        }
        done = true;
        Properties p = kafka.admin();
        // Start-up must not hang on an absent broker: give up quickly, the readers keep waiting anyway.
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        try (Admin admin = Admin.create(p)) {
            Set<String> existing = admin.listTopics().names().get(15, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            Map<String, String> compacted = Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            for (String t : List.of(topics.feeds(), topics.seen())) {
                if (!existing.contains(t)) {
                    // One partition for feeds (a handful of records); seen pages are many small records read whole by every instance.
                    missing.add(new NewTopic(t, t.equals(topics.feeds()) ? 1 : 3, (short) replication).configs(compacted));
                }
                String dlt = topics.deadLetter(t);
                if (!existing.contains(dlt)) {
                    missing.add(new NewTopic(dlt, 1, (short) replication));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
                LOG.info("created topics {}", missing.stream().map(NewTopic::name).toList());
            }
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LOG.warn("cannot create ingest's topics ({}); expecting them to exist", e.toString(), e);
        }
    }
}
