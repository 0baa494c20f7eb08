package dev.tumen.ingest.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of {@code POST /feeds}.
 *
 * @param url             the RSS or Atom feed
 * @param name            display name, the {@code source} of its pages (default: the feed's host)
 * @param intervalSeconds polling interval in seconds (the registry refuses one below its minimum with 400) (default {@code tumen.ingest.feeds.default-interval})
 * @param paused          add it paused
 */
@Introspected
public record FeedRequest(@NotBlank String url, @Nullable String name, @Nullable Long intervalSeconds,
                          @Nullable Boolean paused) {
}
