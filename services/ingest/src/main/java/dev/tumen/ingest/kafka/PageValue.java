package dev.tumen.ingest.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.tumen.ingest.page.EncodedContent;
import dev.tumen.model.Json;
import dev.tumen.model.PageReceived;
import java.io.IOException;

/**
 * The pages topic's record value: {@link Json#bytes} of the page, written from the content's bytes that the intake
 * already has. With the content as a pushed JSON string's inside ({@link EncodedContent#json}), those bytes are copied
 * as they came; else the UTF-8 bytes are escaped, instead of encoding the 30 KB string a second time. Both read back as
 * the same string as {@link Json#bytes}'s; the bytes differ where escaping is a choice: a pushed {@code \/}, or a
 * character outside the BMP (an emoji), which Jackson's string path writes as an escaped surrogate pair (12 bytes) and
 * this as its four UTF-8 bytes.
 */
final class PageValue {
    private static final String CONTENT = "tumen.ingest.content";
    private static final ObjectWriter WRITER = Json.mapper().copy().addMixIn(PageReceived.class, ContentFromBytes.class).writer();

    private PageValue() {
    }

    /** {@code content} must hold {@code page.content()} ({@link EncodedContent}); {@code null} writes it from the string. */
    static byte[] bytes(PageReceived page, EncodedContent content) {
        if (content == null) {
            return Json.bytes(page);
        }
        try {
            return WRITER.withAttribute(CONTENT, content).writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise the page " + page.id(), e);
        }
    }

    /** Jackson's mix-in: annotations for {@link PageReceived}'s {@code content} accessor. */
    abstract static class ContentFromBytes {
        @JsonSerialize(using = EncodedContentSerializer.class)
        abstract String content();
    }

    static final class EncodedContentSerializer extends StdSerializer<String> {
        EncodedContentSerializer() {
            super(String.class);
        }

        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (!(provider.getAttribute(CONTENT) instanceof EncodedContent content)) {
                gen.writeString(value);
            } else if (content.json() != null) {
                gen.writeRawUTF8String(content.json().bytes(), content.json().from(), content.json().to() - content.json().from());
            } else {
                gen.writeUTF8String(content.utf8(), 0, content.utf8().length);
            }
        }
    }
}
