package dev.tumen.ingest.files;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.tumen.common.http.TextFields;
import dev.tumen.ingest.page.IncomingPage;
import dev.tumen.ingest.page.PageIntake;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.ingest.page.TextDecoder;
import dev.tumen.ingest.page.UnpublishablePages;
import dev.tumen.model.Json;
import dev.tumen.model.UnicodeStringDeserializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports pages from files in the {@code seeds/pages/} format: one page per {@code .txt}, {@code .html}
 * or {@code .htm} file (page chrome included; content type from the extension; charset sniffed like a
 * fetched page), and {@code .jsonl} files of pushed-page objects. Other files, {@code README.md} and
 * {@code labels.jsonl} (expected labels, not pages) are skipped.
 *
 * <p>A page that can never be published (too large, not text, not a page) is in the report and, as the report
 * may be the only trace of it, in the pages' dead-letter topic with its file and the reason ({@link UnpublishablePages}).
 * A page refused only because Kafka is busy (429: too many pages waiting for its acknowledgement) is tried again,
 * with backoff, for up to {@code busyTimeout}; one still refused then is reported and dead-lettered the same way.
 * Nothing read from a file is dropped without a trace.
 */
public class PageFileImporter {
    private static final ObjectReader LINE_READER = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final Logger LOG = LoggerFactory.getLogger(PageFileImporter.class);
    private static final Set<String> SKIPPED_NAMES = Set.of("labels.jsonl", "readme.md");
    private static final int MAX_ERRORS = 100;

    private final PageIntake intake;
    private final UnpublishablePages unpublishable;
    private final int progressEvery;
    private final long maxFileBytes;
    private final Duration busyTimeout;

    /** @param busyTimeout how long one page is tried again while Kafka is busy (429) before it is dead-lettered */
    public PageFileImporter(PageIntake intake, UnpublishablePages unpublishable, int progressEvery, long maxFileBytes,
                            Duration busyTimeout) {
        this.intake = intake;
        this.unpublishable = unpublishable;
        this.progressEvery = progressEvery;
        this.maxFileBytes = maxFileBytes;
        this.busyTimeout = busyTimeout;
    }

    /** Imports a directory (recursively, in name order) or one file; the operator's start-up import, unconfined. */
    public ImportReport importPath(Path path) throws IOException {
        return importPath(path, null);
    }

    /**
     * Imports a directory or one file that {@link ImportRoot#resolve} returned: symlinks are not followed (a link
     * inside the root could lead anywhere), and errors name files relative to the root and never quote their content.
     */
    public ImportReport importPath(Path path, ImportRoot root) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(p -> root == null ? Files.isRegularFile(p) : root.readable(p))
                        .filter(PageFileImporter::isPageFile).sorted().toList();
            }
        } else if (root != null ? root.readable(path) : Files.isRegularFile(path)) {
            files = isPageFile(path) ? List.of(path) : List.of();
        } else {
            throw new java.nio.file.NoSuchFileException(path.toString());
        }
        Tally tally = new Tally(root == null ? Path::toString : root::display);
        long start = System.nanoTime();
        for (Path file : files) {
            tally.files++;
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".jsonl")) {
                importJsonl(file, tally);
            } else {
                importPage(file, name.endsWith(".txt") ? "text/plain" : "text/html", tally);
            }
            if (progressEvery > 0 && tally.files % progressEvery == 0) {
                LOG.info("import {}: {}/{} files, {} published, {} duplicates, {} failed ({} s)", path, tally.files, files.size(),
                        tally.published, tally.duplicates, tally.failed, (System.nanoTime() - start) / 1_000_000_000);
            }
        }
        LOG.info("import {} done: {} files, {} published, {} duplicates, {} failed", path, tally.files, tally.published,
                tally.duplicates, tally.failed);
        return new ImportReport(tally.files, tally.published, tally.duplicates, tally.failed, List.copyOf(tally.errors));
    }

    static boolean isPageFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (SKIPPED_NAMES.contains(name) || name.startsWith(".")) {
            return false;
        }
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".jsonl");
    }

    private void importPage(Path file, String contentType, Tally tally) {
        try {
            if (Files.size(file) > maxFileBytes) {
                throw new Refusal(413, "body-too-large", "larger than " + maxFileBytes + " bytes");
            }
            byte[] bytes;
            try (var in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            }
            if (bytes.length > maxFileBytes) {
                throw new Refusal(413, "body-too-large", "larger than " + maxFileBytes + " bytes");
            }
            String text = TextDecoder.decode(bytes, null, false).text();
            tally.count(accept(new IncomingPage(null, text, contentType, "file", "file", null, null)));
        } catch (Refusal r) {
            if (r.status() == 503) {
                throw r;
            }
            unpublishable(tally, tally.display.apply(file), r, fileSha256(file));
        } catch (IOException e) {
            tally.fail(tally.display.apply(file), "unreadable");
        }
    }

    /**
     * Hands one page to the intake, waiting out a busy Kafka (429): an import has no caller to send away, and a busy
     * producer frees up as soon as its pages are acknowledged, so the backoff starts short (10 ms, doubling to the
     * refusal's Retry-After).
     */
    private PageIntake.Outcome accept(IncomingPage page) {
        long deadline = System.nanoTime() + busyTimeout.toNanos();
        long waitMillis = 10;
        while (true) {
            try {
                return intake.accept(page);
            } catch (Refusal r) {
                if (r.status() != 429) {
                    throw r;
                }
                if (System.nanoTime() + waitMillis * 1_000_000 > deadline) {
                    throw new Refusal(429, r.reason(), r.getMessage() + "; still refused after " + busyTimeout.toMillis()
                            + " ms of trying again (tumen.ingest.import-busy-timeout)", r);
                }
                try {
                    Thread.sleep(waitMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    // Shutting down: the import ends unfinished, as when Kafka is unavailable, and can be run again.
                    throw new Refusal(503, "interrupted", "the import was interrupted while Kafka was busy", e);
                }
                waitMillis = Math.min(waitMillis * 2, Math.max(10, r.retryAfterSeconds() * 1000L));
            }
        }
    }

    /**
     * A page of {@code where} that is not published: in the report, and in the dead-letter topic with the reason and
     * {@code contentSha256}, the digest of its bytes, which names it with its place.
     */
    private void unpublishable(Tally tally, String where, Refusal r, String contentSha256) {
        tally.fail(where, r.reason());
        unpublishable.deadLetter(new UnpublishablePages.Unpublishable("file", "file", null, where, null, null, r.reason(),
                r.getMessage(), contentSha256));
    }

    /**
     * The SHA-256 (hex) of {@code file}'s bytes, read to its end (a file refused as too large too), or {@code null} when
     * it cannot be read again: the refused page's content, which names its dead letter with its place.
     */
    private static String fileSha256(Path file) {
        java.security.MessageDigest digest = JsonLines.sha256();
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            return null;
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    private void importJsonl(Path file, Tally tally) {
        try (var in = Files.newInputStream(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            JsonLines lines = new JsonLines(in, maxFileBytes);
            String line;
            int lineNo = 0;
            while ((line = lines.next()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    if (line == JsonLines.TOO_LONG) {
                        throw new Refusal(413, "body-too-large", "a line larger than " + maxFileBytes + " bytes");
                    }
                    if (line == JsonLines.NOT_UTF8) {
                        throw new Refusal(422, "wrong-encoding", "the line is not UTF-8 text (JSON lines are UTF-8, RFC 8259)");
                    }
                    tally.count(accept(fromJson(parseLine(line), "file")));
                } catch (Refusal r) {
                    if (r.status() == 503) {
                        throw r;
                    }
                    unpublishable(tally, tally.display.apply(file) + ":" + lineNo, r, lines.lineSha256());
                } catch (IOException e) {
                    // Parser messages quote the offending text: a file's content never goes into an answer or a log.
                    unpublishable(tally, tally.display.apply(file) + ":" + lineNo, Refusal.badRequest("not-json", "the line is not JSON"),
                            lines.lineSha256());
                }
            }
        } catch (IOException e) {
            tally.fail(tally.display.apply(file), "unreadable");
        }
    }

    /**
     * One JSON-lines line as JSON: one value and nothing after it. A line of two objects, or of one and some text, was
     * imported as its first object (probe of session 27), as an HTTP body was.
     */
    public static JsonNode parseLine(String line) throws IOException {
        return LINE_READER.readTree(line);
    }

    /** A pushed-page JSON object ({@code url, content, contentType, source, published, title}) as an {@link IncomingPage}. */
    public static IncomingPage fromJson(JsonNode node, String channel) {
        if (node == null || !node.isObject()) {
            throw Refusal.badRequest("not-an-object", "expected a JSON object with at least \"content\"");
        }
        JsonNode content = node.get("content");
        if (content == null || content.isNull()) {
            throw Refusal.badRequest("missing-content", "\"content\" is required");
        }
        if (!content.isTextual()) {
            throw Refusal.badRequest("invalid-field", "\"content\" must be a string");
        }
        unicode("content", content.asText());
        Instant published = null;
        String publishedText = text(node, "published");
        if (publishedText != null) {
            try {
                published = Instant.parse(publishedText);
            } catch (DateTimeParseException e) {
                try {
                    published = java.time.OffsetDateTime.parse(publishedText).toInstant();
                } catch (DateTimeParseException e2) {
                    throw Refusal.badRequest("invalid-field", "\"published\" must be an ISO-8601 time such as 2025-01-14T09:30:00Z, got '"
                            + publishedText + "'");
                }
            }
        }
        String source = text(node, "source");
        if (source != null && (source.length() > TextFields.MAX_NAME || !TextFields.isOneLine(source))) {
            throw Refusal.badRequest("invalid-field", "\"source\" " + TextFields.ONE_LINE_MESSAGE + ", at most " + TextFields.MAX_NAME
                    + " characters");
        }
        if (source != null && !TextFields.hasVisible(source)) {
            // Read as no source at all: a value given and not applied is refused, as on POST /pages (session 38).
            throw Refusal.badRequest("invalid-field", "\"source\" " + TextFields.VISIBLE_MESSAGE);
        }
        String title = text(node, "title");
        if (title != null && (title.length() > TextFields.MAX_TITLE || !TextFields.isText(title))) {
            throw Refusal.badRequest("invalid-field", "\"title\" " + TextFields.TEXT_MESSAGE + ", at most " + TextFields.MAX_TITLE
                    + " characters");
        }
        return new IncomingPage(text(node, "url"), content.asText(), text(node, "contentType"),
                source == null ? channel : source, channel, title, published);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw Refusal.badRequest("invalid-field", "\"" + field + "\" must be a string");
        }
        return unicode(field, v.asText());
    }

    /** A line's string read as a pushed page's is ({@link UnicodeStringDeserializer}): half a surrogate pair is no text. */
    private static String unicode(String field, String value) {
        int at = UnicodeStringDeserializer.unpairedSurrogate(value);
        if (at >= 0) {
            throw Refusal.badRequest("invalid-field", String.format("\"%s\" is not Unicode text: an unpaired surrogate (\\u%04X) at character %d",
                    field, (int) value.charAt(at), at));
        }
        return value;
    }

    private static final class Tally {
        int files;
        int published;
        int duplicates;
        int failed;
        final List<String> errors = new ArrayList<>();
        /** How a file is named in errors: relative to the import root for callers of the API. */
        final java.util.function.Function<Path, String> display;

        Tally(java.util.function.Function<Path, String> display) {
            this.display = display;
        }

        void count(PageIntake.Outcome outcome) {
            if (outcome.duplicate()) {
                duplicates++;
            } else {
                published++;
            }
        }

        void fail(String where, String reason) {
            failed++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(where + ": " + reason);
            }
            LOG.warn("import: {}: {}", where, reason);
        }
    }
}
