package dev.tumen.common.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.MethodBasedRouteMatch;
import io.micronaut.web.router.RouteAttributes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code If-Match} on a change to a resource that has no entity tags. Only the subscriptions carry tags and evaluate
 * {@code If-Match} themselves (their operations bind the header); every other change (a feed's {@code PATCH},
 * {@code DELETE}, pause, resume and poll, a push, a fetch, an import, a classification, a replay) ignored it and was
 * made: a client that sends the tag it holds as every change's guard, as the subscriptions API taught it, had a lost
 * update made silently (review of session 46). RFC 9110 §13.1.1: a listed tag cannot match a representation that has
 * none, so the condition is false, and an origin server "MUST NOT perform the requested method" (§13.2.1); now 412
 * {@code precondition-failed} before the operation runs, and 400 {@code invalid-precondition} for a value that is no
 * list of tags. {@code If-Match: *} asks only that the resource exist: passed on, the operation answers 404 where it
 * does not. Safe methods are left alone (a read changes nothing to guard).
 *
 * <p>{@code If-None-Match} on a change was ignored alike, everywhere (review of session 46): a tag list cannot match a
 * representation without tags, so the change is made; {@code *} ("only if there is no current representation", a
 * create-only write, RFC 9110 §13.1.2) is false for a resource that exists, so 412. The filter cannot tell whether the
 * target exists: operations that can (a feed's, by its id) bind the header and answer for it themselves, as the
 * subscriptions do for their tags; elsewhere a change with {@code If-None-Match: *} to a target that does not exist is
 * 412 as well, where 404 would be answered without it, and either way nothing is made.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class UntaggedPreconditionsFilter implements Ordered {
    private static final String OWN_PACKAGE = "dev.tumen.";
    private static final Set<HttpMethod> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    /** A list of entity tags (RFC 9110 §8.8.3: {@code W/} optional, a quoted opaque tag), or {@code *}. */
    private static final Pattern TAG_LIST = Pattern.compile("\\s*(?:W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"\\s*(?:,\\s*(?:W/)?\"[\\x21\\x23-\\x7e\\x80-\\xff]*\"\\s*)*");

    /** Why a change with {@code If-None-Match: *} to a resource that exists was not made. */
    public static final String EXISTS = "If-None-Match: * asks that the target have no current representation (RFC 9110"
            + " §13.1.2), and it has one: the change was not made; send it without If-None-Match";

    private final List<RefusalObserver> observers;

    public UntaggedPreconditionsFilter(List<RefusalObserver> observers) {
        this.observers = observers;
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> check(HttpRequest<?> request) {
        List<String> ifMatch = request.getHeaders().getAll(HttpHeaders.IF_MATCH);
        List<String> ifNoneMatch = request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH);
        if (ifMatch.isEmpty() && ifNoneMatch.isEmpty() || !CHANGES.contains(request.getMethod())) {
            return null;
        }
        if (!(RouteAttributes.getRouteMatch(request).orElse(null) instanceof MethodBasedRouteMatch<?, ?> route)
                || !route.getDeclaringType().getName().startsWith(OWN_PACKAGE)) {
            return null;
        }
        // RFC 9110 §13.2.2's order: If-Match first.
        if (!ifMatch.isEmpty() && !evaluates(route, HttpHeaders.IF_MATCH)) {
            String value = String.join(", ", ifMatch).strip();
            if (!value.equals("*")) {
                return refused(request, HttpHeaders.IF_MATCH, value, "this resource has no entity tags, so If-Match "
                        + Problems.quote(value) + " matches none (RFC 9110 §13.1.1) and the change was not made; send it"
                        + " without If-Match, or with If-Match: * (only while the resource exists)");
            }
        }
        if (!ifNoneMatch.isEmpty() && !evaluates(route, HttpHeaders.IF_NONE_MATCH)) {
            String value = String.join(", ", ifNoneMatch).strip();
            if (value.equals("*")) {
                return refused(request, HttpHeaders.IF_NONE_MATCH, value, EXISTS);
            }
            // A list of tags cannot match a representation without one: the condition holds, the change is made.
            return refused(request, HttpHeaders.IF_NONE_MATCH, value, null);
        }
        return null;
    }

    /**
     * 400 {@code invalid-precondition} when {@code value} is no list of tags, else 412 {@code precondition-failed} with
     * {@code detail}; {@code null} (passed on) for a well-formed value when {@code detail} is.
     */
    @Nullable
    private HttpResponse<?> refused(HttpRequest<?> request, String header, String value, @Nullable String detail) {
        if (!value.equals("*") && !TAG_LIST.matcher(value).matches()) {
            observers.forEach(o -> o.refused(request, 400, "invalid-precondition"));
            return Problems.response(ProblemException.badRequest("invalid-precondition",
                    header + " must be * or a list of quoted entity tags, got '" + Problems.quote(value) + "'"), request);
        }
        if (detail == null) {
            return null;
        }
        observers.forEach(o -> o.refused(request, 412, "precondition-failed"));
        return Problems.response(new ProblemException(io.micronaut.http.HttpStatus.PRECONDITION_FAILED, "precondition-failed", detail),
                request);
    }

    /** Whether the operation reads {@code header} itself (binds it): it has tags and answers for them. */
    private static boolean evaluates(MethodBasedRouteMatch<?, ?> route, String header) {
        for (Argument<?> argument : route.getArguments()) {
            if (argument.getAnnotationMetadata().stringValue(Header.class).filter(header::equalsIgnoreCase).isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // After the token and query checks: a caller without a token learns nothing, and a request refused for its
        // parameters is refused for them first.
        return HIGHEST_PRECEDENCE + 250;
    }
}
