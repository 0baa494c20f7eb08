package dev.tumen.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * A string of a request body or a record value that is Unicode text: JSON's {@code \uD800}-{@code \uDFFF} escapes may
 * spell a surrogate without its pair, which is no character at all (RFC 8259, 8.2; I-JSON, RFC 7493, forbids it). Read
 * as Jackson does, such a string was taken (probe of session 34): a page's body written out again as UTF-8 held a
 * {@code ?} in its place (its content hash taken over the other text), and a title or keyword went on as the escape,
 * onto the topics, the stream and every webhook body, where strict readers (Rust's {@code serde_json}, a Go receiver
 * replacing it, a CloudEvents SDK) refuse or change the whole body: one pushed page could make a subscriber's
 * deliveries fail until they were exhausted. Now such a string is the field's error: 400 {@code invalid-field} naming it
 * over HTTP, a malformed record on a topic.
 */
public final class UnicodeStringDeserializer extends StdScalarDeserializer<String> {
    public UnicodeStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String s = StringDeserializer.instance.deserialize(p, ctxt);
        int at = unpairedSurrogate(s);
        if (at >= 0) {
            throw new NotUnicode(p, String.format("is not Unicode text: an unpaired surrogate (\\u%04X) at character %d",
                    (int) s.charAt(at), at));
        }
        return s;
    }

    /** The error of a string that is not Unicode text: its message says what is wrong, after the field's name. */
    public static final class NotUnicode extends JsonMappingException {
        NotUnicode(JsonParser p, String message) {
            super(p, message);
        }
    }

    /** The index of the first surrogate in {@code s} that is not half of a pair, or -1 (also for {@code null}). */
    public static int unpairedSurrogate(String s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < Character.MIN_SURROGATE || c > Character.MAX_SURROGATE) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
