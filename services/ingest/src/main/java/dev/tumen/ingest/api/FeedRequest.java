package dev.tumen.ingest.api;

import dev.tumen.common.http.TextConstraints;
import dev.tumen.common.http.TextFields;
import dev.tumen.ingest.feed.Feed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of {@code POST /feeds}.
 *
 * @param url             the RSS or Atom feed; at most 2,048 characters once its non-ASCII characters are percent-encoded (UTF-8): a longer one is refused (400 invalid-url)
 * @param name            display name, the {@code source} of its pages (default: the feed's host); must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)
 * @param intervalSeconds polling interval in seconds (the registry refuses one below its minimum with 400; at most 2,592,000, 30 days) (default {@code tumen.ingest.feeds.default-interval})
 * @param paused          add it paused
 */
@Introspected
public record FeedRequest(@NotBlank @Size(max = TextFields.MAX_URL) String url,
                          @Nullable @TextConstraints.Visible @Size(max = TextFields.MAX_NAME) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String name, @Nullable @Max(Feed.MAX_INTERVAL_SECONDS) Long intervalSeconds,
                          @Nullable Boolean paused) {
}
