package dev.tumen.alert.api;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import dev.tumen.common.http.Problems;
import dev.tumen.common.http.TextFields;
import dev.tumen.alert.subscription.SubscriptionRequest;
import dev.tumen.alert.stream.StreamHub;
import dev.tumen.alert.stream.StreamSeats;
import dev.tumen.common.http.BearerTokenFilter;
import dev.tumen.common.security.AccessTokens;
import io.micronaut.http.context.ServerRequestContext;
import reactor.core.publisher.Flux;
import dev.tumen.common.http.ProblemException;
import io.micronaut.context.annotation.Value;
import dev.tumen.model.Category;
import dev.tumen.model.Severity;
import dev.tumen.model.Subscription;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;

/**
 * The live stream for dashboards: Server-Sent Events of new and escalated stories passing the same filters as a
 * subscription. Each event's id is its position in the stream; send it back as {@code Last-Event-ID} (browsers'
 * EventSource does so on reconnect) to continue exactly after it, on any instance. All clients share one reader
 * ({@link StreamHub}); beyond {@code tumen.alert.stream.max-clients} a client gets 503 with {@code Retry-After}.
 */
// The stream's refusals (bad filter or Last-Event-ID, missing token, too many clients with Retry-After) are
// problem+json like every other endpoint; the generated description must say so or clients cannot rely on it.
@ApiResponse(responseCode = "200", description = "Server-Sent Events; each event's id is its stream position, its data an Alert "
        + "(the webhook payload without subscription)",
        content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM, schema = @Schema(implementation = dev.tumen.alert.delivery.Alert.class)))
@ApiResponse(responseCode = "4XX", description = "the request's problem (RFC 9457)",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@ApiResponse(responseCode = "5XX", description = "the service's problem (RFC 9457); 503 with Retry-After past the client maximum",
        content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
@Tag(name = "stream", description = "The live alert stream")
@Controller("/stream")
public class StreamController {
    private static final Pattern LANGUAGE = Pattern.compile(SubscriptionRequest.LANGUAGE);
    private final StreamHub hub;
    private final StreamSeats seats;
    private final boolean namedEvents;

    public StreamController(StreamHub hub, StreamSeats seats, @Value("${tumen.alert.stream.named-events:true}") boolean namedEvents) {
        this.hub = hub;
        this.seats = seats;
        this.namedEvents = namedEvents;
    }

    /**
     * @param sources  comma-separated outlets (none: any); each must hold a letter, digit, punctuation mark or symbol:
     *                 spaces or invisible characters alone are refused (400 invalid-filter)
     * @param keywords comma-separated words an article must mention (none: any); each must hold a letter, digit,
     *                 punctuation mark or symbol: spaces or invisible characters alone are refused (400 invalid-filter)
     * @param named whether events carry their type as the SSE event name ({@code alert.created}, …); with
     *              {@code false} they are unnamed, so a browser's {@code EventSource.onmessage} receives them (the
     *              type is in the data's {@code type} either way). Default: {@code tumen.alert.stream.named-events}.
     */
    @Operation(operationId = "streamAlerts", summary = "Alerts as they happen, as server-sent events")
    // Either credential: a browser's EventSource sends no headers, so the stream (alone) takes a read token as
    // ?access_token=. The served description named only the header, and a client generated from it could not know the
    // query form the README gives (review of session 46).
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "bearer")
    @io.swagger.v3.oas.annotations.security.SecurityRequirement(name = "accessToken")
    @Get(produces = MediaType.TEXT_EVENT_STREAM)
    public Publisher<Event<String>> stream(@Nullable @QueryValue String minSeverity, @Nullable @QueryValue String categories,
                                           @Nullable @QueryValue String languages, @Nullable @QueryValue String sources,
                                           @Nullable @QueryValue String keywords, @Nullable @QueryValue Boolean named,
                                           @Nullable @Header("Last-Event-ID") String lastEventId) {
        Subscription filter = filter(minSeverity, categories, languages, sources, keywords);
        Long after = lastEventId(lastEventId);
        boolean withNames = named == null ? namedEvents : named;
        Runnable seat = seats.take(tokenName());
        Flux<StreamHub.Item> items;
        try {
            items = hub.open(after, StreamHub.Filter.of(filter));
        } catch (RuntimeException e) {
            seat.run();
            throw e;
        }
        return items.doFinally(s -> seat.run()).map(item -> {
            if (item.comment()) {
                return Event.of("").comment(item.data());
            }
            Event<String> event = Event.of(item.data()).id(Long.toString(item.offset()));
            return withNames ? event.name(item.type()) : event;
        });
    }

    /** The name of the token behind the current request (set by the bearer-token filter); {@code null} without one. */
    private static String tokenName() {
        return ServerRequestContext.currentRequest()
                .flatMap(r -> r.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE, AccessTokens.Token.class))
                .map(AccessTokens.Token::name)
                .orElse(null);
    }

    static Long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(header.trim());
            if (v < -1) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("invalid-last-event-id", "Last-Event-ID must be the id of an event this stream sent, got '"
                    + Problems.quote(header) + "'");
        }
    }

    static Subscription filter(String minSeverity, String categories, String languages, String sources, String keywords) {
        List<String> errors = new ArrayList<>();
        Severity min = Severity.LOW;
        if (minSeverity != null && !minSeverity.isBlank()) {
            try {
                min = Severity.parse(minSeverity);
                if (min == Severity.NONE) {
                    min = Severity.LOW;
                }
            } catch (IllegalArgumentException e) {
                errors.add("minSeverity: '" + Problems.quote(minSeverity) + "' is not one of none, low, medium, high, critical");
            }
        }
        List<Category> cats = new ArrayList<>();
        for (String c : split(categories)) {
            try {
                cats.add(Category.parse(c));
            } catch (IllegalArgumentException e) {
                errors.add("categories: '" + Problems.quote(c) + "' is not one of " + Arrays.stream(Category.values())
                        .map(Category::wire).collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        List<String> langs = split(languages);
        // A subscription's own bounds (SubscriptionRequest): the stream's filter had none, so one read token's 2,000
        // one-letter keywords were matched against every event for every client, on the one thread that feeds them
        // all (probe of session 29).
        List<String> sourceList = split(sources);
        List<String> keywordList = split(keywords);
        bounded("categories", split(categories), Integer.MAX_VALUE, errors);
        bounded("languages", langs, Integer.MAX_VALUE, errors);
        bounded("sources", sourceList, SubscriptionRequest.MAX_TEXT, errors);
        bounded("keywords", keywordList, SubscriptionRequest.MAX_TEXT, errors);
        for (String language : langs) {
            // The subscription's own rule (SubscriptionRequest): "english" would match nothing, silently.
            if (!LANGUAGE.matcher(language).matches()) {
                errors.add("languages: '" + Problems.quote(language) + "' " + SubscriptionRequest.LANGUAGE_MESSAGE);
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("invalid-filter", Problems.listed(errors)).with("errors", errors);
        }
        return new Subscription("stream", "stream", "", "json", min, cats, langs, sourceList, keywordList, false,
                List.of(), null, null);
    }

    private static void bounded(String name, List<String> values, int maxText, List<String> errors) {
        if (values.size() > SubscriptionRequest.MAX_LIST) {
            errors.add(name + ": at most " + SubscriptionRequest.MAX_LIST + " entries, got " + values.size());
        }
        for (String value : values) {
            if (value.length() > maxText) {
                errors.add(name + ": '" + Problems.quote(value) + "' is longer than " + maxText + " characters");
                return;
            }
            if (!TextFields.isOneLine(value)) {
                errors.add(name + ": '" + Problems.quote(value) + "' " + TextFields.ONE_LINE_MESSAGE);
                return;
            }
            if (maxText != Integer.MAX_VALUE && !TextFields.hasVisible(value)) {
                errors.add(name + ": '" + Problems.quote(value) + "' " + TextFields.VISIBLE_MESSAGE);
                return;
            }
        }
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
