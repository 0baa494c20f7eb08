package dev.tumen.alert.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tumen.common.logging.UrlRedaction;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API shows it: never its secrets, except {@code secret} right after creation or rotation.
 *
 * @param url      the webhook URL; a caller whose token may only read sees its origin, {@code https://host/…}
 * @param rotating true while a previous secret still signs too
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(String id, String name, String url, String format, Severity minSeverity, List<Category> categories,
                               List<String> languages, List<String> sources, List<String> keywords, boolean paused,
                               boolean rotating, Instant createdAt, Instant updatedAt, String secret) {

    public static SubscriptionView of(Subscription s) {
        return of(s, null);
    }

    /**
     * The same view with the webhook URL cut to its origin ({@code https://hooks.example/…}): for callers who may read
     * subscriptions but not change them. A chat webhook's URL is itself the key to post in that channel.
     */
    public SubscriptionView originOnly() {
        return new SubscriptionView(id, name, UrlRedaction.origin(url), format, minSeverity, categories, languages, sources, keywords,
                paused, rotating, createdAt, updatedAt, secret);
    }

    public static SubscriptionView of(Subscription s, String secret) {
        return new SubscriptionView(s.id(), s.name(), s.url(), s.format(), s.minSeverity(), s.categories(), s.languages(), s.sources(),
                s.keywords(), s.paused(), s.secrets().size() > 1, s.createdAt(), s.updatedAt(), secret);
    }
}
