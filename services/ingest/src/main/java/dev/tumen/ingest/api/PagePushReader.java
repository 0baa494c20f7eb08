package dev.tumen.ingest.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import dev.tumen.ingest.page.EncodedContent;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.io.buffer.ByteBuffer;
import io.micronaut.core.io.buffer.ReferenceCounted;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a pushed {@link PagePush} from the body's bytes, as Micronaut's JSON reader would (the same mapper, the same
 * errors, then the same validation), but keeps its content's bytes ({@link EncodedContent}): for a 30 KB page, Jackson
 * decoding the content char by char from a stream, the intake encoding it back to UTF-8 and the record escaping it
 * again were about 40 % of ingest's CPU (JFR, session 14). The content literal is read by {@link JsonStringBytes}
 * when it is plain; else by Jackson, and the page has no bytes to pass on.
 */
@Singleton
@Consumes(MediaType.APPLICATION_JSON)
// Before Micronaut's JSON reader (order -10), which would read every type.
@Order(-100)
public class PagePushReader implements MessageBodyReader<PagePush> {
    private static final String CAPTURE = "tumen.ingest.push-body";
    private final ObjectReader reader;

    public PagePushReader(ObjectMapper mapper) {
        this.reader = mapper.readerFor(PagePush.class);
    }

    @Override
    public boolean isReadable(Argument<PagePush> type, MediaType mediaType) {
        return type.getType() == PagePush.class;
    }

    @Override
    public PagePush read(Argument<PagePush> type, MediaType mediaType, Headers httpHeaders, ByteBuffer<?> byteBuffer) {
        PagePush page = read(type, byteBuffer.toByteArray());
        // As Micronaut's JSON reader: the buffer is released once read, and left to the framework when reading fails.
        if (byteBuffer instanceof ReferenceCounted counted) {
            counted.release();
        }
        return page;
    }

    @Override
    public PagePush read(Argument<PagePush> type, MediaType mediaType, Headers httpHeaders, InputStream inputStream) {
        try {
            return read(type, inputStream.readAllBytes());
        } catch (IOException e) {
            throw decodingError(type, e);
        }
    }

    PagePush read(Argument<PagePush> type, byte[] body) {
        try (JsonParser parser = reader.getFactory().createParser(body)) {
            Capture capture = new Capture(parser, body);
            PagePush page = reader.withAttribute(CAPTURE, capture).readValue(parser);
            // The content Jackson kept is the literal read last (a repeated field: the last one wins).
            return page != null && capture.text != null && capture.text == page.content() ? page.withEncoded(capture.encoded) : page;
        } catch (IOException e) {
            throw decodingError(type, e);
        }
    }

    /** As Micronaut's JSON reader words it: the error handler reads the cause. */
    private static CodecException decodingError(Argument<?> type, IOException e) {
        return new CodecException("Error decoding JSON stream for type [" + type.getName() + "]: " + e.getMessage(), e);
    }

    /** The body being read, and what {@link Content} read of it. */
    private static final class Capture {
        final JsonParser parser;
        final byte[] body;
        String text;
        EncodedContent encoded;

        Capture(JsonParser parser, byte[] body) {
            this.parser = parser;
            this.body = body;
        }
    }

    /**
     * {@link PagePush#content()}'s deserializer: from the body's bytes when the parser is the one over them, else (a
     * number, null, an object, a literal it does not read, another mapper's use of the record) Jackson's own.
     */
    static final class Content extends StdDeserializer<String> {
        Content() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && ctxt.getAttribute(CAPTURE) instanceof Capture capture && capture.parser == p) {
                long quote = p.currentTokenLocation().getByteOffset();
                EncodedContent encoded = quote >= 0 && quote < capture.body.length
                        ? JsonStringBytes.read(capture.body, (int) quote, capture.body.length) : null;
                if (encoded != null) {
                    // The parser skips the literal it did not decode when it moves on (and still checks its syntax).
                    capture.text = new String(encoded.utf8(), StandardCharsets.UTF_8);
                    capture.encoded = encoded;
                    return capture.text;
                }
            }
            return StringDeserializer.instance.deserialize(p, ctxt);
        }
    }
}
