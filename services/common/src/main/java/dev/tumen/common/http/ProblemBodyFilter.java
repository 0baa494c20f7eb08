package dev.tumen.common.http;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.util.Map;

/**
 * Gives a problem+json body to error responses that filters answer without one. Micronaut's CORS filter refuses a
 * request from a foreign {@code Origin} (its drive-by-localhost guard) with an empty 403, which a client cannot tell
 * from any other refusal; the fuzz tests found it. Outermost filter, so it sees every other filter's answer.
 */
@ServerFilter("/**")
public class ProblemBodyFilter implements Ordered {

    /**
     * How long a 503 that names no time asks a client to wait: every 503 says when to come back, as ingest's refusals
     * did (5 s) and the alert's {@code kafka-unavailable} and {@code write-not-visible} did not (probe of session 32): a
     * generated client's retry policy then waits as the service asks instead of at once or not at all. A 429 that is a
     * cap (a quota of subscriptions or feeds) names none on purpose: waiting does not lift it.
     */
    static final String DEFAULT_RETRY_AFTER = "5";

    @ResponseFilter
    public void fillEmptyError(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // No answer said how it may be cached: a webhook URL (often itself a credential), a signing secret, a feed's URL
        // with its key could be kept by a browser's or a proxy's cache, and the stream (authorised by a token in its
        // query) by a shared one (probe of session 33; ASVS 8.2.1). Every answer is the caller's own and current.
        AnswerHeaders.fill(response);
        if (response.code() == 503 && !response.getHeaders().contains("Retry-After")) {
            response.header("Retry-After", DEFAULT_RETRY_AFTER);
        }
        if (response.code() == 401 && !response.getHeaders().contains("WWW-Authenticate")) {
            // RFC 9110 §11.6.1: a 401 names the scheme to authenticate with; a sensitive management endpoint's 401
            // (the framework's) named none (review of session 50).
            response.header("WWW-Authenticate", "Bearer realm=\"tumen\"");
        }
        if (response.code() < 400 || response.getBody().isPresent() || request.getMethod() == HttpMethod.HEAD) {
            return;
        }
        HttpStatus status = response.getStatus();
        String detail = status == HttpStatus.FORBIDDEN && request.getHeaders().contains("Origin")
                ? "cross-origin request refused: the Origin '" + Problems.quote(request.getHeaders().get("Origin")) + "' is not allowed"
                : status.getReason();
        String slug = status == HttpStatus.FORBIDDEN ? "forbidden" : "http-" + status.getCode();
        Problem problem = Problem.of(slug, status, detail, request.getPath(), Map.of());
        response.contentType(Problem.MEDIA_TYPE).body(dev.tumen.model.Json.string(problem));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
