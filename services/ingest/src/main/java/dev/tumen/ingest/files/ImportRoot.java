package dev.tumen.ingest.files;

import dev.tumen.ingest.page.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where {@code POST /imports} may read: nowhere unless {@code tumen.ingest.import-root} is set, and then only files
 * whose real path (every symlink resolved) lies inside the root's real path. A path that does not exist, lies
 * outside, escapes through a symlink or cannot be read gets one and the same answer, so the endpoint tells nothing
 * about the host's files.
 */
public final class ImportRoot {
    private final Path root;

    /** @param configured {@code tumen.ingest.import-root}; blank turns imports off */
    public ImportRoot(String configured) {
        if (configured == null || configured.isBlank()) {
            this.root = null;
            return;
        }
        Path real;
        try {
            real = Path.of(configured).toAbsolutePath().normalize().toRealPath();
        } catch (IOException | InvalidPathException e) {
            throw new io.micronaut.context.exceptions.ConfigurationException("tumen.ingest.import-root " + configured
                    + " is not an existing directory");
        }
        if (!Files.isDirectory(real)) {
            throw new io.micronaut.context.exceptions.ConfigurationException("tumen.ingest.import-root " + configured
                    + " is not an existing directory");
        }
        // the third outside review set it to "/": an admin token could then import /etc/shadow or a key file as a page
        if (real.getParent() == null || SYSTEM_TREES.stream().anyMatch(t -> real.startsWith(Path.of(t)))) {
            throw new io.micronaut.context.exceptions.ConfigurationException("tumen.ingest.import-root " + configured
                    + " would let imports read the host's own files: use a directory that holds only pages to import");
        }
        this.root = real;
    }

    /** The host's own trees (configuration, keys, processes, devices), which no directory of pages lies in. */
    private static final java.util.List<String> SYSTEM_TREES = java.util.List.of("/etc", "/proc", "/sys", "/dev", "/boot",
            "/root", "/run", "/var/run");

    public boolean enabled() {
        return root != null;
    }

    /**
     * The real path of {@code pathText} (absolute, or relative to the root) when it may be imported.
     *
     * @throws Refusal 403 {@code imports-disabled} without a root, 400 for a malformed path, else 404 {@code not-found}
     */
    public Path resolve(String pathText) {
        if (root == null) {
            throw new Refusal(403, "imports-disabled", "file imports are off: set tumen.ingest.import-root to the directory "
                    + "imports may read");
        }
        Path path;
        try {
            path = Path.of(pathText);
        } catch (InvalidPathException e) {
            throw Refusal.badRequest("invalid-path", "not a valid path");
        }
        Path absolute = path.isAbsolute() ? path : root.resolve(path);
        try {
            Path real = absolute.toRealPath();
            if (contains(real) && Files.isReadable(real)) {
                return real;
            }
        } catch (IOException | SecurityException e) {
            // the same answer as outside the root
        }
        throw notFound();
    }

    /** Whether a file found below the root may be read: a regular file, not a link, really inside the root. */
    public boolean readable(Path file) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && contains(file.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The path as reported back: relative to the root, so answers never name the host's directories. */
    public String display(Path file) {
        return root != null && file.startsWith(root) ? root.relativize(file).toString() : file.getFileName().toString();
    }

    private boolean contains(Path real) {
        return real.startsWith(root);
    }

    private static Refusal notFound() {
        return new Refusal(404, "not-found", "no importable file or directory at that path inside the import root");
    }
}
