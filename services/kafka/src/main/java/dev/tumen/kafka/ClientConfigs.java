package dev.tumen.kafka;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The one filter of the shared {@code kafka.*} block (bootstrap servers, {@code security.protocol}, {@code sasl.*},
 * {@code ssl.*}, …) into the settings one kind of client knows: every client Tumen builds gets the cluster's
 * security settings, and none logs warnings about keys meant for another kind.
 */
public final class ClientConfigs {
    private ClientConfigs() {
    }

    public static Map<String, Object> consumer(Map<?, ?> shared) {
        return filtered(shared, ConsumerConfig.configNames());
    }

    public static Map<String, Object> producer(Map<?, ?> shared) {
        return filtered(shared, ProducerConfig.configNames());
    }

    public static Map<String, Object> admin(Map<?, ?> shared) {
        return filtered(shared, AdminClientConfig.configNames());
    }

    /** The same, as {@link Properties}. */
    public static Properties properties(Map<String, Object> config) {
        Properties p = new Properties();
        p.putAll(config);
        return p;
    }

    private static Map<String, Object> filtered(Map<?, ?> shared, Set<String> known) {
        Map<String, Object> out = new HashMap<>();
        shared.forEach((k, v) -> {
            String key = String.valueOf(k);
            // sasl.jaas.config and friends are not in configNames() of every version: keep every security key.
            if (v != null && (known.contains(key) || key.startsWith("sasl.") || key.startsWith("ssl."))) {
                out.put(key, v);
            }
        });
        return out;
    }
}
