package dev.tumen.classifier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled material next to the repository ({@code <root>/../shared}); tests that read it skip when it is absent. */
public final class SharedFiles {
    private SharedFiles() {
    }

    public static Path repoRoot() {
        String prop = System.getProperty("tumen.repo.root");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** A file under shared/, or the test is skipped with a message saying which file was missing. */
    public static Path require(String relative) {
        Path p = repoRoot().resolveSibling("shared").resolve(relative).normalize();
        assumeTrue(Files.exists(p), "shared material not present, skipping: " + p);
        return p;
    }

    /** Every page of the dev corpora as title, blank line, text; skips the test when they are absent. */
    public static List<String> devCorpusTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("corpus/dev.jsonl", "corpus/dev2.jsonl")) {
            for (String line : Files.readAllLines(require(file))) {
                if (!line.isBlank()) {
                    JsonNode item = json.readTree(line);
                    texts.add(item.path("title").asText("") + "\n\n" + item.path("text").asText(""));
                }
            }
        }
        return texts;
    }
}
