package dev.tumen.testkit.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an HTTP IT's response against the OpenAPI document the service itself serves (generated from its code), so
 * a response that does not match its description fails the build: status, content type and body schema. Used by
 * the HTTP helpers of every service's ITs.
 *
 * <p>Only described operations are checked: health, metrics, the description itself and deliberate probes of
 * unknown paths or methods are outside the contract.
 */
public final class ApiContract {
    private static final Map<URI, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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
        URI description = request.uri().resolve(descriptionPath);
        OpenApiInteractionValidator validator = VALIDATORS.computeIfAbsent(description, ApiContract::load);
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach(answer::withHeader);
        Object body = response.body();
        if (body instanceof String s && !s.isEmpty()) {
            answer.withBody(s);
        } else if (body instanceof byte[] b && b.length > 0) {
            answer.withBody(b);
        }
        ValidationReport report = validator.validateResponse(request.uri().getRawPath(), Request.Method.valueOf(request.method()),
                answer.build());
        if (report.hasErrors()) {
            throw new AssertionError("the response of " + request.method() + " " + request.uri().getRawPath() + " (" + response.statusCode()
                    + ") does not match " + descriptionPath + ":\n" + report.getMessages() + "\nbody: " + abbreviate(body));
        }
        return response;
    }

    /** The validator of one served description; the document is validated by swagger-parser on the way in. */
    private static OpenApiInteractionValidator load(URI description) {
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
        return OpenApiInteractionValidator.createForInlineApiSpecification(yaml)
                .withLevelResolver(LevelResolver.create()
                        // Undescribed paths and methods (health, metrics, probes for 404/405) are not part of the contract.
                        .withLevel("validation.request.path.missing", ValidationReport.Level.IGNORE)
                        .withLevel("validation.request.operation.notAllowed", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    private static String abbreviate(Object body) {
        String s = body instanceof byte[] b ? new String(b, java.nio.charset.StandardCharsets.UTF_8) : String.valueOf(body);
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }
}
