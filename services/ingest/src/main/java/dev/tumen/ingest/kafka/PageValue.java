package dev.tumen.ingest.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import java.io.IOException;

/**
 * The pages topic's record value: {@link Json#bytes} of the page, written with the content's UTF-8 bytes that the intake
 * already has (it encodes them once, to count and hash them). Jackson then only escapes those bytes instead of encoding
 * the 30 KB string a second time. The JSON is {@link Json#bytes}'s, byte for byte but for characters outside the BMP
 * (an emoji): Jackson's string path writes each as an escaped surrogate pair (12 bytes), this as its four UTF-8 bytes;
 * both read back as the same string.
 */
final class PageValue {
    private static final String CONTENT_UTF8 = "tumen.ingest.content-utf8";
    private static final ObjectWriter WRITER = Json.mapper().copy().addMixIn(PageReceived.class, ContentFromBytes.class).writer();

    private PageValue() {
    }

    /** {@code contentUtf8} must be the UTF-8 encoding of {@code page.content()}; {@code null} writes it from the string. */
    static byte[] bytes(PageReceived page, byte[] contentUtf8) {
        if (contentUtf8 == null) {
            return Json.bytes(page);
        }
        try {
            return WRITER.withAttribute(CONTENT_UTF8, contentUtf8).writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise the page " + page.id(), e);
        }
    }

    /** Jackson's mix-in: annotations for {@link PageReceived}'s {@code content} accessor. */
    abstract static class ContentFromBytes {
        @JsonSerialize(using = Utf8Content.class)
        abstract String content();
    }

    static final class Utf8Content extends StdSerializer<String> {
        Utf8Content() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (provider.getAttribute(CONTENT_UTF8) instanceof byte[] utf8) {
                gen.writeUTF8String(utf8, 0, utf8.length);
            } else {
                gen.writeString(value);
            }
        }
    }
}
