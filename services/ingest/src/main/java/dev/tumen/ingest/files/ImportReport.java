package dev.tumen.ingest.files;

import java.util.List;

/**
 * What an import did. {@code errors} lists at most the first 100 failures as "file[:line]: reason".
 */
public record ImportReport(int files, int published, int duplicates, int failed, List<String> errors) {
}
