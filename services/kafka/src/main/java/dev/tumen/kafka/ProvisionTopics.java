package dev.tumen.kafka;

import dev.tumen.model.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Creates every topic of the {@link Topics} catalogue that is missing, then exits: what compose's
 * {@code kafka-init} runs, and what an operator runs against an existing cluster. Packaged in every service jar:
 *
 * <pre>{@code
 * KAFKA_BOOTSTRAP_SERVERS=kafka:9092 java -cp ingest.jar dev.tumen.kafka.ProvisionTopics
 * }</pre>
 *
 * <p>Environment: {@code KAFKA_BOOTSTRAP_SERVERS} (required), {@code TUMEN_TOPIC_PREFIX} (default none),
 * {@code TUMEN_TOPIC_REPLICATION_FACTOR} (default: the cluster's {@code default.replication.factor}),
 * {@code TUMEN_RETRY_TIERS} (default {@value Topics#DEFAULT_RETRY_TIERS}, one per delivery retry after the first),
 * and any {@code KAFKA_*} client setting in the Micronaut spelling ({@code KAFKA_SECURITY_PROTOCOL=SASL_SSL} →
 * {@code security.protocol}). Exit status 0 when every topic exists, 1 otherwise.
 */
public final class ProvisionTopics {
    private ProvisionTopics() {
    }

    public static void main(String[] args) {
        try {
            List<String> created = run(System.getenv());
            System.out.println("topics ready (" + created.size() + " created)");
        } catch (RuntimeException e) {
            System.err.println("cannot provision topics: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Provisions the catalogue as the environment {@code env} says; returns the topics created. */
    public static List<String> run(Map<String, String> env) {
        String bootstrap = env.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrap == null || bootstrap.isBlank()) {
            throw new IllegalArgumentException("KAFKA_BOOTSTRAP_SERVERS is not set");
        }
        Map<String, Object> admin = new java.util.HashMap<>();
        env.forEach((k, v) -> {
            if (k.startsWith("KAFKA_")) {
                admin.put(k.substring("KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.'), v);
            }
        });
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        int tiers = Integer.parseInt(env.getOrDefault("TUMEN_RETRY_TIERS", Integer.toString(Topics.DEFAULT_RETRY_TIERS)).trim());
        TopicProvisioner provisioner = new TopicProvisioner(ClientConfigs.admin(admin), env.getOrDefault("TUMEN_TOPIC_PREFIX", ""),
                TopicProvisioner.replication(env.get("TUMEN_TOPIC_REPLICATION_FACTOR")), 0);
        return provisioner.provision(Topics.all(tiers), Duration.ofSeconds(60));
    }
}
