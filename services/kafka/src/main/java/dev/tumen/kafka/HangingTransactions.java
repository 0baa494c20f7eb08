package dev.tumen.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.AbortTransactionSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTransactionsOptions;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.admin.TransactionDescription;
import org.apache.kafka.clients.admin.TransactionListing;
import org.apache.kafka.clients.admin.TransactionState;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

/**
 * Finds and aborts hanging transactions, as {@code kafka-transactions.sh find-hanging} and {@code abort} do: a
 * transaction still open on a partition whose transaction coordinator does not have it open there. Nothing will
 * ever end it (the coordinator only times out and aborts transactions it knows), so it holds the partition's last
 * stable offset, and on {@code __consumer_offsets} its pending offset commit makes every {@code read_committed}
 * consumer of the group wait for its committed offset ({@code UNSTABLE_OFFSET_COMMIT}) for good: new consumers
 * and producers do not help.
 *
 * <p>A transaction the coordinator has open is never touched, whatever its age: it ends by its own commit, abort
 * or timeout. The age bound only keeps apart a transaction that ended between the two lookups.
 */
public final class HangingTransactions {
    private static final Set<TransactionState> OPEN = EnumSet.of(TransactionState.ONGOING, TransactionState.PREPARE_COMMIT,
            TransactionState.PREPARE_ABORT);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private HangingTransactions() {
    }

    /** An open transaction on {@code partition} that its coordinator does not know. */
    public record Hanging(TopicPartition partition, ProducerState producer) {
        @Override
        public String toString() {
            return partition + ": producer " + producer.producerId() + " epoch " + producer.producerEpoch() + " open since offset "
                    + producer.currentTransactionStartOffset().orElse(-1) + ", last written at " + producer.lastTimestamp();
        }
    }

    /** The {@code __consumer_offsets} partition that holds {@code groupId}'s offsets (as the group coordinator picks it). */
    public static TopicPartition offsetsPartition(Admin admin, String groupId) throws Exception {
        int partitions = admin.describeTopics(List.of("__consumer_offsets")).allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get("__consumer_offsets").partitions().size();
        return new TopicPartition("__consumer_offsets", Utils.abs(groupId.hashCode()) % partitions);
    }

    /** The hanging transactions on {@code partitions} whose last write is older than {@code olderThan}. */
    public static List<Hanging> find(Admin admin, Collection<TopicPartition> partitions, Duration olderThan) throws Exception {
        List<Hanging> candidates = open(admin, partitions, olderThan);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Set<Long> producerIds = new HashSet<>();
        candidates.forEach(c -> producerIds.add(c.producer().producerId()));
        Collection<TransactionListing> listed = admin.listTransactions(new ListTransactionsOptions().filterProducerIds(producerIds))
                .all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Map<String, TransactionDescription> described = listed.isEmpty() ? Map.of()
                : admin.describeTransactions(listed.stream().map(TransactionListing::transactionalId).toList()).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        List<Hanging> hanging = new ArrayList<>();
        for (Hanging c : candidates) {
            boolean known = described.values().stream().anyMatch(d -> d.producerId() == c.producer().producerId()
                    && OPEN.contains(d.state()) && d.topicPartitions().contains(c.partition()));
            if (!known) {
                hanging.add(c);
            }
        }
        if (hanging.isEmpty()) {
            return hanging;
        }
        // Still open at the same offset after the coordinator said it does not know it: not one that just ended.
        List<Hanging> again = open(admin, partitions, olderThan);
        return hanging.stream().filter(h -> again.stream().anyMatch(a -> a.partition().equals(h.partition())
                && a.producer().producerId() == h.producer().producerId()
                && a.producer().currentTransactionStartOffset().equals(h.producer().currentTransactionStartOffset()))).toList();
    }

    /** Every transaction open on {@code partitions} whose producer last wrote more than {@code olderThan} ago. */
    public static List<Hanging> open(Admin admin, Collection<TopicPartition> partitions, Duration olderThan) throws Exception {
        long before = System.currentTimeMillis() - olderThan.toMillis();
        List<Hanging> open = new ArrayList<>();
        admin.describeProducers(partitions).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).forEach((tp, d) ->
                d.activeProducers().stream()
                        .filter(p -> p.currentTransactionStartOffset().isPresent() && p.lastTimestamp() < before)
                        .forEach(p -> open.add(new Hanging(tp, p))));
        return open;
    }

    /** Writes an abort marker for {@code hanging} to its partition, which ends it there (and only there). */
    public static void abort(Admin admin, Hanging hanging) throws Exception {
        ProducerState p = hanging.producer();
        admin.abortTransaction(new AbortTransactionSpec(hanging.partition(), p.producerId(), (short) p.producerEpoch(),
                p.coordinatorEpoch().orElse(0))).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
