package dev.tumen.ingest.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.tumen.ingest.page.JsonLiteral;
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

/**
 * Reads a pushed {@link PagePush} from the body's bytes, as Micronaut's JSON reader would (the same mapper, the same
 * errors, then the same validation), and notes where its content's literal stood in them ({@link JsonLiteral}), so
 * that the pages record can copy that literal instead of escaping the content again (about a fifth of the parse,
 * encode and write a 30 KB push costs, by thread CPU time). Micronaut's reader parses from an {@code InputStream}
 * over the body unless its buffer is one array; this parses the array it copies the body into.
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
            return page != null && capture.literal != null && capture.text == page.content()
                    ? page.withContentJson(capture.literal) : page;
        } catch (IOException e) {
            throw decodingError(type, e);
        }
    }

    /** As Micronaut's JSON reader words it: the error handler reads the cause. */
    private static CodecException decodingError(Argument<?> type, IOException e) {
        return new CodecException("Error decoding JSON stream for type [" + type.getName() + "]: " + e.getMessage(), e);
    }

    /** The body being read, and where {@link Content} found the content in it. */
    private static final class Capture {
        final JsonParser parser;
        final byte[] body;
        String text;
        JsonLiteral literal;

        Capture(JsonParser parser, byte[] body) {
            this.parser = parser;
            this.body = body;
        }
    }

    /**
     * {@link PagePush#content()}'s deserializer: Jackson's own, noting where the literal stood when the parser is the
     * one over the body's bytes. A parser that lets raw control characters into strings would make the literal no
     * longer JSON to copy: then nothing is noted.
     */
    static final class Content extends StdDeserializer<String> {
        Content() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING || !(ctxt.getAttribute(CAPTURE) instanceof Capture capture) || capture.parser != p
                    || p.isEnabled(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS.mappedFeature())) {
                return StringDeserializer.instance.deserialize(p, ctxt);
            }
            long quote = p.currentTokenLocation().getByteOffset();
            String text = p.getText();
            long end = p.currentLocation().getByteOffset();
            byte[] body = capture.body;
            if (quote >= 0 && end <= body.length && quote < end - 1 && body[(int) quote] == '"' && body[(int) end - 1] == '"') {
                capture.text = text;
                capture.literal = new JsonLiteral(body, (int) quote + 1, (int) end - 1);
            }
            return text;
        }
    }
}
