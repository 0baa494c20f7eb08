package dev.tumen.devkit.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Records each consumer group has yet to read (end offset minus committed offset, summed over its partitions), read when
 * a load step's sending ends: which hop the backlog sits in at saturation, so the bottleneck is measured rather than
 * guessed from CPU shares. Transaction markers count as records, so a transactional topic's figure runs a little high.
 */
final class GroupLag implements AutoCloseable {
    private final Admin admin;

    GroupLag(String bootstrap) {
        admin = Admin.create(Map.of("bootstrap.servers", bootstrap, "request.timeout.ms", 5000, "default.api.timeout.ms", 10000));
    }

    /** Group to records behind; empty when the broker does not answer in time (the step's figures stand without it). */
    Map<String, Long> read() {
        Map<String, Long> lag = new TreeMap<>();
        try {
            for (ConsumerGroupListing group : admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS)) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                committed.values().removeIf(java.util.Objects::isNull);
                if (committed.isEmpty()) {
                    continue;
                }
                var ends = admin.listOffsets(committed.keySet().stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest())))
                        .all().get(10, TimeUnit.SECONDS);
                long behind = 0;
                for (var e : committed.entrySet()) {
                    behind += Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset());
                }
                lag.put(group.groupId(), behind);
            }
        } catch (Exception e) {
            Bench.log("could not read the consumer groups' lag: %s", e);
        }
        return lag;
    }

    @Override
    public void close() {
        admin.close();
    }
}
