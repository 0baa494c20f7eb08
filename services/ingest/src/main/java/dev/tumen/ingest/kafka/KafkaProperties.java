package dev.tumen.ingest.kafka;

import dev.tumen.kafka.ClientConfigs;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The shared {@code kafka.*} settings (bootstrap servers, security) for the plain clients ingest builds itself:
 * the table readers, which micronaut-kafka's listener model does not fit (they read every partition from the
 * start, in every instance, without a consumer group).
 */
@Singleton
public class KafkaProperties {
    private final Map<?, ?> shared;

    public KafkaProperties(KafkaDefaultConfiguration defaults) {
        this.shared = defaults.getConfig();
    }

    public Map<String, Object> consumer() {
        return ClientConfigs.consumer(shared);
    }

    public Map<String, Object> producer() {
        return ClientConfigs.producer(shared);
    }
}
