package dev.tumen.alert.subscription;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tumen.common.http.TextFields;
import dev.tumen.common.logging.UrlRedaction;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A subscription as the API shows it: never its secrets, except {@code secret} right after creation or rotation.
 *
 * @param url      the webhook URL; a caller whose token may only read sees its origin, {@code https://host/…}
 * @param rotating   true while a previous secret still signs too
 * @param status     {@code held} when the subscription is kept but delivered nothing because its stored webhook URL
 *                   breaks a host rule made after it was stored ({@link SubscriptionStore#heldReason}); else
 *                   {@code active} (a paused one too: {@code paused} says that)
 * @param heldReason for a held subscription, the rule its URL breaks and how to release it; absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(String id, String name, String url, String format, Severity minSeverity, List<Category> categories,
                               List<String> languages, List<String> sources, List<String> keywords, boolean paused,
                               boolean rotating, Instant createdAt, Instant updatedAt, String secret,
                               @Schema(allowableValues = {ACTIVE, HELD}, accessMode = Schema.AccessMode.READ_ONLY,
                                       description = "held: kept and listed, but delivered nothing, because its webhook URL "
                                               + "breaks a host rule made after it was stored (heldReason says which); a "
                                               + "change of its url to one the rules take releases it. A paused "
                                               + "subscription is active here and paused true.")
                               String status,
                               @Schema(accessMode = Schema.AccessMode.READ_ONLY,
                                       description = "why a held subscription is delivered nothing; absent unless status is held")
                               String heldReason) {

    public static final String ACTIVE = "active";
    public static final String HELD = "held";

    /** The view of a subscription that is not held. */
    public static SubscriptionView of(Subscription s) {
        return of(s, null);
    }

    /**
     * The view of {@code s}, held when {@code heldReason} is not null. A held subscription was listed as any other, so a
     * client reading it could not tell that nothing reached its receiver (the thirteenth review's note).
     */
    public static SubscriptionView of(Subscription s, String secret, String heldReason) {
        return new SubscriptionView(s.id(), TextFields.shownAsOneLine(s.name()), s.url(), s.format(), s.minSeverity(), s.categories(),
                s.languages(), shown(s.sources()), shown(s.keywords()), s.paused(), s.secrets().size() > 1, s.createdAt(), s.updatedAt(),
                secret, heldReason == null ? ACTIVE : HELD, heldReason);
    }

    /**
     * Texts as the API shows them: a record read from the topic never passed the request's one-line rule (written before
     * it, or by whoever may write the topic), so a name holding U+202E was listed as stored, reversing what followed it
     * for whoever read the list (review of session 45). What that rule refuses is shown as its escape; what the API took
     * reads back exactly as given.
     */
    private static List<String> shown(List<String> texts) {
        return texts == null ? null : texts.stream().map(TextFields::shownAsOneLine).toList();
    }

    /**
     * The same view with the webhook URL cut to its origin ({@code https://hooks.example/…}): for callers who may read
     * subscriptions but not change them. A chat webhook's URL is itself the key to post in that channel.
     */
    public SubscriptionView originOnly() {
        return new SubscriptionView(id, name, UrlRedaction.origin(url), format, minSeverity, categories, languages, sources, keywords,
                paused, rotating, createdAt, updatedAt, secret, status, heldReason);
    }

    public static SubscriptionView of(Subscription s, String secret) {
        return of(s, secret, null);
    }
}
