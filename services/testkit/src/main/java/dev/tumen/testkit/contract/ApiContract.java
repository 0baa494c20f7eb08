package dev.tumen.testkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an HTTP IT's response against the OpenAPI document the service itself serves (generated from its code), so
 * a response that does not match its description fails the build: status, content type and body schema. Used by
 * the HTTP helpers of every service's ITs, the fuzzer's client and the event-stream readers.
 *
 * <p>Only described operations are checked: metrics, the description itself and deliberate probes of unknown paths
 * or methods are outside the contract. Health, the stream's CORS preflight and the raw 408 of a header-read timeout
 * are described (each service's {@code src/main/openapi}) and so checked like any other answer.
 */
public final class ApiContract {
    private static final String EVENT_STREAM = "text/event-stream";
    private static final Map<URI, Description> DESCRIPTIONS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One served document: the interaction validator, and the parsed model for what it cannot do (event streams). */
    private record Description(OpenApiInteractionValidator validator, OpenAPI api) {
    }

    private ApiContract() {
    }

    /**
     * Fails with an {@link AssertionError} listing every mismatch when {@code response} does not match the operation
     * it answered in the description served at {@code descriptionPath} (e.g. {@code /openapi/ingest.yml}) by the same
     * server.
     *
     * @return {@code response}, for chaining
     */
    public static <T> HttpResponse<T> check(HttpResponse<T> response, String descriptionPath) {
        HttpRequest request = response.request();
        Object body = response.body();
        String text = body instanceof byte[] b ? new String(b, StandardCharsets.UTF_8) : body instanceof String s ? s : "";
        check(request.uri(), request.method(), response.statusCode(), response.headers().map(), text, descriptionPath);
        return response;
    }

    /**
     * The same check from the parts of a response read some other way.
     *
     * @param body the body as read, or null when it was not read (an endless event stream, an encoding the reader does
     *             not decode): then only the status and the headers are checked
     */
    public static void check(URI uri, String method, int status, Map<String, List<String>> headers, String body,
            String descriptionPath) {
        Description d = description(uri, descriptionPath);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
        headers.forEach(answer::withHeader);
        if (body != null && !body.isEmpty()) {
            answer.withBody(body);
        }
        ValidationReport report = d.validator().validateResponse(uri.getRawPath(), Request.Method.valueOf(method), answer.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> body != null || !m.getKey().equals("validation.response.body.missing"))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("the response of " + method + " " + uri.getRawPath() + " (" + status + ") does not match "
                    + descriptionPath + ":\n" + errors + "\nbody: " + abbreviate(body));
        }
    }

    /**
     * Checks what was read from an event stream ({@code GET}): the status and content type are described, and every
     * event's {@code data} matches the schema described for {@code text/event-stream}. The interaction validator cannot
     * do this part: it reads one whole body, and an event stream is a sequence of bodies.
     *
     * @param uri         the stream's request URI
     * @param contentType the response's {@code Content-Type}
     * @param data        the {@code data} of each event read
     */
    public static void checkEvents(URI uri, int status, String contentType, List<String> data, String descriptionPath) {
        Map<String, List<String>> headers = contentType == null ? Map.of() : Map.of("Content-Type", List.of(contentType));
        check(uri, "GET", status, headers, null, descriptionPath);
        if (status != 200) {
            return;
        }
        if (contentType == null || !contentType.startsWith(EVENT_STREAM)) {
            throw new AssertionError(uri.getRawPath() + " answered 200 with Content-Type " + contentType + ", described: " + EVENT_STREAM);
        }
        OpenAPI api = description(uri, descriptionPath).api();
        ApiResponse described = operation(api, uri.getRawPath()).getResponses().get("200");
        MediaType media = described == null || described.getContent() == null ? null : described.getContent().get(EVENT_STREAM);
        Schema<?> schema = media == null ? null : media.getSchema();
        if (schema == null) {
            throw new AssertionError("the served description gives no schema for the events of " + uri.getRawPath());
        }
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        for (String d : data) {
            ValidationReport report = validator.validate(d, schema, "stream.event.data");
            if (report.hasErrors()) {
                throw new AssertionError("an event of " + uri.getRawPath() + " does not match the served description:\n"
                        + report.getMessages() + "\ndata: " + abbreviate(d));
            }
        }
    }

    private static Operation operation(OpenAPI api, String rawPath) {
        for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
            if (rawPath.matches(p.getKey().replaceAll("\\{[^/}]+}", "[^/]+")) && p.getValue().getGet() != null) {
                return p.getValue().getGet();
            }
        }
        throw new AssertionError("the served description has no GET " + rawPath);
    }

    private static Description description(URI uri, String descriptionPath) {
        return DESCRIPTIONS.computeIfAbsent(uri.resolve(descriptionPath), ApiContract::load);
    }

    /** The served document, validated by swagger-parser on the way in. */
    private static Description load(URI description) {
        String yaml;
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(description).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml")) {
                throw new AssertionError(description + " answered " + r.statusCode() + " "
                        + r.headers().firstValue("Content-Type").orElse("(no type)") + ", expected 200 application/yaml");
            }
            yaml = r.body();
        } catch (IOException e) {
            throw new AssertionError("cannot read " + description + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted reading " + description, e);
        }
        OpenAPI api = new OpenAPIV3Parser().readContents(yaml).getOpenAPI();
        if (api == null) {
            throw new AssertionError(description + " does not parse as OpenAPI");
        }
        OpenApiInteractionValidator validator = OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolver.create()
                        // Undescribed paths and methods (metrics, probes for 404/405) are not part of the contract.
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        return new Description(validator, api);
    }

    private static String abbreviate(String s) {
        return s == null ? "(not read)" : s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
