package dev.tumen.ingest.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.tumen.ingest.page.Refusal;
import dev.tumen.model.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies are read as bytes and parsed here, so that every way a body can be wrong gets its own
 * precise problem: empty, not UTF-8, not JSON (with line and column), not an object.
 */
final class JsonBodies {
    private JsonBodies() {
    }

    static JsonNode object(byte[] body) {
        if (body == null || body.length == 0) {
            throw Refusal.badRequest("empty-body", "the request body is empty; expected a JSON object");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw Refusal.unprocessable("wrong-encoding", "the JSON body is not valid UTF-8 (RFC 8259 requires UTF-8)");
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw Refusal.badRequest("malformed-json", "the body is not valid JSON" + (loc == null ? "" : " (line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr() + ")") + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Refusal.badRequest("malformed-json", "the body is not valid JSON: " + e.getMessage());
        }
        if (node == null || node.isMissingNode()) {
            throw Refusal.badRequest("empty-body", "the request body is empty; expected a JSON object");
        }
        if (!node.isObject()) {
            throw Refusal.badRequest("not-an-object", "expected a JSON object, got " + node.getNodeType().name().toLowerCase());
        }
        return node;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw Refusal.badRequest("invalid-field", "\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    static Long number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw Refusal.badRequest("invalid-field", "\"" + field + "\" must be an integer");
        }
        return v.asLong();
    }

    static Boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw Refusal.badRequest("invalid-field", "\"" + field + "\" must be true or false");
        }
        return v.asBoolean();
    }
}
