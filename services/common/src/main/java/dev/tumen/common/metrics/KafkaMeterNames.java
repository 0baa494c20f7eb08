package dev.tumen.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import jakarta.inject.Singleton;

/**
 * The Kafka client reports some metrics under one name at several granularities: {@code request-total} for the
 * client and again per broker node, {@code record-send-total} for the client and again per topic. Prometheus wants
 * one set of tag keys per name, so whichever registered second was refused, with a WARN at every start-up, and its
 * figures were lost. Naming the finer series by their extra tag ({@code kafka.producer.node.request-total},
 * {@code kafka.producer.topic.record-send-total}) keeps every series under a name of its own.
 */
@Singleton
public class KafkaMeterNames implements MeterFilter {
    private static final String PREFIX = "kafka.";

    @Override
    public Meter.Id map(Meter.Id id) {
        String name = id.getName();
        if (!name.startsWith(PREFIX)) {
            return id;
        }
        String scope = id.getTag("node-id") != null ? "node" : id.getTag("topic") != null ? "topic" : null;
        if (scope == null) {
            return id;
        }
        int client = name.indexOf('.', PREFIX.length());
        if (client < 0) {
            return id;
        }
        return id.withName(name.substring(0, client) + "." + scope + name.substring(client));
    }
}
