package dev.tumen.common.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A body in a {@code Content-Encoding} Micronaut does not decode ({@code br}, {@code zstd}, {@code gzip, gzip}) is
 * answered 415 {@code bad-content-encoding}, as RFC 9110 §8.4.1 asks, before the body is read. It was read as if it
 * were not encoded: a page pushed brotli-compressed was published as its compressed bytes, or refused as "not text"
 * (probe of session 27). The connection stays open: the refusal comes before the body, which the server then skips.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class ContentEncodingFilter implements Ordered {
    /** The codings Micronaut's server decodes, and {@code identity}, which is none. */
    static final Set<String> DECODED = Set.of("gzip", "x-gzip", "deflate", "x-deflate", "identity");

    private final List<RefusalObserver> observers;

    public ContentEncodingFilter(List<RefusalObserver> observers) {
        this.observers = observers;
    }

    @PreMatching
    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        List<String> codings = request.getHeaders().getAll(HttpHeaders.CONTENT_ENCODING);
        if (codings.isEmpty() || (codings.size() == 1 && DECODED.contains(codings.get(0).trim().toLowerCase(Locale.ROOT)))) {
            return null;
        }
        observers.forEach(o -> o.refused(request, 415, "bad-content-encoding"));
        return Problems.response(new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "bad-content-encoding", "Content-Encoding '"
                + Problems.quote(String.join(", ", codings)) + "' is not one the services decode; send the body as it is, "
                + "or compressed once with gzip or deflate"), request);
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 1;
    }
}
