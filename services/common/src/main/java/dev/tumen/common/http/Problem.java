package dev.tumen.common.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.tumen.model.text.InvisibleCharacters;
import dev.tumen.model.text.OutsideText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every 4xx/5xx response ({@code application/problem+json}).
 *
 * @param type     a URI naming the kind of problem, e.g. {@code https://tumen.dev/problems/body-too-large}
 * @param title    a short, stable summary of the kind of problem
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, precisely enough to fix it
 * @param instance the request path
 * @param extra    problem-specific members (e.g. {@code limit}, {@code errors})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extra) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://tumen.dev/problems/";
    /**
     * Longer than any detail written here; what is cut is a caller's own input quoted back. The same bound as every
     * other text quoting outside input ({@link OutsideText#MAX_MESSAGE}), which the sweeps check problems against: at
     * 1,000 a detail no site bounded passed this cut and failed the sweeps' 500 (review of session 51).
     */
    static final int MAX_DETAIL = OutsideText.MAX_MESSAGE;

    /**
     * A detail never carries a caller's megabyte back, whichever message quoted it (a header, a value, a path); and no
     * text of a problem carries back a character that hides or reorders what a person reads of it
     * ({@link InvisibleCharacters}): every detail, {@code instance} and text member is made here, whoever wrote it.
     */
    public Problem {
        detail = OutsideText.bounded(detail);
        instance = shortened(InvisibleCharacters.escape(instance));
        extra = extra == null ? null : escaped(extra);
    }

    /** Longer than any path a route reads; a longer one is a caller's own id or junk, quoted back cut (session 50). */
    static final int MAX_INSTANCE = 200;

    /**
     * The path cut to {@link #MAX_INSTANCE} characters, never inside a percent-encoded octet, and marked as cut with an
     * ellipsis written percent-encoded, so {@code instance} stays a URI reference (RFC 9457 §3.1.5): a 3,000-character
     * id came back whole in every problem about it.
     */
    static String shortened(String path) {
        if (path == null || path.length() <= MAX_INSTANCE) {
            return path;
        }
        int end = MAX_INSTANCE - ELLIPSIS.length();
        int percent = path.lastIndexOf('%', end - 1);
        if (percent >= 0 && percent > end - 3) {
            end = percent;
        }
        if (Character.isHighSurrogate(path.charAt(end - 1))) {
            end--;
        }
        return path.substring(0, end) + ELLIPSIS;
    }

    private static final String ELLIPSIS = "%E2%80%A6";

    /** The members' text escaped, lists and maps of text included; a map with nothing to escape is the same map. */
    @SuppressWarnings("unchecked")
    private static <T> T escaped(T value) {
        if (value instanceof String s) {
            return (T) InvisibleCharacters.escape(s);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            boolean changed = false;
            for (Object item : list) {
                Object e = escaped(item);
                changed |= e != item;
                out.add(e);
            }
            return changed ? (T) Collections.unmodifiableList(out) : value;
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> out = new LinkedHashMap<>();
            boolean changed = false;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                Object k = escaped(e.getKey());
                Object v = escaped(e.getValue());
                changed |= k != e.getKey() || v != e.getValue();
                out.put(k, v);
            }
            return changed ? (T) Collections.unmodifiableMap(out) : value;
        }
        return value;
    }

    /** A problem of the type {@code slug}, titled as {@link ProblemTypes} says. */
    public static Problem of(String slug, io.micronaut.http.HttpStatus status, String detail, String instance, Map<String, Object> extra) {
        return new Problem(type(slug), ProblemTypes.title(slug, status), status.getCode(), detail, instance, extra);
    }

    public static String type(String slug) {
        return TYPE_BASE + slug;
    }

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extra == null ? Map.of() : extra;
    }
}
