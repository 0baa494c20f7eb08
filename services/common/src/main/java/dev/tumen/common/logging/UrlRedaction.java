package dev.tumen.common.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the credentials a URL can carry out of a text: the values of its query parameters ({@code ?api_key=…}) and
 * any {@code user:password@}. Parameter names, hosts and paths stay, so the text still says which URL it was about.
 * Used for every log line ({@link RedactingEncoder}) and for failure details that are stored and listed.
 */
public final class UrlRedaction {
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern USERINFO = Pattern.compile("^(https?://)[^/?#@]*@", Pattern.CASE_INSENSITIVE);

    private UrlRedaction() {
    }

    /** The text with every URL's query values and user information replaced by an ellipsis. */
    public static String redact(String text) {
        if (text.indexOf("://") < 0) {
            return text;
        }
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String url = USERINFO.matcher(m.group()).replaceFirst("$1…@");
            int query = url.indexOf('?');
            if (query >= 0) {
                url = url.substring(0, query) + redactQuery(url, query);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(url));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Only the URL's scheme, host and port, then {@code /…} when anything else was there: what a caller may see of a
     * URL that may itself be a credential (a chat webhook's path, a private feed's key, user information). Not a URL
     * with an absolute {@code scheme://} prefix comes back as {@code …}, so nothing of it shows.
     */
    public static String origin(String url) {
        if (url == null) {
            return null;
        }
        int scheme = url.indexOf("://");
        if (scheme <= 0) {
            return "…";
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#\\".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        String host = at >= 0 ? authority.substring(at + 1) : authority;
        boolean more = at >= 0 || end < url.length() && !url.substring(end).equals("/");
        return url.substring(0, start) + host + (more ? "/…" : (end < url.length() ? "/" : ""));
    }

    /** The text with every URL cut to its {@link #origin origin}. */
    public static String origins(String text) {
        if (text == null || text.indexOf("://") < 0) {
            return text;
        }
        Matcher m = URL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(origin(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * {@code url} from {@code from} (its {@code ?}) with each {@code name=value}'s value replaced by an ellipsis. A
     * scan, not a regular expression: a backtracking pattern took time quadratic in a URL's length ("?" ten thousand
     * times, a line a hostile page or feed can put in a log), and every log line of the service passes through here
     * on the thread that logged it.
     */
    static String redactQuery(String url, int from) {
        StringBuilder out = new StringBuilder(url.length() - from);
        int i = from;
        int n = url.length();
        while (i < n) {
            char c = url.charAt(i);
            if (c != '?' && c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && "=&#".indexOf(url.charAt(j)) < 0) {
                j++;
            }
            if (j < n && url.charAt(j) == '=') {
                int end = j + 1;
                while (end < n && "&#)],;".indexOf(url.charAt(end)) < 0) {
                    end++;
                }
                out.append(url, i, j + 1);
                if (end > j + 1) {
                    out.append('…');
                }
                i = end;
            } else {
                // No name=value starts anywhere before j: every later start would stop at the same j.
                out.append(url, i, j);
                i = j;
            }
        }
        return out.toString();
    }
}
