package dev.tumen.alert.api;

import dev.tumen.alert.Durations;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.cors.CorsFilter;
import io.micronaut.http.server.cors.CorsOriginConfiguration;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.resource.StaticResourceResolver;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * CORS for the live stream only, so a dashboard on another origin can use {@code EventSource}: Micronaut's own CORS
 * filter, configured from {@code tumen.alert.stream.cors.allowed-origins} (comma-separated; empty: no cross-origin
 * access) and enabled on {@code /stream} alone, because the global {@code micronaut.server.cors} cannot be limited to
 * one path. It runs before the bearer-token filter: browsers send preflights without credentials, and a preflight
 * answer reveals nothing but this policy.
 */
@ServerFilter({"/stream", "/stream/**"})
public class StreamCorsFilter extends CorsFilter {
    private static final List<String> HEADERS = List.of("Last-Event-ID", "Authorization", "Accept", "Cache-Control");

    public StreamCorsFilter(@Value("${tumen.alert.stream.cors.allowed-origins:}") String allowedOrigins,
                            @Value("${tumen.alert.stream.cors.max-age:10m}") String maxAge,
                            StaticResourceResolver resources, Router router, HttpHostResolver hosts) {
        super(configuration(allowedOrigins, Durations.parse(maxAge).toSeconds()), resources, router, hosts);
    }

    static HttpServerConfiguration.CorsConfiguration configuration(String allowedOrigins, long maxAgeSeconds) {
        List<String> origins = Arrays.stream(allowedOrigins.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        CorsOriginConfiguration stream = new CorsOriginConfiguration();
        stream.setAllowedOrigins(origins);
        stream.setAllowedMethods(List.of(HttpMethod.GET));
        stream.setAllowedHeaders(HEADERS);
        stream.setExposedHeaders(List.of());
        // EventSource authenticates with ?access_token=, never with cookies.
        stream.setAllowCredentials(false);
        stream.setMaxAge(maxAgeSeconds);
        HttpServerConfiguration.CorsConfiguration cors = new HttpServerConfiguration.CorsConfiguration();
        cors.setEnabled(!origins.isEmpty());
        cors.setConfigurations(Map.of("stream", stream));
        return cors;
    }

    @Override
    public boolean isEnabled(HttpRequest<?> request) {
        return super.isEnabled(request) && (request.getPath().equals("/stream") || request.getPath().startsWith("/stream/"));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 50;
    }
}
