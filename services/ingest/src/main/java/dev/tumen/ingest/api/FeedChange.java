package dev.tumen.ingest.api;

import dev.tumen.common.http.TextConstraints;
import dev.tumen.common.http.TextFields;
import dev.tumen.ingest.feed.Feed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * The body of {@code PATCH /feeds/{id}}: only the fields present change.
 *
 * @param name            display name; must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)
 * @param intervalSeconds polling interval in seconds (the registry refuses one below its minimum with 400; at most 2,592,000, 30 days)
 * @param paused          paused or not
 */
@Introspected
public record FeedChange(@Nullable @TextConstraints.Visible @Size(max = TextFields.MAX_NAME) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE)
                         String name,
                         @Nullable @Max(Feed.MAX_INTERVAL_SECONDS) Long intervalSeconds, @Nullable Boolean paused) {
}
