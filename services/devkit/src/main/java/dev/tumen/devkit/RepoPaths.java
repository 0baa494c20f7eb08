package dev.tumen.devkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository, the built service jars and {@code ../shared} are. */
public final class RepoPaths {
    private RepoPaths() {
    }

    /** The repository root: {@code -Dtumen.home} / {@code -Dtumen.repo.root}, else the nearest parent holding {@code mvnw}. */
    public static Path root() {
        for (String key : new String[] {"tumen.home", "tumen.repo.root"}) {
            String value = System.getProperty(key);
            if (value != null && !value.isBlank()) {
                return Path.of(value).toAbsolutePath().normalize();
            }
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("services"))) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find the Tumen repository root (no mvnw above " + Path.of("").toAbsolutePath() + ")");
    }

    /** The runnable jar of a service module, e.g. {@code services/ingest/target/ingest-0.1.0-SNAPSHOT.jar}. */
    public static Path serviceJar(String service) {
        // -Dtumen.jars=DIR runs jars copied aside, so a rebuild cannot swap a jar under a running process.
        String jars = System.getProperty("tumen.jars");
        Path target = jars != null && !jars.isBlank() ? Path.of(jars)
                : root().resolve("services").resolve(service).resolve("target");
        try (var files = Files.list(target)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(service + "-") && n.endsWith(".jar") && !n.contains("original") && !n.contains("sources")
                        && !n.contains("tests");
            }).findFirst().orElseThrow(() -> new IllegalStateException("no jar in " + target + ": build with ./mvnw -DskipTests package"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no " + target + ": build with ./mvnw -DskipTests package", e);
        }
    }

    public static Path seedsPages() {
        return root().resolve("seeds").resolve("pages");
    }

    /** {@code ../shared} next to the repository, or {@code null} when it is not there. */
    public static Path shared() {
        Path shared = root().resolve("..").resolve("shared").normalize();
        return Files.isDirectory(shared) ? shared : null;
    }
}
