package dev.tumen.alert.delivery;

import dev.tumen.model.Json;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's view of the delivery log topic: the latest attempts per subscription (for the HTTP log and manual
 * replay) and how long each subscription has been failing (for the automatic pause).
 */
@Singleton
public class DeliveryLog {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryLog.class);
    private final Map<String, Deque<Line>> bySubscription = new ConcurrentHashMap<>();
    private final Map<String, Instant> failingSince = new ConcurrentHashMap<>();
    private volatile int capacity = 200;

    /**
     * One entry as read from the topic. Every instance reads every attempt of every subscriber (a thousand a second in
     * the benchmark) but shows a handful over HTTP, so the JSON is parsed when read, not when it arrives.
     */
    private record Line(String deliveryId, String outcome, byte[] raw, DeliveryAttempt parsed) {
        DeliveryAttempt attempt() {
            return parsed != null ? parsed : Json.read(raw, DeliveryAttempt.class);
        }
    }

    public void capacity(int capacity) {
        this.capacity = capacity;
    }

    public void apply(DeliveryAttempt a) {
        add(a.subscriptionId(), new Line(a.deliveryId(), a.outcome(), null, a), a.at());
    }

    /** An entry whose identity and outcome came from the record's headers; {@code raw} is parsed only if read. */
    public void apply(String subscriptionId, String deliveryId, String outcome, Instant at, byte[] raw) {
        add(subscriptionId, new Line(deliveryId, outcome, raw, null), at);
    }

    private void add(String subscriptionId, Line line, Instant at) {
        Deque<Line> log = bySubscription.computeIfAbsent(subscriptionId, k -> new ArrayDeque<>());
        synchronized (log) {
            log.addFirst(line);
            while (log.size() > capacity) {
                log.removeLast();
            }
        }
        switch (line.outcome()) {
            case "delivered" -> failingSince.remove(subscriptionId);
            case "retrying", "exhausted", "gone" -> failingSince.merge(subscriptionId, at, (old, now) -> old.isBefore(now) ? old : now);
            default -> {
            }
        }
    }

    private List<Line> lines(String subscriptionId) {
        Deque<Line> log = bySubscription.get(subscriptionId);
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
    }
}
