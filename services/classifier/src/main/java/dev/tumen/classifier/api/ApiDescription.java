package dev.tumen.classifier.api;

import dev.tumen.common.http.ApiDescriptionController;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of this service's OpenAPI description, which micronaut-openapi generates from the controllers at compile
 * time and {@code ApiDescriptionController} serves at {@code /openapi/classifier.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Tumen classifier", version = "0.1.0", license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0"),
                description =
                "Labels a page synchronously through the same code as the Kafka pipeline: relevance, severity, categories, actors, evidence.\n"
                + ApiDescriptionController.CONVENTIONS),
        servers = @Server(url = "http://localhost:8082"),
        security = @SecurityRequirement(name = "bearer"))
final class ApiDescription {
    private ApiDescription() {
    }
}
