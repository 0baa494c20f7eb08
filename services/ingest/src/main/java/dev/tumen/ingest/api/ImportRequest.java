package dev.tumen.ingest.api;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;

/**
 * The body of {@code POST /imports}.
 *
 * @param path an absolute path of a directory or file on the ingest host
 */
@Introspected
public record ImportRequest(@NotBlank String path) {
}
