package dev.tumen.common.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Requires {@code Authorization: Bearer <tumen.security.token>} on every endpoint except health, metrics
 * and API descriptions. Outside the {@code dev} and {@code test} environments a service without a token
 * refuses to start, so a forgotten setting can never leave an endpoint open. The token is never logged.
 */
@ServerFilter("/**")
public class BearerTokenFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(BearerTokenFilter.class);
    private static final List<String> OPEN_PREFIXES = List.of("/health", "/prometheus", "/metrics", "/openapi", "/swagger");
    private static final Set<String> RELAXED_ENVIRONMENTS = Set.of("dev", "test");

    private final byte[] token;

    public BearerTokenFilter(@Nullable @Value("${tumen.security.token:}") String token, Environment environment) {
        boolean relaxed = environment.getActiveNames().stream().anyMatch(RELAXED_ENVIRONMENTS::contains);
        if (token == null || token.isBlank()) {
            if (!relaxed) {
                throw new ConfigurationException("tumen.security.token (env TUMEN_SECURITY_TOKEN) must be set outside the dev "
                        + "environment: every endpoint that accepts or changes data requires it");
            }
            LOG.warn("No tumen.security.token set: HTTP endpoints are open (environment {})", environment.getActiveNames());
            this.token = null;
        } else {
            this.token = token.getBytes(StandardCharsets.UTF_8);
        }
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        if (token == null || OPEN_PREFIXES.stream().anyMatch(request.getPath()::startsWith)) {
            return null;
        }
        String presented = presentedToken(request);
        if (presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        String detail = presented == null
                ? "this endpoint requires the header 'Authorization: Bearer <token>'"
                : "the bearer token is not valid";
        return Problems.response(new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", "Unauthorized", detail), request)
                .header("WWW-Authenticate", "Bearer realm=\"tumen\"");
    }

    /** EventSource cannot set headers, so the live stream also accepts {@code ?access_token=}. */
    private static String presentedToken(HttpRequest<?> request) {
        String header = request.getHeaders().getAuthorization().orElse(null);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return request.getParameters().get("access_token");
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}
