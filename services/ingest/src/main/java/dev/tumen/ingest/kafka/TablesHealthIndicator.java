package dev.tumen.ingest.kafka;

import dev.tumen.kafka.LoopHealth;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * DOWN when a table reader (seen pages, feeds) has stopped, or has records waiting but made no progress for
 * {@code tumen.ingest.failure.stall-timeout}: an instance that no longer learns what was published would publish
 * pages twice while saying UP.
 */
@Singleton
@Readiness
public class TablesHealthIndicator implements HealthIndicator {
    private final TableReaders readers;
    private final Duration stallTimeout;

    public TablesHealthIndicator(TableReaders readers, @Value("${tumen.ingest.failure.stall-timeout:2m}") Duration stallTimeout) {
        this.readers = readers;
        this.stallTimeout = stallTimeout;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        List<LoopHealth> loops = readers.health();
        Instant now = Instant.now();
        return Publishers.just(HealthResult.builder("ingest-tables", LoopHealth.allUp(loops, stallTimeout, now) ? HealthStatus.UP
                : HealthStatus.DOWN).details(LoopHealth.details(loops, stallTimeout, now)).build());
    }
}
