package dev.tumen.ingest.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;

/**
 * The body of {@code PATCH /feeds/{id}}: only the fields present change.
 *
 * @param name            display name
 * @param intervalSeconds polling interval in seconds (the registry refuses one below its minimum with 400)
 * @param paused          paused or not
 */
@Introspected
public record FeedChange(@Nullable String name, @Nullable Long intervalSeconds, @Nullable Boolean paused) {
}
