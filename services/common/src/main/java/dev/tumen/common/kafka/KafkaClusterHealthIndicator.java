package dev.tumen.common.kafka;

import dev.tumen.model.text.OutsideText;
import io.micronaut.configuration.kafka.config.KafkaDefaultConfiguration;
import io.micronaut.configuration.kafka.health.KafkaHealthIndicator;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka's part of {@code /health}: UP when the cluster answers a describe-cluster request within 3 s.
 * Replaces micronaut-kafka 5.9's indicator, which references a class Kafka 4.4 clients moved
 * ({@code org.apache.kafka.common.utils.LogContext}) and so fails on every health request.
 *
 * <p>Made with the context, and its admin client made and connected right away on a background thread: the first
 * {@code /health}, the one a start-up or readiness probe waits for, otherwise paid for creating the client, connecting
 * and fetching the cluster's metadata (a few hundred ms at start-up, docs/operations.md#start-up-time). What UP means
 * is unchanged: every {@code /health} still asks the cluster.
 */
@Context
@Replaces(KafkaHealthIndicator.class)
public class KafkaClusterHealthIndicator implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterHealthIndicator.class);
    private final Properties config = new Properties();
    private Admin admin;
    private boolean closed;

    @Inject
    public KafkaClusterHealthIndicator(KafkaDefaultConfiguration kafka) {
        // Only admin settings: the shared kafka.* block also holds consumer and producer keys the admin client would warn about.
        this(dev.tumen.kafka.ClientConfigs.admin(kafka.getConfig()));
    }

    KafkaClusterHealthIndicator(Map<String, Object> adminConfig) {
        config.putAll(adminConfig);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "health");
    }

    /** Creates the admin client and asks the cluster once, off the start-up thread; a failure here is only logged. */
    @PostConstruct
    void warmUp() {
        Thread warmUp = new Thread(() -> {
            try {
                admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes().get(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                // Not an error yet: /health asks again and reports it.
                LOG.debug("Kafka not reachable at start-up: {}", e.toString());
            }
        }, "kafka-health-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
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
                    .details(Map.of("error", OutsideText.bounded(String.valueOf(e.getMessage())))).build());
        }
    }

    private synchronized Admin admin() {
        if (closed) {
            throw new IllegalStateException("the health indicator is closed");
        }
        if (admin == null) {
            admin = Admin.create(config);
        }
        return admin;
    }

    /** Closes the admin client; none is made after this, so a warm-up still running cannot leave one open. */
    @PreDestroy
    void close() {
        Admin a;
        synchronized (this) {
            closed = true;
            a = admin;
            admin = null;
        }
        if (a != null) {
            a.close(java.time.Duration.ofSeconds(2));
        }
    }
}
