package dev.tumen.common.kafka;

import dev.tumen.kafka.ClientConfigs;
import dev.tumen.kafka.TopicProvisioner;
import dev.tumen.model.Topics;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * The shared {@link TopicProvisioner} as each service runs it at start for the topics it uses: with the
 * deployment's prefix, the {@code kafka.*} security settings and {@code tumen.topic-replication-factor}
 * (env {@code TUMEN_TOPIC_REPLICATION_FACTOR}; empty = the cluster's default).
 */
@Singleton
public class TopicProvisioning {
    private final KafkaDefaultConfiguration kafka;
    private final TopicNames names;
    private final String replicationFactor;

    public TopicProvisioning(KafkaDefaultConfiguration kafka, TopicNames names,
                             @Value("${tumen.topic-replication-factor:}") String replicationFactor) {
        this.kafka = kafka;
        this.names = names;
        this.replicationFactor = replicationFactor;
    }

    /** Creates whichever of {@code topics} are missing; {@code partitionsOverride} 0 keeps the catalogue's counts. */
    public List<String> ensure(Collection<Topics.Topic> topics, int partitionsOverride, Duration timeout) {
        return new TopicProvisioner(ClientConfigs.admin(kafka.getConfig()), names.prefix(),
                TopicProvisioner.replication(replicationFactor), partitionsOverride).provision(topics, timeout);
    }
}
