package dev.tumen.ingest.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of {@code POST /fetch}.
 *
 * @param url    the page to fetch, http(s)
 * @param source the outlet shown with alerts (default: the URL's host)
 */
@Introspected
public record FetchRequest(@NotBlank String url, @Nullable String source) {
}
