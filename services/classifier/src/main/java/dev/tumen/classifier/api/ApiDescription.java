package dev.tumen.classifier.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of this service's OpenAPI description, which micronaut-openapi generates from the controllers at compile
 * time and {@code ApiDescriptionController} serves at {@code /openapi/classifier.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Tumen classifier", version = "0.1.0", description = """
                Labels a page synchronously through the same code as the Kafka pipeline: relevance, severity, categories, actors, evidence.
                Every error is `application/problem+json` (RFC 9457) whose `type` ends in a stable slug
                (e.g. `https://tumen.dev/problems/malformed-json`). Times are ISO-8601 strings.
                Outside the dev environment every endpoint except /health, /prometheus and /openapi requires
                `Authorization: Bearer <TUMEN_SECURITY_TOKEN>`.
                """),
        servers = @Server(url = "http://localhost:8082"),
        security = @SecurityRequirement(name = "bearer"))
final class ApiDescription {
    private ApiDescription() {
    }
}
