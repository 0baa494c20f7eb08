package dev.tumen.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.Instant;

/** An {@link Instant} in a request body or a record value from an ISO-8601 text only; any other JSON type is the caller's mistake. */
public final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {
    public IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
        }
        Instant at = InstantDeserializer.INSTANT.deserialize(p, ctxt);
        if (at != null && (at.isBefore(FIRST) || at.isAfter(LAST))) {
            // Java writes such a time as "+10000-01-01T00:00:00Z", which no RFC 3339 reader takes (probe of session 34):
            // a record from outside with one went on into webhook bodies, Discord embeds and the stream.
            return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(), "outside RFC 3339's years 0000 to 9999");
        }
        return at;
    }

    private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");
}
