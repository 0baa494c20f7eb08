package dev.tumen.common.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import dev.tumen.model.text.InvisibleCharacters;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes each log line as the encoder it wraps does, with the credentials a URL can carry taken out: the values of its
 * query parameters ({@code ?api_key=…}) and any {@code user:password@}. Feed, fetch and webhook URLs reach log lines
 * in messages of Tumen's own and of its libraries (an exception quoting the URL it failed on), and paid feeds and
 * webhooks put their key in the query; redacting the written line covers every such message and stack trace at once.
 * Parameter names, hosts and paths stay, so a line still says which feed failed.
 *
 * <p>And the values of the settings that hold secrets (the access token, the encryption keys, Kafka's passwords and
 * JAAS configuration), read from the environment and the system properties at start: at {@code TRACE} Micronaut logs
 * each property it resolves with its value, and wrote the token and the key in the clear (probe of session 28).
 */
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {
    /** Shorter values are never taken for a secret: a "true" or a port would be cut out of every line. */
    static final int MIN_SECRET_LENGTH = 8;
    /** Settings (as environment variables) whose values are secrets. */
    private static final Pattern SECRET_SETTING = Pattern.compile("(TUMEN|KAFKA)_\\w*(TOKEN|KEY|SECRET|PASSWORD|JAAS|CREDENTIAL)\\w*");
    private static final Pattern JAAS_PASSWORD = Pattern.compile("(?i)password\\s*=\\s*\"([^\"]*)\"");

    private final Encoder<ILoggingEvent> inner;
    private final List<String> secrets;

    public RedactingEncoder(Encoder<ILoggingEvent> inner) {
        this(inner, secretsOf(System.getenv(), System.getProperties()));
    }

    public RedactingEncoder(Encoder<ILoggingEvent> inner, List<String> secrets) {
        this.inner = inner;
        this.secrets = List.copyOf(secrets);
    }

    /**
     * The secret values among {@code env} and {@code properties} (a property named as its variable would be:
     * {@code tumen.security.token}), each list item of a comma-separated value and each password of a JAAS
     * configuration on its own too; the longest first, so a value is cut whole before any part of it.
     */
    static List<String> secretsOf(Map<String, String> env, Properties properties) {
        List<String> values = new ArrayList<>();
        java.util.function.BiConsumer<String, String> add = (name, value) -> {
            if (value == null || !SECRET_SETTING.matcher(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_')).matches()) {
                return;
            }
            values.add(value.strip());
            for (String part : value.split(",")) {
                values.add(part.strip());
            }
            Matcher password = JAAS_PASSWORD.matcher(value);
            while (password.find()) {
                values.add(password.group(1));
            }
        };
        env.forEach(add);
        properties.stringPropertyNames().forEach(name -> add.accept(name, properties.getProperty(name)));
        return values.stream().filter(v -> v.length() >= MIN_SECRET_LENGTH).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The text with every URL's query values and user information replaced by an ellipsis ({@link UrlRedaction}). */
    public static String redact(String text) {
        return UrlRedaction.redact(text);
    }

    static String redactQuery(String url, int from) {
        return UrlRedaction.redactQuery(url, from);
    }

    @Override
    public byte[] headerBytes() {
        return inner.headerBytes();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        byte[] line = inner.encode(event);
        String text = new String(line, StandardCharsets.UTF_8);
        String redacted = escapeControls(redact(escapeOutsideBreaks(text, event)));
        for (String secret : secrets) {
            if (redacted.contains(secret)) {
                redacted = redacted.replace(secret, "…");
            }
        }
        return redacted == text ? line : redacted.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The line with the line breaks of the event's arguments and of its exceptions' messages written escaped ({@code \n},
     * {@code \r}, {@code \u2028}): those hold text from outside (a Kafka record's key or id quoted in a dead letter's
     * reason, a receiver's answer, a page's title), and a break in one started a line of the caller's choosing, a
     * forged {@code ERROR} say (probe of session 34, the seventh review's note). The message's own breaks (Kafka's
     * configuration dumps) and a stack trace's stay. The written message is found by its text: an encoder that escapes
     * it itself (JSON) is left as it is.
     */
    static String escapeOutsideBreaks(String text, ILoggingEvent event) {
        String out = text;
        Object[] args = event.getArgumentArray();
        if (args != null && event.getMessage() != null) {
            Object[] escaped = null;
            for (int i = 0; i < args.length; i++) {
                if (args[i] == null || args[i].getClass().isArray()) {
                    continue;
                }
                String value = String.valueOf(args[i]);
                if (hasBreak(value)) {
                    if (escaped == null) {
                        escaped = args.clone();
                    }
                    escaped[i] = escapeBreaks(value);
                }
            }
            if (escaped != null) {
                String written = event.getFormattedMessage();
                String safe = org.slf4j.helpers.MessageFormatter.arrayFormat(event.getMessage(), escaped).getMessage();
                out = replaceFirst(out, written, safe);
            }
        }
        java.util.ArrayDeque<ch.qos.logback.classic.spi.IThrowableProxy> throwables = new java.util.ArrayDeque<>();
        if (event.getThrowableProxy() != null) {
            throwables.add(event.getThrowableProxy());
        }
        java.util.Set<ch.qos.logback.classic.spi.IThrowableProxy> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        while (!throwables.isEmpty() && seen.size() < 64) {
            ch.qos.logback.classic.spi.IThrowableProxy t = throwables.poll();
            if (!seen.add(t)) {
                continue;
            }
            String message = t.getMessage();
            if (message != null && hasBreak(message)) {
                out = out.replace(message, escapeBreaks(message));
            }
            if (t.getCause() != null) {
                throwables.add(t.getCause());
            }
            if (t.getSuppressed() != null) {
                throwables.addAll(java.util.Arrays.asList(t.getSuppressed()));
            }
        }
        return out;
    }

    private static boolean hasBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }

    private static String escapeBreaks(String s) {
        return s.replace("\r", "\\r").replace("\n", "\\n").replace("\u0085", "\\u0085").replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    private static String replaceFirst(String text, String target, String replacement) {
        int at = text.indexOf(target);
        return at < 0 ? text : text.substring(0, at) + replacement + text.substring(at + target.length());
    }

    /**
     * The text with every character that shows nothing or reorders what follows written as its escape, by the rule every
     * text quoting outside input keeps ({@link InvisibleCharacters}), but the line's own breaks and tabs: text from
     * outside reaches log lines (a feed server's status line, quoted by the HTTP client's exception in the feed's
     * failure), and a carriage return or a terminal escape in it overwrote the line or cleared an operator's terminal
     * (probe of session 33); bidirectional embeddings, overrides and isolates reordered the rest of the line (session
     * 43). Zero-width spaces, the byte order mark, tag characters, lone surrogates and noncharacters came through as
     * they were, where a problem or a dead letter's reason escapes them (session 51). A carriage return right before a
     * line break is the break's own. Right-to-left text and its marks stay. Returns {@code text} itself when there is
     * nothing to escape.
     */
    static String escapeControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean own = c == '\n' || c == '\t' || c == '\r' && next < text.length() && text.charAt(next) == '\n';
            boolean hidden = !own && InvisibleCharacters.hidden(c);
            if (hidden && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append(InvisibleCharacters.escape(text.substring(i, next)));
                } else {
                    out.appendCodePoint(c);
                }
            }
            i = next;
        }
        return out == null ? text : out.toString();
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
