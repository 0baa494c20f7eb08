package dev.tumen.common.http;

import io.micronaut.context.BeanProvider;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;
import io.micronaut.web.router.Router;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the {@code Accept} header as RFC 9110 §12.5.1 says, before the router chooses a route by it:
 * <ul>
 *   <li>{@code application/problem+json} also takes {@code application/json}. A client generated from the OpenAPI
 *       description sends the types an operation documents, and one whose success has no body documents only
 *       problem+json: alert answered it 406 and ingest's {@code /pages}, whose JSON and raw routes differ in what they
 *       consume, 415 "Content Type [application/json] not allowed", naming the one thing that was right.</li>
 *   <li>A range with a wildcard subtype ({@code application/*}, {@code text/*}) takes, by name, the types the routes at
 *       the request's path answer under it: the router reads no such range, and answered 406 to {@code text/*} on the
 *       event stream and 415 to {@code application/*} on a path whose two routes differ in what they consume (the
 *       classifier's /classify, ingest's /pages), blaming a Content-Type that was right.</li>
 *   <li>An entry with {@code q=0} means "not this" and is dropped; a header of nothing else is answered 406
 *       {@code not-acceptable}. It was served, and the answer's Content-Type was {@code application/json;q=0}.</li>
 *   <li>The weight and what follows it are dropped from each entry (the entries ordered by weight first), and every
 *       parameter from a JSON or wildcard entry: the router copied the chosen entry, parameters and all, into the
 *       answer's Content-Type ({@code application/json;q=0.5}), which no client's media-type parser expects.</li>
 * </ul>
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class AcceptHeaderFilter implements Ordered {
    private static final String PROBLEM = Problem.MEDIA_TYPE;
    private static final String JSON = "application/json";
    /** The Accept header as the caller sent it, for an answer that quotes it. */
    static final String ORIGINAL = "tumen.accept.original";

    private final List<RefusalObserver> observers;
    // A provider: the router is built from the beans this filter is one of.
    private final BeanProvider<Router> router;

    public AcceptHeaderFilter(List<RefusalObserver> observers, BeanProvider<Router> router) {
        this.observers = observers;
        this.router = router;
    }

    @PreMatching
    @RequestFilter
    @Nullable
    public HttpResponse<?> normalize(HttpRequest<?> request) {
        List<String> values = request.getHeaders().getAll(HttpHeaders.ACCEPT);
        if (values.isEmpty() || !(request.getHeaders() instanceof MutableHttpHeaders headers)) {
            return null;
        }
        String given = String.join(", ", values);
        String normalized = normalize(given, range -> produced(request, range));
        if (normalized.equals(given)) {
            return null;
        }
        if (normalized.isEmpty()) {
            observers.forEach(o -> o.refused(request, 406, "not-acceptable"));
            return Problems.response(new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "the Accept header '"
                    + Problems.abbreviate(given, 200) + "' refuses every type (q=0); send the types you take, e.g. "
                    + "'application/json, application/problem+json'"), request);
        }
        request.setAttribute(ORIGINAL, given);
        headers.remove(HttpHeaders.ACCEPT);
        headers.add(HttpHeaders.ACCEPT, normalized);
        return null;
    }

    private record Entry(String range, double weight, int position) {
    }

    /** The types the routes at the request's path and method answer whose top-level type is {@code range}'s. */
    private List<String> produced(HttpRequest<?> request, String range) {
        String top = range.substring(0, range.indexOf('/') + 1);
        Set<String> types = new LinkedHashSet<>();
        router.get().find(request.getMethod(), request.getPath(), request).forEach(match -> {
            for (MediaType type : match.getRouteInfo().getProduces()) {
                String name = type.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith(top) && !name.endsWith("/*")) {
                    types.add(name);
                }
            }
        });
        return List.copyOf(types);
    }

    /**
     * The header's entries, heaviest first, each without its weight (or what follows it), those weighted 0 left out,
     * each range with a wildcard subtype followed by the types {@code covered} names for it, and {@code application/json}
     * after {@code application/problem+json} when it is not there; empty when every entry was weighted 0.
     */
    static String normalize(String header, Function<String, List<String>> covered) {
        List<Entry> entries = new ArrayList<>();
        boolean json = false;
        boolean problem = false;
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            if (part.isEmpty()) {
                continue;
            }
            String[] pieces = part.split(";");
            if (pieces.length == 0) {
                // only semicolons (";", ";;"): no media range, skipped as an empty part is (FuzzIT found a 500 here)
                continue;
            }
            StringBuilder range = new StringBuilder(pieces[0].trim());
            double weight = 1;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim();
                if (parameter.toLowerCase(Locale.ROOT).startsWith("q=")) {
                    weight = weight(parameter.substring(2).trim());
                    break;
                }
                if (!parameter.isEmpty() && !answeredByUs(pieces[0].trim())) {
                    range.append(';').append(parameter);
                }
            }
            if (weight <= 0) {
                continue;
            }
            String type = pieces[0].trim().toLowerCase(Locale.ROOT);
            json |= type.equals(JSON);
            problem |= type.equals(PROBLEM);
            entries.add(new Entry(range.toString(), weight, i));
        }
        entries.sort(Comparator.comparingDouble(Entry::weight).reversed().thenComparingInt(Entry::position));
        List<String> ranges = new ArrayList<>();
        for (Entry entry : entries) {
            ranges.add(entry.range());
            String type = entry.range().toLowerCase(Locale.ROOT);
            type = type.contains(";") ? type.substring(0, type.indexOf(';')).trim() : type;
            if (type.endsWith("/*") && !type.equals("*/*")) {
                for (String named : covered.apply(type)) {
                    if (!ranges.contains(named)) {
                        ranges.add(named);
                    }
                    json |= named.equals(JSON);
                }
            }
        }
        if (problem && !json) {
            ranges.add(JSON);
        }
        return String.join(", ", ranges);
    }

    /**
     * JSON and the wildcards, which Tumen's own operations answer: their parameters ({@code version=2}) name nothing
     * these answers have and went into the Content-Type. Other types keep theirs, which mean something to the endpoint
     * that serves them (the scrape's {@code text/plain;version=0.0.4}).
     */
    private static boolean answeredByUs(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.equals(JSON) || t.equals(PROBLEM) || t.equals("*/*") || t.equals("application/*");
    }

    /** A weight as RFC 9110 writes it; one that does not parse counts as 1, as if it were not there. */
    private static double weight(String text) {
        try {
            double weight = Double.parseDouble(text);
            return Double.isNaN(weight) ? 1 : weight;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
