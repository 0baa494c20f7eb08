package dev.tumen.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension for {@code *IT} classes: makes sure the shared test broker ({@link TestKafka}) is up
 * before the class runs and exposes its address as the system property {@code kafka.bootstrap.servers},
 * which Micronaut contexts started by the test pick up.
 *
 * <pre>{@code
 * @ExtendWith(KafkaExtension.class)
 * class PipelineIT { ... TestKafka.bootstrapServers() ... }
 * }</pre>
 */
public final class KafkaExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("kafka.bootstrap.servers", TestKafka.bootstrapServers());
    }
}
