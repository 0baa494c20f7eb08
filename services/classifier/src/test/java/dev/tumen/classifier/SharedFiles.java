package dev.tumen.classifier;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
