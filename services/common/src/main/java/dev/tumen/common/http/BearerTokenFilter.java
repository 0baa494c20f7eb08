package dev.tumen.common.http;

import dev.tumen.common.security.AccessRules;
import dev.tumen.common.security.AccessTokens;
import dev.tumen.common.security.Scope;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Requires {@code Authorization: Bearer <token>} with the scope {@link AccessRules} names for the request's path
 * and method. Health, metrics and API descriptions are open; {@code /health} shows details only to a token holder.
 * A token in the query string ({@code ?access_token=}) counts only on the live stream, and only for {@code read}:
 * anywhere else it would leak into access logs and browser history with every power of the token.
 */
@ServerFilter("/**")
public class BearerTokenFilter implements Ordered {
    /** Request attribute holding the authenticated {@link AccessTokens.Token}, for per-token quotas. */
    public static final String TOKEN_ATTRIBUTE = "tumen.access-token";
    /** Request attribute holding the {@link Scope} the request was granted (a query-string token grants only read). */
    public static final String SCOPE_ATTRIBUTE = "tumen.access-scope";

    private final AccessTokens tokens;
    private final List<RefusalObserver> observers;

    public BearerTokenFilter(AccessTokens tokens, List<RefusalObserver> observers) {
        this.tokens = tokens;
        this.observers = observers;
    }

    /** The caller's identity as the health endpoint understands it: present means "show details". */
    private record TokenPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> authorize(HttpRequest<?> request) {
        String method = request.getMethodName();
        String path = request.getPath();
        Scope required = AccessRules.required(method, path);
        if (tokens.open()) {
            request.setAttribute(HttpAttributes.PRINCIPAL, new TokenPrincipal("dev"));
            request.setAttribute(SCOPE_ATTRIBUTE, Scope.ADMIN);
            return null;
        }
        if (request.getHeaders().getAll(HttpHeaders.AUTHORIZATION).size() > 1
                || request.getParameters().getAll("access_token").size() > 1) {
            // One credential per request: which of two a proxy, a log or this filter judges is anyone's guess.
            if (required == null) {
                return null;
            }
            observers.forEach(o -> o.refused(request, 400, "ambiguous-credentials"));
            return Problems.response(ProblemException.badRequest("ambiguous-credentials",
                    "send one Authorization header (or one access_token), not several"), request);
        }
        String header = bearerHeader(request);
        boolean fromQuery = false;
        String presented = header;
        if (presented == null && AccessRules.queryTokenAllowed(method, path)) {
            presented = request.getParameters().get("access_token");
            fromQuery = presented != null;
        }
        Optional<AccessTokens.Token> token = tokens.authenticate(presented);
        if (required == null) {
            // Open endpoint: a valid token only unlocks health details; an invalid one is not an error here.
            token.ifPresent(t -> request.setAttribute(HttpAttributes.PRINCIPAL, new TokenPrincipal(t.name())));
            return null;
        }
        if (token.isEmpty()) {
            String detail = presented == null
                    ? "this endpoint requires the header 'Authorization: Bearer <token>'"
                            + (AccessRules.queryTokenAllowed(method, path) ? " (or ?access_token=)" : "")
                    : "the bearer token is not valid";
            observers.forEach(o -> o.refused(request, 401, "unauthorized"));
            return Problems.response(new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized", detail), request)
                    .header("WWW-Authenticate", "Bearer realm=\"tumen\"");
        }
        Scope granted = fromQuery ? Scope.READ : token.get().scope();
        if (!granted.includes(required)) {
            observers.forEach(o -> o.refused(request, 403, "insufficient-scope"));
            return Problems.response(new ProblemException(HttpStatus.FORBIDDEN, "insufficient-scope",
                    "this request needs the '" + required.id() + "' scope; the token" + (fromQuery ? " in the query string" : "")
                            + " grants '" + granted.id() + "'"), request)
                    .header("WWW-Authenticate", "Bearer realm=\"tumen\", error=\"insufficient_scope\", scope=\"" + required.id() + "\"");
        }
        request.setAttribute(HttpAttributes.PRINCIPAL, new TokenPrincipal(token.get().name()));
        request.setAttribute(TOKEN_ATTRIBUTE, token.get());
        request.setAttribute(SCOPE_ATTRIBUTE, granted);
        return null;
    }

    /**
     * The scope this request was granted. Without the filter's mark (an open endpoint) it is {@code read}, the least:
     * an answer that shows more to a larger scope must never show it by default.
     */
    public static Scope granted(HttpRequest<?> request) {
        return request.getAttribute(SCOPE_ATTRIBUTE, Scope.class).orElse(Scope.READ);
    }

    private static String bearerHeader(HttpRequest<?> request) {
        String header = request.getHeaders().getAuthorization().orElse(null);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return header.substring(7).trim();
        }
        return null;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}
