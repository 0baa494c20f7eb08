package dev.tumen.common.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.tumen.model.Json;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.NotAcceptableException;
import io.micronaut.http.server.exceptions.UnsupportedMediaException;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.DuplicateRouteException;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import jakarta.inject.Singleton;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes the framework's own errors (a body that does not bind to its record, body too large, unknown route, wrong
 * method, …) answer in problem+json like ours, with a type and a detail precise enough to fix the request. Request
 * bodies are typed records bound by Jackson, so the binding failure names what was wrong: not JSON at all, not an
 * object, a field of the wrong type, an unknown field, not UTF-8.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<String> {
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:<[^`>]*>)?`?");
    private final List<RefusalObserver> observers;

    public ProblemErrorResponseProcessor(List<RefusalObserver> observers) {
        this.observers = observers;
    }

    @Override
    public MutableHttpResponse<String> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        Throwable cause = context.getRootCause().orElse(null);
        ProblemException bodyProblem = cause instanceof DuplicateRouteException routes ? mediaTypeProblem(routes, context)
                : response.getStatus() == HttpStatus.BAD_REQUEST ? (cause instanceof ConversionErrorException c
                        && c.getArgument().getAnnotationMetadata().hasAnnotation(QueryValue.class) ? parameterProblem(c)
                        : cause instanceof ConversionErrorException c && isPathSegment(c) ? pathProblem(c) : bodyProblem(cause))
                : response.getStatus() == HttpStatus.REQUEST_ENTITY_TOO_LARGE ? headProblem(context.getRequest())
                : response.getStatus() == HttpStatus.UNSUPPORTED_MEDIA_TYPE ? mediaProblem(context.getRequest(), cause)
                : cause instanceof NotAcceptableException n ? notAcceptable(n) : null;
        Problem problem;
        if (bodyProblem != null) {
            response.status(bodyProblem.status());
            problem = bodyProblem.toProblem(context.getRequest().getPath());
        } else {
            HttpStatus status = response.getStatus();
            List<String> messages = context.getErrors().stream().map(Error::getMessage).toList();
            String detail = messages.isEmpty()
                    ? (cause == null ? status.getReason() : cause.getMessage())
                    : Problems.listed(messages);
            if (status.getCode() >= 500 && slug(status).equals("internal")) {
                // A fault's message is the service's, not the caller's to read: a redirect to file: answered 500 with
                // "Cannot invoke String.toLowerCase(...) because the return value of getHost() is null".
                detail = "the service failed on this request; its log has the cause under the same path";
                messages = List.of();
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            if (messages.size() > 1) {
                extra.put("errors", messages);
            }
            problem = Problem.of(slug(status), status, sanitize(detail),
                    context.getRequest().getPath(), extra);
        }
        int code = problem.status();
        if (bodyProblem != null || code == 413 || code == 415) {
            String slug = problem.type().substring(problem.type().lastIndexOf('/') + 1);
            observers.forEach(o -> o.refused(context.getRequest(), code, slug));
        }
        // The router's own refusals (a Content-Type matching two routes: 415) pass no response filter.
        AnswerHeaders.fill(response);
        return response.contentType(Problem.MEDIA_TYPE).body(Json.string(problem));
    }

    /**
     * Netty refuses a request line or header block over its limits before there is a request to route, and Micronaut
     * answers every such refusal 413 "Request Entity Too Large", although no body was read: the fix is a shorter URL or
     * fewer or shorter headers, so say which (RFC 9110's 414 and RFC 6585's 431).
     */
    static ProblemException headProblem(HttpRequest<?> request) {
        Throwable decoding = request instanceof NettyHttpRequest<?> netty ? netty.getNativeRequest().decoderResult().cause() : null;
        if (decoding instanceof TooLongHttpLineException) {
            return new ProblemException(HttpStatus.REQUEST_URI_TOO_LONG, "uri-too-long",
                    "the request line (method, path and query) is longer than the server reads; shorten the URL");
        }
        if (decoding instanceof TooLongHttpHeaderException) {
            return new ProblemException(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "headers-too-large",
                    "the request headers are larger than the server reads; send fewer or shorter headers");
        }
        return null;
    }

    /**
     * Routes on one path differ only in what they consume ({@code POST /pages} takes JSON or the raw page), so a request
     * whose Content-Type is missing or cannot be parsed matches them all and the router gives up with "more than 1 route
     * matched", which names no fix. The caller's mistake is the media type: answer 415 with the ones the path reads.
     */
    static ProblemException mediaTypeProblem(DuplicateRouteException routes, ErrorContext context) {
        String accepted = routes.getUriRoutes().stream().flatMap(r -> r.getRouteInfo().getConsumes().stream())
                .map(io.micronaut.http.MediaType::getName).distinct().collect(Collectors.joining(", "));
        String sent = context.getRequest().getHeaders().get(io.micronaut.http.HttpHeaders.CONTENT_TYPE);
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", (sent == null || sent.isBlank()
                ? "the request has no Content-Type header" : "the Content-Type '" + Problems.quote(sent) + "' cannot be read")
                + "; send one of: " + accepted);
    }

    /** A 415: the Accept header's problem when it has one (read once), else the router's refusal in our words. */
    private static ProblemException mediaProblem(HttpRequest<?> request, Throwable cause) {
        ProblemException accept = acceptProblem(request);
        return accept != null ? accept : cause instanceof UnsupportedMediaException u ? unsupported(u) : null;
    }

    /**
     * The router leaves out a route whose answer the Accept header refuses before it looks at the Content-Type, so a
     * JSON body sent with {@code Accept: application/xml} was answered 415 "Content Type [application/json] not
     * allowed", naming the one thing that was right. Every operation with a body answers JSON (its errors
     * problem+json): when the Accept header takes neither, the caller's mistake is the Accept header (RFC 9110's 406).
     */
    static ProblemException acceptProblem(HttpRequest<?> request) {
        String accept = request.getAttribute(AcceptHeaderFilter.ORIGINAL, String.class)
                .orElse(request.getHeaders().get(io.micronaut.http.HttpHeaders.ACCEPT));
        if (accept == null || accept.isBlank()) {
            return null;
        }
        java.util.Collection<io.micronaut.http.MediaType> accepted;
        try {
            accepted = request.accept();
        } catch (RuntimeException e) {
            accepted = List.of();
        }
        for (io.micronaut.http.MediaType type : accepted) {
            if (type.matches(io.micronaut.http.MediaType.APPLICATION_JSON_TYPE) || type.getName().equals(Problem.MEDIA_TYPE)
                    || type.getName().equals("*/*") || type.getName().equals("application/*")) {
                return null;
            }
        }
        return new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "the Accept header '" + Problems.quote(accept)
                + "' takes nothing this operation answers: it answers application/json (errors application/problem+json)");
    }

    /**
     * The router's own refusals of a media type quoted the caller's header whole inside its words ("Content Type [...]
     * not allowed", "Specified Accept Types [...] not supported"), up to the 500 characters a framework message keeps:
     * the types to send came after it, cut (review of session 50). Said in our words, the header quoted as every
     * problem quotes a caller's value.
     */
    static ProblemException unsupported(UnsupportedMediaException e) {
        return new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "the Content-Type '"
                + Problems.quote(e.getContentType()) + "' is not one this operation reads; send one of: "
                + String.join(", ", e.getAcceptableContentTypes()));
    }

    static ProblemException notAcceptable(NotAcceptableException e) {
        return new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "the Accept header '"
                + Problems.quote(String.join(", ", e.getAcceptedTypes())) + "' takes nothing this operation answers: it answers "
                + String.join(", ", e.getProduceableContentTypes()) + " (errors application/problem+json)");
    }

    /** What was wrong with a request body that did not bind, or {@code null} when it was something else. */
    static ProblemException bodyProblem(Throwable cause) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = cause; t != null && !chain.contains(t); t = next(t)) {
            chain.add(t);
        }
        // Syntax first: databind wraps a parser error in a mapping error that already names the field being read.
        for (Throwable t : chain) {
            if (t instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException c) {
                // Well-formed as far as it was read: the body is refused for its size in tokens, nesting or digits.
                return new ProblemException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "json-too-complex", "the JSON body exceeds what"
                        + " a request body may hold (at most " + dev.tumen.common.json.JsonSettings.MAX_TOKENS + " tokens, "
                        + com.fasterxml.jackson.core.StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels of nesting): "
                        + sanitize(c.getOriginalMessage()));
            }
            if (t instanceof JsonParseException p) {
                if (p.getOriginalMessage() != null && p.getOriginalMessage().startsWith("Invalid UTF-8")) {
                    return ProblemException.unprocessable("wrong-encoding", "the JSON body is not valid UTF-8 (RFC 8259 requires UTF-8)");
                }
                var loc = p.getLocation();
                return ProblemException.badRequest("malformed-json", "the body is not valid JSON" + (loc == null ? ""
                        : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")") + ": " + sanitize(p.getOriginalMessage()));
            }
        }
        for (Throwable t : chain) {
            if (t instanceof UnsatisfiedBodyRouteException) {
                return ProblemException.badRequest("empty-body", "the request body is empty; expected a JSON object");
            }
            if (t instanceof MismatchedInputException m && m.getOriginalMessage() != null
                    && m.getOriginalMessage().startsWith("Trailing token")) {
                var loc = m.getLocation();
                return ProblemException.badRequest("malformed-json", "the body holds more after its JSON value" + (loc == null ? ""
                        : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")") + "; send one JSON object");
            }
            if (t instanceof UnrecognizedPropertyException u) {
                return ProblemException.badRequest("unknown-field", "unknown field '" + Problems.quote(u.getPropertyName()) + "'; known fields: "
                        + u.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
            }
            if (t instanceof MismatchedInputException m && m.getPath().isEmpty()) {
                return ProblemException.badRequest("not-an-object", "expected a JSON object" + got(m));
            }
            if (t instanceof dev.tumen.model.UnicodeStringDeserializer.NotUnicode m) {
                return ProblemException.badRequest("invalid-field", "\"" + Problems.quote(field(m)) + "\" " + sanitize(m.getOriginalMessage()));
            }
            if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
                String expected = m instanceof MismatchedInputException mi ? expected(mi.getTargetType()) : null;
                if (expected == null && m instanceof ValueInstantiationException v && v.getCause() != null) {
                    return ProblemException.badRequest("invalid-field", "\"" + Problems.quote(field(m)) + "\" " + sanitize(v.getCause().getMessage()));
                }
                return ProblemException.badRequest("invalid-field", "\"" + Problems.quote(field(m)) + "\" " + (expected != null
                        ? "must be " + expected : "has the wrong type or format: " + sanitize(m.getOriginalMessage())));
            }
            if (t instanceof JsonProcessingException p) {
                return ProblemException.badRequest("malformed-json", "the body is not valid JSON: " + sanitize(p.getOriginalMessage()));
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof ConversionErrorException c && c.getConversionError() != null && c.getConversionError().getCause() != t) {
            return c.getConversionError().getCause();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    /** A query value that does not convert ({@code ?limit=abc}, {@code ?limit=5&limit=7}): the parameter and what it takes. */
    static ProblemException parameterProblem(ConversionErrorException e) {
        String name = QueryParameterFilter.queryName(e.getArgument());
        String expected = expected(e.getArgument().getType());
        return ProblemException.badRequest("invalid-parameter", name + ": must be " + (expected == null ? "of type "
                + e.getArgument().getTypeName() : "one value, " + expected));
    }

    private static final String SELECTOR = "io.micronaut.management.endpoint.annotation.Selector";

    private static boolean isPathSegment(ConversionErrorException e) {
        var metadata = e.getArgument().getAnnotationMetadata();
        return metadata.hasAnnotation(io.micronaut.http.annotation.PathVariable.class) || metadata.hasAnnotation(SELECTOR);
    }

    /**
     * A path segment that names nothing of its type ({@code /health/x}: the probe is liveness or readiness) is a
     * resource that is not there. It was 400 {@code bad-request} quoting Micronaut's "Failed to convert argument
     * [selector] for value [x] due to: No enum constant …" with the whole segment, hundreds of characters (probe of
     * session 38).
     */
    static ProblemException pathProblem(ConversionErrorException e) {
        Object value = e.getConversionError() == null ? null : e.getConversionError().getOriginalValue().orElse(null);
        String expected = expected(e.getArgument().getType());
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", e.getArgument().getName() + " '"
                + Problems.quote(String.valueOf(value)) + "' does not exist"
                + (expected == null ? "" : "; it is " + expected.toLowerCase(java.util.Locale.ROOT)));
    }

    /** What the field takes, in the words of JSON and the OpenAPI description rather than Java's. */
    static String expected(Class<?> target) {
        if (target == null) {
            return null;
        }
        if (CharSequence.class.isAssignableFrom(target)) {
            return "a string";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Long.class || target == long.class || target == Integer.class || target == int.class
                || target == Short.class || target == short.class || target == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(target) || target == double.class || target == float.class) {
            return "a number";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "an ISO-8601 date-time such as 2026-01-31T12:00:00Z";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return target.isPrimitive() || target.getName().startsWith("java.") ? null : "an object";
    }

    private static String field(JsonMappingException m) {
        return m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /** The type of an error the framework answered with no type of ours. */
    static String slug(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "bad-request";
            case REQUEST_ENTITY_TOO_LARGE -> "body-too-large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported-media-type";
            case NOT_FOUND -> "not-found";
            case METHOD_NOT_ALLOWED -> "method-not-allowed";
            case UNAUTHORIZED -> "unauthorized";
            case NOT_ACCEPTABLE -> "not-acceptable";
            default -> status.getCode() >= 500 ? "internal" : "http-" + status.getCode();
        };
    }

    /** What the body held where an object belongs: "got an array", not databind's words and class names. */
    private static String got(MismatchedInputException m) {
        JsonToken token = m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
        if (token == null) {
            return "";
        }
        return switch (token) {
            case START_ARRAY -> ", got an array";
            case VALUE_STRING -> ", got a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> ", got a number";
            case VALUE_TRUE, VALUE_FALSE -> ", got " + token.asString();
            case VALUE_NULL -> ", got null";
            default -> "";
        };
    }

    /**
     * Framework messages may quote the offending input; keep them bounded and single-line. Databind's name the Java
     * classes behind a body (`dev.tumen.alert.subscription.SubscriptionRequest`), which tell a caller nothing about the
     * JSON to send and an attacker how the service is built: they go.
     */
    private static String sanitize(String detail) {
        if (detail == null) {
            return null;
        }
        String oneLine = JAVA_NAME.matcher(detail).replaceAll("the value").replaceAll("\\s+", " ").trim();
        // A message we did not write may quote the caller's value (a model enum's "unknown severity '…'"), whole.
        return Problems.quote(oneLine, 300);
    }
}
