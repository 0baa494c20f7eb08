package dev.tumen.common.http;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Serves the API descriptions as {@code application/yaml} (RFC 9512): the OpenAPI document micronaut-openapi generated
 * from this service's controllers at compile time ({@code META-INF/swagger/<service>.yml}), e.g.
 * {@code /openapi/ingest.yml}. Open without a token, like health and metrics.
 */
@Controller("/openapi")
@Hidden
public class ApiDescriptionController {
    public static final String YAML = "application/yaml";
    /**
     * The paragraph every service's {@code @OpenAPIDefinition} description ends with; a compile-time constant so the
     * annotations can concatenate it after their own first line.
     */
    public static final String CONVENTIONS = """
            Every error is `application/problem+json` (RFC 9457) whose `type` ends in a stable slug
            (e.g. `https://tumen.dev/problems/malformed-json`) and whose `title` is the same for every answer of that type;
            the repository's docs/problems.md lists them all. Times are ISO-8601 strings. A value of another JSON
            type than its schema's (`"12"` for an integer, `["x"]` for a string, `1` for a boolean) is refused with
            400 `invalid-field` naming the field, never converted. A query parameter the operation does not read is
            400 `unknown-parameter`; one given twice or not of its type is 400 `invalid-parameter`. A JSON body of more than
            10,000 tokens (fields it does not read included) or nested deeper than 1,000 levels is 413 `json-too-complex`.
            Outside the dev environment every endpoint except /health, /prometheus and /openapi requires
            `Authorization: Bearer <TUMEN_SECURITY_TOKEN>`. Any operation may answer 408 (problem+json, then the
            connection is closed) when the request headers are not complete `TUMEN_HTTP_HEADER_TIMEOUT` after their
            first byte, or its body `TUMEN_HTTP_BODY_TIMEOUT` after its headers, and 503 `overloaded` with
            `Retry-After` when the service already holds `TUMEN_HTTP_MAX_PENDING_REQUESTS` requests.
            """;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.ya?ml");
    /**
     * micronaut-openapi 6.19 merges the request bodies of one path's operations (JSON and raw page) by copying each
     * media type's example over a missing one, and swagger-core then writes the copied nothing as {@code example: null}.
     * A null is not a valid example of an object schema: validators flag it and documentation tools show "null" as the
     * body to send. The generator offers no switch for it, so the served document drops those lines.
     */
    private static final Pattern NULL_EXAMPLE = Pattern.compile("(?m)^[ \\t]*example: null[ \\t]*\\r?\\n");

    private final ResourceResolver resources;

    public ApiDescriptionController(ResourceResolver resources) {
        this.resources = resources;
    }

    @Get(uri = "/{file}", produces = YAML)
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> describe(@PathVariable String file) {
        if (!NAME.matcher(file).matches()) {
            throw ProblemException.notFound("API description " + file);
        }
        try (InputStream in = resources.getResourceAsStream("classpath:META-INF/swagger/" + file)
                .orElseThrow(() -> ProblemException.notFound("API description " + file))) {
            return HttpResponse.ok(published(in.readAllBytes())).contentType(YAML);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as it is served: the generated one without the generator's null examples. */
    public static byte[] published(byte[] generated) {
        String yaml = new String(generated, java.nio.charset.StandardCharsets.UTF_8);
        return NULL_EXAMPLE.matcher(yaml).replaceAll("").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
