package dev.tumen.ingest.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.ingest.files.ImportReport;
import dev.tumen.ingest.files.ImportRoot;
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
import java.nio.file.Path;

/**
 * {@code POST /imports {"path": …}}: imports a directory or file on the ingest host, synchronously.
 * Off unless {@code tumen.ingest.import-root} is set, admin scope only (AccessRules), confined to the root by
 * real path ({@link ImportRoot}).
 */
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's or an upstream's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "pages", description = "Pages pushed, fetched or imported")
@Controller("/imports")
@ExecuteOn(TaskExecutors.BLOCKING)
public class ImportsController {
    private final PageFileImporter importer;
    private final ImportRoot root;

    public ImportsController(PageFileImporter importer, @Nullable @Value("${tumen.ingest.import-root:}") String root) {
        this.importer = importer;
        this.root = new ImportRoot(root);
    }

    @Operation(operationId = "importPages", summary = "Imports the pages of a file or directory under the import root (admin)")
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    public ImportReport importPath(@Valid @Body ImportRequest request) {
        Path real = root.resolve(request.path());
        try {
            return importer.importPath(real, root);
        } catch (IOException e) {
            throw new Refusal(404, "not-found", "no importable file or directory at that path inside the import root");
        }
    }
}
