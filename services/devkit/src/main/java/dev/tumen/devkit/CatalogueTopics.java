package dev.tumen.devkit;

import dev.tumen.model.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/** Creates every topic of the {@link Topics} catalogue with its cleanup policy and retention, as compose does. */
public final class CatalogueTopics {
    private CatalogueTopics() {
    }

    /**
     * @param prefix     topic-name prefix ({@code TUMEN_TOPIC_PREFIX}), empty for none
     * @param partitions partitions for the catalogue's multi-partition topics, or 0 for the catalogue's own counts;
     *                   single-partition topics (dead letters, the ordered stream, small tables) keep one
     */
    public static void create(String bootstrapServers, String prefix, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            List<NewTopic> topics = Topics.all().stream().map(spec -> {
                int count = partitions > 0 && spec.partitions() > 1 ? partitions : spec.partitions();
                Map<String, String> config = new LinkedHashMap<>();
                config.put("cleanup.policy", spec.compacted() ? "compact" : "delete");
                config.put("retention.ms", Long.toString(spec.retentionMs()));
                return new NewTopic(prefix + spec.name(), count, (short) 1).configs(config);
            }).toList();
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
            // Producers start right after this: wait until the broker serves every new partition.
            dev.tumen.broker.test.TestKafka.awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
        }
    }
}
