package dev.tumen.common.http;

import dev.tumen.model.Json;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes the framework's own errors (malformed JSON, body too large, unknown route, wrong method, …)
 * answer in problem+json like ours, with a detail precise enough to fix the request.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<String> {

    @Override
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        List<String> messages = context.getErrors().stream().map(Error::getMessage).toList();
        String detail = messages.isEmpty()
                ? context.getRootCause().map(Throwable::getMessage).orElse(status.getReason())
                : String.join("; ", messages);
        Map<String, Object> extra = new LinkedHashMap<>();
        if (messages.size() > 1) {
            extra.put("errors", messages);
        }
        Problem problem = new Problem(Problem.type(slug(status, context.getRootCause())), status.getReason(), status.getCode(),
                sanitize(detail), context.getRequest().getPath(), extra);
        return response.contentType(Problem.MEDIA_TYPE).body(Json.string(problem));
    }

    private static String slug(HttpStatus status, Optional<Throwable> cause) {
        return switch (status) {
            case BAD_REQUEST -> cause.map(c -> c.getClass().getSimpleName().contains("Json") ? "malformed-json" : "bad-request")
                    .orElse("bad-request");
            case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNAUTHORIZED -> "unauthorized";
            default -> status.getCode() >= 500 ? "internal" : "http-" + status.getCode();
        };
    }

    /** Framework messages may quote the offending input; keep them bounded and single-line. */
    private static String sanitize(String detail) {
        if (detail == null) {
            return null;
        }
        String oneLine = detail.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 500 ? oneLine.substring(0, 500) + "…" : oneLine;
    }
}
