package dev.tumen.alert.subscription;

import java.util.List;

/**
 * The body of {@code POST /subscriptions} and {@code PUT /subscriptions/{id}}; validated by
 * {@link SubscriptionService} into a {@link dev.tumen.model.Subscription}.
 */
public record SubscriptionRequest(String name, String url, String format, String minSeverity, List<String> categories,
                                  List<String> languages, List<String> sources, List<String> keywords) {
}
