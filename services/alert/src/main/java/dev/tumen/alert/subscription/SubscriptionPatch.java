package dev.tumen.alert.subscription;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The body of {@code PATCH /subscriptions/{id}}: a field given replaces the current one, a field absent or
 * {@code null} keeps it (clear a list with {@code []}). The result is validated as a whole {@link SubscriptionRequest}.
 */
@Introspected
public record SubscriptionPatch(@Nullable String name, @Nullable String url, @Nullable String format, @Nullable String minSeverity,
                                @Nullable List<String> categories, @Nullable List<String> languages, @Nullable List<String> sources,
                                @Nullable List<String> keywords) {

    SubscriptionRequest applyTo(SubscriptionRequest r) {
        return new SubscriptionRequest(or(name, r.name()), or(url, r.url()), or(format, r.format()), or(minSeverity, r.minSeverity()),
                or(categories, r.categories()), or(languages, r.languages()), or(sources, r.sources()), or(keywords, r.keywords()));
    }

    private static <T> T or(T given, T current) {
        return given != null ? given : current;
    }
}
