package dev.tumen.alert;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks what an IT read from {@code /stream} against the OpenAPI document the same server serves: the status and
 * content type are described, and every event's data matches the schema described for {@code text/event-stream}.
 * {@code ApiContract} cannot do this: its validator reads a whole body, and an event stream is a sequence of bodies.
 */
final class StreamContract {
    private static final String EVENT_STREAM = "text/event-stream";
    private static final Map<URI, OpenAPI> DESCRIPTIONS = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private StreamContract() {
    }

    /**
     * @param base        the server, e.g. {@code http://127.0.0.1:1234}
     * @param contentType the response's {@code Content-Type}
     * @param data        the {@code data} of each event read
     */
    static void check(URI base, int status, String contentType, List<String> data) {
        OpenAPI api = DESCRIPTIONS.computeIfAbsent(base.resolve("/openapi/alert.yml"), StreamContract::load);
        ApiResponse described = api.getPaths().get("/stream").getGet().getResponses().get(Integer.toString(status));
        if (described == null) {
            throw new AssertionError("/stream answered " + status + ", which the served description does not list");
        }
        if (status != 200) {
            return;
        }
        if (contentType == null || !contentType.startsWith(EVENT_STREAM)) {
            throw new AssertionError("/stream answered 200 with Content-Type " + contentType + ", described: " + EVENT_STREAM);
        }
        MediaType media = described.getContent() == null ? null : described.getContent().get(EVENT_STREAM);
        Schema<?> schema = media == null ? null : media.getSchema();
        if (schema == null) {
            throw new AssertionError("the served description gives no schema for the events of /stream");
        }
        SchemaValidator validator = new SchemaValidator(api, new MessageResolver());
        for (String d : data) {
            ValidationReport report = validator.validate(d, schema, "stream.event.data");
            if (report.hasErrors()) {
                throw new AssertionError("a /stream event does not match the served description:\n" + report.getMessages()
                        + "\ndata: " + (d.length() > 2000 ? d.substring(0, 2000) + "…" : d));
            }
        }
    }

    private static OpenAPI load(URI description) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(description).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            OpenAPI api = new OpenAPIV3Parser().readContents(r.body()).getOpenAPI();
            if (api == null) {
                throw new AssertionError(description + " does not parse as OpenAPI");
            }
            return api;
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read " + description + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted reading " + description, e);
        }
    }
}
