package dev.tumen.alert;

import dev.tumen.common.config.SettingCatalogue;
import jakarta.inject.Singleton;
import java.util.List;

/** {@code tumen.alert.*} as the code and application.yml read it (AlertSettingCatalogueTest keeps the two in step). */
@Singleton
public class AlertSettingCatalogue implements SettingCatalogue {
    static final List<String> NAMES = List.of("create-topics", "delivery.auto-pause-after", "delivery.backoff", "delivery.connect-timeout", "delivery.handover-wait",
            "delivery.initial-in-flight-per-subscription", "delivery.jitter", "delivery.log-budget-mb", "delivery.log-lookback",
            "delivery.log-size", "delivery.max-concurrent-requests", "delivery.max-in-flight-per-subscription",
            "delivery.max-response-bytes", "delivery.max-retry-after", "delivery.max-slow-requests", "delivery.ordered",
            "delivery.queue-size", "delivery.queue-wait", "delivery.slow-attempt", "delivery.slow-request", "delivery.timeout",
            "failure.backoff", "failure.max-attempts", "failure.on-failure", "failure.stall-timeout", "max-subscriptions",
            "max-subscriptions-per-token", "max-subscriptions-without-token", "story.max-distance", "story.window",
            "stream.client-buffer", "stream.cors.allowed-origins", "stream.cors.max-age", "stream.keep-alive", "stream.max-clients",
            "stream.max-clients-per-token", "stream.named-events", "stream.replay-events", "stream.retry-after", "topic-partitions",
            "write-timeout");

    @Override
    public String prefix() {
        return "tumen.alert";
    }

    @Override
    public List<String> names() {
        return NAMES.stream().map(n -> "tumen.alert." + n).toList();
    }
}
