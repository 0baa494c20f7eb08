package dev.tumen.alert.api;

import dev.tumen.common.http.ApiDescriptionController;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of this service's OpenAPI description, which micronaut-openapi generates from the controllers at compile
 * time and {@code ApiDescriptionController} serves at {@code /openapi/alert.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Tumen alert", version = "0.1.0", license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0"),
                description =
                "Subscriptions, their delivery log and replay, and the live SSE stream of alerts.\n"
                + ApiDescriptionController.CONVENTIONS),
        servers = @Server(url = "http://localhost:8083"),
        security = @SecurityRequirement(name = "bearer"))
final class ApiDescription {
    private ApiDescription() {
    }
}
