package dev.tumen.common.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each log line as the encoder it wraps does, with the credentials a URL can carry taken out: the values of its
 * query parameters ({@code ?api_key=…}) and any {@code user:password@}. Feed, fetch and webhook URLs reach log lines
 * in messages of Tumen's own and of its libraries (an exception quoting the URL it failed on), and paid feeds and
 * webhooks put their key in the query; redacting the written line covers every such message and stack trace at once.
 * Parameter names, hosts and paths stay, so a line still says which feed failed.
 */
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {
    private static final Pattern URL = Pattern.compile("\\bhttps?://[^\\s\"'<>]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern USERINFO = Pattern.compile("^(https?://)[^/?#@]*@", Pattern.CASE_INSENSITIVE);
    private final Encoder<ILoggingEvent> inner;

    public RedactingEncoder(Encoder<ILoggingEvent> inner) {
        this.inner = inner;
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

    @Override
    public byte[] headerBytes() {
        return inner.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] line = inner.encode(event);
        String text = new String(line, StandardCharsets.UTF_8);
        String redacted = redact(text);
        return redacted == text ? line : redacted.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public byte[] footerBytes() {
        return inner.footerBytes();
    }

    @Override
    public void start() {
        if (!inner.isStarted()) {
            inner.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        inner.stop();
        super.stop();
    }
}
