package dev.tumen.alert.kafka;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;

/** DOWN when a Kafka reader or loop has died, so an orchestrator restarts the instance instead of it alerting nobody. */
@Singleton
@Readiness
public class AlertHealthIndicator implements HealthIndicator {
    private final AlertRuntime runtime;

    public AlertHealthIndicator(AlertRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Map<String, Boolean> loops = runtime.loops();
        boolean up = !loops.isEmpty() && loops.values().stream().allMatch(Boolean::booleanValue);
        return Publishers.just(HealthResult.builder("alert-runtime", up ? HealthStatus.UP : HealthStatus.DOWN).details(loops).build());
    }
}
