package dev.tumen.ingest.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.servers.Server;

/**
 * The head of this service's OpenAPI description, which micronaut-openapi generates from the controllers at compile
 * time and {@code ApiDescriptionController} serves at {@code /openapi/ingest.yml}.
 */
@OpenAPIDefinition(
        info = @Info(title = "Tumen ingest", version = "0.1.0", description = """
                Accepts pages (HTTP push, URL fetch, RSS/Atom feeds, file import) and publishes each distinct page once to tumen.pages.v1.
                Every error is `application/problem+json` (RFC 9457) whose `type` ends in a stable slug
                (e.g. `https://tumen.dev/problems/malformed-json`). Times are ISO-8601 strings.
                Outside the dev environment every endpoint except /health, /prometheus and /openapi requires
                `Authorization: Bearer <TUMEN_SECURITY_TOKEN>`.
                """),
        servers = @Server(url = "http://localhost:8081"),
        security = @SecurityRequirement(name = "bearer"))
final class ApiDescription {
    private ApiDescription() {
    }
}
