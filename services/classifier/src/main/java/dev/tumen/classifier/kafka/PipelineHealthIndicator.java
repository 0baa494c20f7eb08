package dev.tumen.classifier.kafka;

import dev.tumen.kafka.LoopHealth;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reactivestreams.Publisher;

/**
 * DOWN when a labelling loop has stopped, has pages waiting but made no progress for
 * {@code tumen.classifier.failure.stall-timeout}, or keeps aborting its transactions, so orchestrators restart
 * the instance instead of it labelling nothing while saying UP.
 */
@Singleton
@Readiness
public class PipelineHealthIndicator implements HealthIndicator {
    private final LabellingPipeline pipeline;
    private final ClassifierSettings settings;

    public PipelineHealthIndicator(LabellingPipeline pipeline, ClassifierSettings settings) {
        this.pipeline = pipeline;
        this.settings = settings;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        List<LoopHealth> loops = pipeline.health();
        Instant now = Instant.now();
        Duration stall = settings.getFailure().getStallTimeout();
        boolean up = LoopHealth.allUp(loops, stall, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("group", pipeline.groupId());
        details.putAll(LoopHealth.details(loops, stall, now));
        return Publishers.just(HealthResult.builder("labelling-pipeline", up ? HealthStatus.UP : HealthStatus.DOWN)
                .details(details).build());
    }
}
