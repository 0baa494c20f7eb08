package dev.tumen.ingest.api;

import dev.tumen.ingest.files.ImportReport;
import dev.tumen.ingest.files.PageFileImporter;
import dev.tumen.ingest.page.Refusal;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code POST /imports {"path": …}}: imports a directory or file on the ingest host, synchronously.
 * Reading arbitrary host paths is powerful: the bearer token guards it outside dev, and
 * {@code tumen.ingest.import-root} confines it to one directory tree when set.
 */
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's or an upstream's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Controller("/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportsController {
    private final PageFileImporter importer;
    private final Path root;

    public ImportsController(PageFileImporter importer, @Nullable @Value("${tumen.ingest.import-root:}") String root) {
        this.importer = importer;
        this.root = root == null || root.isBlank() ? null : Path.of(root).toAbsolutePath().normalize();
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public ImportReport importPath(@Valid @Body ImportRequest request) {
        String pathText = request.path();
        Path path;
        try {
            path = Path.of(pathText);
        } catch (InvalidPathException e) {
            throw Refusal.badRequest("invalid-path", "not a valid path: " + e.getMessage());
        }
        if (!path.isAbsolute()) {
            throw Refusal.badRequest("invalid-path", "the path must be absolute, got '" + pathText + "'");
        }
        if (!Files.exists(path)) {
            throw new Refusal(404, "not-found", pathText + " does not exist on the ingest host");
        }
        try {
            Path real = path.toRealPath();
            if (root != null && !real.startsWith(root.toRealPath())) {
                throw new Refusal(403, "outside-import-root", pathText + " is outside tumen.ingest.import-root (" + root + ")");
            }
            return importer.importPath(real);
        } catch (IOException e) {
            throw new Refusal(422, "unreadable", "cannot read " + pathText + ": " + e.getMessage());
        }
    }
}
