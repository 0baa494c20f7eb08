package dev.tumen.common.http;

import dev.tumen.model.text.OutsideText;
import dev.tumen.model.Json;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** Writes {@link Problem}s as {@code application/problem+json} responses. */
public final class Problems {
    private Problems() {
    }

    public static MutableHttpResponse<String> response(Problem problem) {
        MutableHttpResponse<String> response = HttpResponse.<String>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(Json.string(problem));
        // A refusal from a filter before routing (the Accept filter's 406) is not seen by the response filters: it
        // carried no Cache-Control, Date or nosniff (review of session 50).
        AnswerHeaders.fill(response);
        return response;
    }

    public static MutableHttpResponse<String> response(ProblemException e, HttpRequest<?> request) {
        MutableHttpResponse<String> response = response(e.toProblem(request == null ? null : request.getPath()));
        e.headers().forEach(response::header);
        return response;
    }

    /** How much of one value a problem quotes back, its escapes counted as written. */
    public static final int MAX_QUOTE = OutsideText.MAX_QUOTE;

    /**
     * A caller's value (a header, a parameter's name or value, a field, a path segment, a media type, a charset, a
     * coding) as every problem quotes it: {@link OutsideText#quote}, the rule every text quoting outside input keeps
     * (moved to the model in session 51, so dead-letter reasons, the model's own messages and the command line keep it
     * too). The charset and decompression refusals quoted a header whole and others cut at 20 to 500 characters, so an
     * 8 KiB value came back until the problem's own last-resort cut, which took the advice after it (review of session
     * 50).
     */
    public static String quote(String text) {
        return OutsideText.quote(text);
    }

    /** {@code text} escaped and cut to {@code max} characters as {@link OutsideText#cut} does. */
    public static String quote(String text, int max) {
        return OutsideText.cut(text, max);
    }

    /** How much of a list of errors a detail spells out; the problem's {@code errors} member holds them all. */
    static final int MAX_LISTED = 400;

    /**
     * A detail naming several errors: as many as fit in {@link #MAX_LISTED} characters, then how many more the
     * {@code errors} member holds. A hundred unknown categories in one query were a hundred quotes in one detail.
     */
    public static String listed(java.util.List<String> errors) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (String e : errors) {
            if (shown > 0 && out.length() + 2 + e.length() > MAX_LISTED) {
                break;
            }
            out.append(shown == 0 ? "" : "; ").append(e);
            shown++;
        }
        return shown == errors.size() ? out.toString() : out.append("; and ").append(errors.size() - shown)
                .append(" more (see errors)").toString();
    }

    /** Caller-given text echoed in a problem stays short: a detail must not carry a caller's megabyte back. */
    public static String abbreviate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end) + "…";
    }

    /** 503 with when to come back, in the header a client library honours and in the body for a reader. */
    public static MutableHttpResponse<String> retryLater(HttpRequest<?> request, String slug, String detail, long seconds) {
        long after = Math.max(1, seconds);
        return response(new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, slug, detail)
                .with("retryAfterSeconds", after), request).header("Retry-After", Long.toString(after));
    }
}
