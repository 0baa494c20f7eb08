package dev.tumen.common.kafka;

import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.configuration.kafka.health.KafkaHealthIndicator;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.reactivestreams.Publisher;

/**
 * Kafka's part of {@code /health}: UP when the cluster answers a describe-cluster request within 3 s.
 * Replaces micronaut-kafka 5.9's indicator, which references a class Kafka 4.4 clients moved
 * ({@code org.apache.kafka.common.utils.LogContext}) and so fails on every health request.
 */
@Singleton
@Replaces(KafkaHealthIndicator.class)
public class KafkaClusterHealthIndicator implements HealthIndicator {
    private final Properties config = new Properties();
    private volatile Admin admin;

    public KafkaClusterHealthIndicator(KafkaDefaultConfiguration kafka) {
        // Only admin settings: the shared kafka.* block also holds consumer and producer keys the admin client would warn about.
        config.putAll(dev.tumen.kafka.ClientConfigs.admin(kafka.getConfig()));
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health");
    }

    @Override
    public Publisher<HealthResult> getResult() {
        try {
            var cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000));
            var nodes = cluster.nodes().get(3, TimeUnit.SECONDS);
            return Publishers.just(HealthResult.builder("kafka", nodes.isEmpty() ? HealthStatus.DOWN : HealthStatus.UP)
                    .details(Map.of("clusterId", String.valueOf(cluster.clusterId().get(3, TimeUnit.SECONDS)),
                            "nodes", nodes.stream().map(Node::idString).toList()))
                    .build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Publishers.just(HealthResult.builder("kafka", HealthStatus.DOWN).exception(e).build());
        } catch (Exception e) {
            return Publishers.just(HealthResult.builder("kafka", HealthStatus.DOWN)
                    .details(Map.of("error", String.valueOf(e.getMessage()))).build());
        }
    }

    private Admin admin() {
        Admin a = admin;
        if (a == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(config);
                }
                a = admin;
            }
        }
        return a;
    }

    @PreDestroy
    void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}
