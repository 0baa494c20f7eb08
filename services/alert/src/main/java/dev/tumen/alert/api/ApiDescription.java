package dev.tumen.alert.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of this service's OpenAPI description, which micronaut-openapi generates from the controllers at compile
 * time and {@code ApiDescriptionController} serves at {@code /openapi/alert.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Tumen alert", version = "0.1.0", description = """
                Subscriptions, their delivery log and replay, and the live SSE stream of alerts.
                Every error is `application/problem+json` (RFC 9457) whose `type` ends in a stable slug
                (e.g. `https://tumen.dev/problems/malformed-json`). Times are ISO-8601 strings.
                Outside the dev environment every endpoint except /health, /prometheus and /openapi requires
                `Authorization: Bearer <TUMEN_SECURITY_TOKEN>`.
                """),
        servers = @Server(url = "http://localhost:8083"),
        security = @SecurityRequirement(name = "bearer"))
final class ApiDescription {
    private ApiDescription() {
    }
}
