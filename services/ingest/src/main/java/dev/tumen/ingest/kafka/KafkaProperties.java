package dev.tumen.ingest.kafka;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import jakarta.inject.Singleton;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The shared {@code kafka.*} settings (bootstrap servers, security) for the plain clients ingest builds
 * itself: the table readers and the topic creator, which micronaut-kafka's listener model does not fit
 * (they read every partition from the start, in every instance, without a consumer group).
 */
@Singleton
public class KafkaProperties {
    private final Properties shared;

    public KafkaProperties(KafkaDefaultConfiguration defaults) {
        this.shared = defaults.getConfig();
    }

    public Properties consumer() {
        return filtered(ConsumerConfig.configNames());
    }

    public Properties admin() {
        return filtered(AdminClientConfig.configNames());
    }

    private Properties filtered(Set<String> known) {
        Properties p = new Properties();
        shared.forEach((k, v) -> {
            if (known.contains(String.valueOf(k))) {
                p.put(k, v);
            }
        });
        return p;
    }
}
