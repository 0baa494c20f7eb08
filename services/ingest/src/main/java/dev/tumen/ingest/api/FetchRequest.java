package dev.tumen.ingest.api;

import dev.tumen.common.http.TextConstraints;
import dev.tumen.common.http.TextFields;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of {@code POST /fetch}.
 *
 * @param url    the page to fetch, http(s); at most 2,048 characters once its non-ASCII characters are percent-encoded (UTF-8): a longer one is refused (400 invalid-url)
 * @param source the outlet shown with alerts (default: the URL's host); must hold a letter, digit, punctuation mark or symbol: spaces or invisible characters alone are refused (422)
 */
@Introspected
public record FetchRequest(@NotBlank @Size(max = TextFields.MAX_URL) String url,
                           @Nullable @TextConstraints.Visible @Size(max = TextFields.MAX_NAME) @Pattern(regexp = TextFields.ONE_LINE, message = TextFields.ONE_LINE_MESSAGE) String source) {
}
