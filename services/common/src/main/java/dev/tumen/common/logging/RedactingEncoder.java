package dev.tumen.common.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * Writes each log line as the encoder it wraps does, with the credentials a URL can carry taken out: the values of its
 * query parameters ({@code ?api_key=…}) and any {@code user:password@}. Feed, fetch and webhook URLs reach log lines
 * in messages of Tumen's own and of its libraries (an exception quoting the URL it failed on), and paid feeds and
 * webhooks put their key in the query; redacting the written line covers every such message and stack trace at once.
 * Parameter names, hosts and paths stay, so a line still says which feed failed.
 */
public final class RedactingEncoder extends EncoderBase<ILoggingEvent> {
    private final Encoder<ILoggingEvent> inner;

    public RedactingEncoder(Encoder<ILoggingEvent> inner) {
        this.inner = inner;
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
