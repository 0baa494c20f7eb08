package dev.tumen.classifier.kafka;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import io.micronaut.core.async.publisher.Publishers;

/** Reports DOWN when a labelling worker has died or keeps failing, so orchestrators restart the instance. */
@Singleton
@Readiness
public class PipelineHealthIndicator implements HealthIndicator {
    private final LabellingPipeline pipeline;

    public PipelineHealthIndicator(LabellingPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("labelling-pipeline", pipeline.healthy() ? HealthStatus.UP : HealthStatus.DOWN)
                .details(Map.of("group", pipeline.groupId(), "lastProgress", pipeline.lastProgress().toString()))
                .build());
    }
}
