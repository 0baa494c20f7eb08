package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One title per problem type, every type the code answers with is catalogued, and docs/problems.md says the same. */
class ProblemTypesTest {
    /** Every way the services name the slug of an answer they build. */
    private static final Pattern SLUG_AT_THROW_SITE = Pattern.compile("(?:ProblemException\\(\\s*[\\w.]+,\\s*"
            + "|ProblemException\\.\\w+\\(\\s*|Refusal\\(\\s*\\d+,\\s*|Refusal\\.\\w+\\(\\s*|retryLater\\(\\s*\\w+,\\s*"
            + "|Unavailable\\(\\s*|Problem\\.of\\(\\s*)\"([a-z0-9-]+)\"");
    private static final Pattern DOC_ROW = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| ([^|]+?) \\|");
    private static final Path SERVICES = Path.of("..");

    @Test
    void everySlugTheCodeAnswersWithHasATitle() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SERVICES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")).toList()) {
                Matcher m = SLUG_AT_THROW_SITE.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertTrue(found.size() > 30, "the scan found the throw sites: " + found);
        // The framework's own answers (http-<status> falls back to the reason phrase by design), ProblemBodyFilter's
        // forbidden, and the outbound reasons ingest passes on by variable.
        for (HttpStatus status : HttpStatus.values()) {
            String slug = ProblemErrorResponseProcessor.slug(status);
            if (!slug.startsWith("http-")) {
                found.add(slug);
            }
        }
        found.addAll(List.of("forbidden", "invalid-url", "scheme", "userinfo", "unresolvable"));
        found.removeAll(ProblemTypes.all().keySet());
        assertEquals(Set.of(), found, "slugs the code answers with but ProblemTypes does not title (add them there and to docs/problems.md)");
    }

    @Test
    void theDocumentListsTheSameTypesAndTitlesInTheSameOrder() throws IOException {
        Path doc = SERVICES.resolve("../docs/problems.md");
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = DOC_ROW.matcher(Files.readString(doc));
        while (m.find()) {
            documented.put(m.group(1), m.group(2));
        }
        assertEquals(List.copyOf(ProblemTypes.all().entrySet()), List.copyOf(documented.entrySet()));
    }

    @Test
    void titlesAreDistinctAndSlugsWellFormed() {
        Set<String> titles = new HashSet<>();
        ProblemTypes.all().forEach((slug, title) -> {
            assertTrue(slug.matches("[a-z][a-z0-9]*(-[a-z0-9]+)*"), slug);
            assertTrue(titles.add(title), "two types titled " + title);
        });
    }

    @Test
    void aTypeKeepsItsTitleWhateverStatusAndPathAnswerIt() {
        assertEquals("Not text", new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "binary-content", "a PDF").toProblem("/").title());
        assertEquals("Not text", new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "binary-content", "NUL").toProblem("/").title());
        assertEquals("Not found", ProblemException.notFound("feed f1").toProblem("/feeds/f1").title());
        assertEquals("Not found", Problem.of("not-found", HttpStatus.NOT_FOUND, "Page Not Found", "/x", Map.of()).title());
        assertEquals("Conflict", Problem.of("http-409", HttpStatus.CONFLICT, "Conflict", "/x", Map.of()).title());
    }
}
