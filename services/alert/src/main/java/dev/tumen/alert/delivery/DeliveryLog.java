package dev.tumen.alert.delivery;

import dev.tumen.model.Json;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's view of the delivery log topic: the latest attempts per subscription (for the HTTP log and manual
 * replay) and how long each subscription has been failing (for the automatic pause).
 */
@Singleton
public class DeliveryLog {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);
    private final Map<String, List<Line>> bySubscription = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastDelivered = new ConcurrentHashMap<>();
    private volatile int capacity = 200;

    /**
     * One entry as read from the topic. Every instance reads every attempt of every subscriber (a thousand a second in
     * the benchmark) but shows a handful over HTTP, so the JSON is parsed when read, not when it arrives.
     */
    private record Line(String deliveryId, String outcome, Instant at, byte[] raw, Function<byte[], DeliveryAttempt> parser,
                        DeliveryAttempt parsed) {
        DeliveryAttempt attempt() {
            return parsed != null ? parsed : parser.apply(raw);
        }
    }

    public void capacity(int capacity) {
        this.capacity = capacity;
    }

    public void apply(DeliveryAttempt a) {
        add(a.subscriptionId(), new Line(a.deliveryId(), a.outcome(), a.at(), null, null, a));
    }

    /** An entry whose identity and outcome came from the record's headers; {@code raw} is parsed only if read. */
    public void apply(String subscriptionId, String deliveryId, String outcome, Instant at, byte[] raw) {
        apply(subscriptionId, deliveryId, outcome, at, raw, bytes -> Json.read(bytes, DeliveryAttempt.class));
    }

    /** The same, for a record of another shape ({@code parser} turns it into its log entry when it is read). */
    public void apply(String subscriptionId, String deliveryId, String outcome, Instant at, byte[] raw,
                      Function<byte[], DeliveryAttempt> parser) {
        add(subscriptionId, new Line(deliveryId, outcome, at, raw, parser, null));
    }

    /**
     * Files the entry by its time, newest first: successes and failures arrive through two topics (alerts and
     * deliveries), so arrival order alone could put a retry note above the success that followed it.
     */
    private void add(String subscriptionId, Line line) {
        List<Line> log = bySubscription.computeIfAbsent(subscriptionId, k -> new ArrayList<>());
        synchronized (log) {
            int i = 0;
            while (i < log.size() && log.get(i).at().isAfter(line.at())) {
                i++;
            }
            log.add(i, line);
            while (log.size() > capacity) {
                log.remove(log.size() - 1);
            }
        }
        Instant at = line.at();
        switch (line.outcome()) {
            case "delivered" -> {
                lastDelivered.merge(subscriptionId, at, (old, now) -> old.isAfter(now) ? old : now);
                failingSince.computeIfPresent(subscriptionId, (k, since) -> since.isAfter(at) ? since : null);
            }
            case "retrying", "exhausted", "gone" -> {
                Instant success = lastDelivered.get(subscriptionId);
                if (success == null || at.isAfter(success)) {
                    failingSince.merge(subscriptionId, at, (old, now) -> old.isBefore(now) ? old : now);
                }
            }
            default -> {
            }
        }
    }

    private List<Line> lines(String subscriptionId) {
        List<Line> log = bySubscription.get(subscriptionId);
        if (log == null) {
            return List.of();
        }
        synchronized (log) {
            return new ArrayList<>(log);
        }
    }

    /** The newest {@code limit} entries of a subscription, newest first. */
    public List<DeliveryAttempt> recent(String subscriptionId, int limit) {
        List<DeliveryAttempt> out = new ArrayList<>();
        for (Line line : lines(subscriptionId)) {
            if (out.size() >= limit) {
                break;
            }
            DeliveryAttempt a = read(line);
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /** The delivery as last recorded with its payload, for a replay; {@code null} when the log no longer has it. */
    public DeliveryTask task(String subscriptionId, String deliveryId) {
        for (Line line : lines(subscriptionId)) {
            if (line.deliveryId().equals(deliveryId)) {
                DeliveryAttempt a = read(line);
                if (a != null && a.task() != null) {
                    return a.task();
                }
            }
        }
        return null;
    }

    private static DeliveryAttempt read(Line line) {
        try {
            return line.attempt();
        } catch (RuntimeException e) {
            LOG.warn("Skipping an unreadable delivery-log entry of {}: {}", line.deliveryId(), e.getMessage());
            return null;
        }
    }

    /** Since when the subscription's deliveries have been failing without a success, or {@code null}. */
    public Instant failingSince(String subscriptionId) {
        return failingSince.get(subscriptionId);
    }

    public void forget(String subscriptionId) {
        bySubscription.remove(subscriptionId);
        failingSince.remove(subscriptionId);
        lastDelivered.remove(subscriptionId);
    }
}
