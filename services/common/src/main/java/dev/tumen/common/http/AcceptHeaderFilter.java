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
import java.util.Map;
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
 *   <li>The header is read as RFC 9110's list grammar by {@link HeaderLists} (quoted strings, empty elements, weights
 *       of 0 to 1): a header of only separators is no header; an element that is no media range or has a weight
 *       outside that grammar ({@code q=NaN}, {@code q=1e9}) is left out, and a header of nothing else is 406
 *       {@code not-acceptable} naming it. The hand-written split threw on {@code …,;} (a 500, review of session 49).</li>
 *   <li>{@code Accept-Language} and {@code Accept-Charset} lose the elements they cannot be read by: Micronaut's own
 *       split of them threw on {@code ,} and {@code ;} alike.</li>
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
        if (!(request.getHeaders() instanceof MutableHttpHeaders headers)) {
            return null;
        }
        disregardUnreadable(headers, HttpHeaders.ACCEPT_LANGUAGE, AcceptHeaderFilter::readableLanguage);
        disregardUnreadable(headers, HttpHeaders.ACCEPT_CHARSET, AcceptHeaderFilter::readableCharset);
        List<String> values = request.getHeaders().getAll(HttpHeaders.ACCEPT);
        if (values.isEmpty()) {
            return null;
        }
        String given = String.join(", ", values);
        Normalized normalized = normalize(given, range -> produced(request, range));
        if (normalized.header() == null) {
            // Nothing but separators and blanks: no media range named, which is no Accept header at all.
            headers.remove(HttpHeaders.ACCEPT);
            return null;
        }
        if (normalized.header().equals(given)) {
            return null;
        }
        if (normalized.header().isEmpty()) {
            observers.forEach(o -> o.refused(request, 406, "not-acceptable"));
            String why = normalized.unreadable().isEmpty() ? "refuses every type (q=0)"
                    : "names no media range the service can read (unreadable: " + normalized.unreadable().stream()
                            .map(u -> "'" + Problems.quote(u) + "'").limit(3).collect(java.util.stream.Collectors.joining(", "))
                            + "; a range is type/subtype with an optional q from 0 to 1)";
            return Problems.response(new ProblemException(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "the Accept header '"
                    + Problems.quote(given) + "' " + why + "; send the types you take, e.g. "
                    + "'application/json, application/problem+json'"), request);
        }
        request.setAttribute(ORIGINAL, given);
        headers.remove(HttpHeaders.ACCEPT);
        headers.add(HttpHeaders.ACCEPT, normalized.header());
        return null;
    }

    /**
     * Keeps the elements of {@code name} that {@code readable} takes and drops the header when none is left. Micronaut
     * splits {@code Accept-Language} (for the request's locale, read while binding a body) and {@code Accept-Charset}
     * by hand, and its split threw on an element of only separators ({@code ,}, {@code ;}): a 500 on every route with
     * a body. The services answer UTF-8 and English whatever these say, and RFC 9110 §12.5.3 and §12.5.4 let a server
     * disregard them, so an element that cannot be read is disregarded, not refused.
     */
    private static void disregardUnreadable(MutableHttpHeaders headers, String name, java.util.function.Predicate<HeaderLists.Element> readable) {
        List<String> values = headers.getAll(name);
        if (values.isEmpty()) {
            return;
        }
        List<String> kept = HeaderLists.elements(values).stream().filter(e -> e.readable() && e.weight() >= 0 && readable.test(e))
                .map(HeaderLists.Element::raw).toList();
        headers.remove(name);
        if (!kept.isEmpty()) {
            headers.add(name, String.join(", ", kept));
        }
    }

    private static boolean readableLanguage(HeaderLists.Element e) {
        try {
            // The JDK's parser of RFC 4647 ranges; a list of one element, so an empty element cannot trip it.
            java.util.Locale.LanguageRange.parse(e.value());
            return true;
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    private static boolean readableCharset(HeaderLists.Element e) {
        try {
            return e.value().equals("*") || java.nio.charset.Charset.isSupported(e.value());
        } catch (IllegalArgumentException invalid) {
            return false;
        }
    }

    /**
     * The Accept header as the router is to read it: {@code null} when the header names nothing (only separators and
     * blanks), empty when every element was weighted 0 or could not be read; {@code unreadable} lists the latter.
     */
    record Normalized(String header, List<String> unreadable) {
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

    private record Entry(String range, double weight, int position) {
    }

    /**
     * The header's elements (read by {@link HeaderLists}), heaviest first, each without its weight (or what follows
     * it), those weighted 0 and those that are no media range left out, each range with a wildcard subtype followed by
     * the types {@code covered} names for it, and {@code application/json} after {@code application/problem+json} when
     * it is not there.
     */
    static Normalized normalize(String header, Function<String, List<String>> covered) {
        List<HeaderLists.Element> elements = HeaderLists.elements(List.of(header));
        if (elements.isEmpty()) {
            return new Normalized(null, List.of());
        }
        List<Entry> entries = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        boolean json = false;
        boolean problem = false;
        for (int i = 0; i < elements.size(); i++) {
            HeaderLists.Element element = elements.get(i);
            double weight = element.weight();
            if (!element.readable() || !isMediaRange(element.value()) || weight < 0) {
                unreadable.add(element.raw());
                continue;
            }
            if (weight == 0) {
                continue;
            }
            String type = element.value().toLowerCase(Locale.ROOT);
            StringBuilder range = new StringBuilder(element.value());
            if (!answeredByUs(type)) {
                for (Map.Entry<String, String> parameter : element.parameters().entrySet()) {
                    if (parameter.getKey().equals("q")) {
                        break;
                    }
                    String v = parameter.getValue();
                    range.append(';').append(parameter.getKey()).append('=')
                            .append(HeaderLists.isToken(v) ? v : '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"');
                }
            }
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
        return new Normalized(String.join(", ", ranges), List.copyOf(unreadable));
    }

    /** RFC 9110 §12.5.1's {@code media-range}: any type and subtype, a type and any subtype, or both named; tokens each. */
    static boolean isMediaRange(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return false;
        }
        String type = value.substring(0, slash);
        String subtype = value.substring(slash + 1);
        return HeaderLists.isToken(type) && HeaderLists.isToken(subtype) && subtype.indexOf('/') < 0
                && (!type.equals("*") || subtype.equals("*"));
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

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
