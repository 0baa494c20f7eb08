package dev.tumen.ingest.api;

import dev.tumen.common.http.ApiDescriptionController;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of this service's OpenAPI description, which micronaut-openapi generates from the controllers at compile
 * time and {@code ApiDescriptionController} serves at {@code /openapi/ingest.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Tumen ingest", version = "0.1.0", license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0"),
                description =
                "Accepts pages (HTTP push, URL fetch, RSS/Atom feeds, file import) and publishes each distinct page once to tumen.pages.v1.\n"
                + ApiDescriptionController.CONVENTIONS),
        servers = @Server(url = "http://localhost:8081"),
        security = @SecurityRequirement(name = "bearer"))
final class ApiDescription {
    private ApiDescription() {
    }
}
