package dev.tumen.common.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tumen.common.json.JsonSettings;
import dev.tumen.model.Json;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every JSON type a body field does not take is a 400 naming the field and what it takes, never a conversion. */
class StrictJsonBodiesTest {
    enum Colour { RED, GREEN }

    record Body(String text, Long count, Boolean flag, Instant at, List<String> words, Double share, Colour colour) {
    }

    final ObjectMapper mapper = JsonSettings.strictScalars(Json.configure(JsonMapper.builder().build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));

    @Test
    void wrongTypesAreRefusedFieldByField() {
        record Probe(String json, String field, String expected) {
        }
        List<Probe> probes = List.of(
                new Probe("{\"text\": 12}", "text", "a string"),
                new Probe("{\"text\": true}", "text", "a string"),
                new Probe("{\"text\": 1.5}", "text", "a string"),
                new Probe("{\"text\": [\"x\"]}", "text", "a string"),
                new Probe("{\"text\": {\"a\": 1}}", "text", "a string"),
                new Probe("{\"count\": \"600\"}", "count", "an integer"),
                new Probe("{\"count\": 600.7}", "count", "an integer"),
                new Probe("{\"count\": [600]}", "count", "an integer"),
                new Probe("{\"count\": \"\"}", "count", "an integer"),
                new Probe("{\"count\": true}", "count", "an integer"),
                new Probe("{\"flag\": 1}", "flag", "true or false"),
                new Probe("{\"flag\": \"true\"}", "flag", "true or false"),
                new Probe("{\"flag\": \"\"}", "flag", "true or false"),
                new Probe("{\"flag\": [true]}", "flag", "true or false"),
                new Probe("{\"share\": \"0.5\"}", "share", "a number"),
                new Probe("{\"at\": \"\"}", "at", "an ISO-8601 date-time such as 2026-01-31T12:00:00Z"),
                new Probe("{\"at\": [\"2026-01-31T12:00:00Z\"]}", "at", "an ISO-8601 date-time such as 2026-01-31T12:00:00Z"),
                new Probe("{\"at\": 12345}", "at", "an ISO-8601 date-time such as 2026-01-31T12:00:00Z"),
                new Probe("{\"at\": 1e999999}", "at", "an ISO-8601 date-time such as 2026-01-31T12:00:00Z"),
                new Probe("{\"at\": 1.5}", "at", "an ISO-8601 date-time such as 2026-01-31T12:00:00Z"),
                new Probe("{\"at\": true}", "at", "an ISO-8601 date-time such as 2026-01-31T12:00:00Z"),
                new Probe("{\"words\": \"x\"}", "words", "an array"),
                new Probe("{\"words\": \"\"}", "words", "an array"),
                new Probe("{\"words\": [[\"x\"]]}", "words[0]", "a string"),
                new Probe("{\"colour\": \"\"}", "colour", "one of RED, GREEN"));
        for (Probe p : probes) {
            Exception e = assertThrows(Exception.class, () -> mapper.readValue(p.json(), Body.class), p.json());
            ProblemException problem = ProblemErrorResponseProcessor.bodyProblem(e);
            assertNotNull(problem, p.json() + ": " + e);
            assertEquals(400, problem.status().getCode(), p.json());
            assertEquals(Problem.type("invalid-field"), problem.toProblem("/").type(), p.json());
            assertEquals("\"" + p.field() + "\" must be " + p.expected(), problem.getMessage(), p.json());
        }
    }

    @Test
    void aBodyOfTooManyTokensOrTooDeepIsRefusedForItsSizeNotItsSyntax() {
        @com.fasterxml.jackson.annotation.JsonIgnoreProperties(ignoreUnknown = true)
        record Lenient(String text) {
        }
        StringBuilder wide = new StringBuilder("{\"text\": \"x\"");
        for (int i = 0; i < JsonSettings.MAX_TOKENS; i++) {
            wide.append(",\"k").append(i).append("\": 0");
        }
        String deep = "{\"text\": \"x\", \"n\": " + "[".repeat(1100) + "]".repeat(1100) + "}";
        for (String json : List.of(wide.append('}').toString(), deep)) {
            Exception e = assertThrows(Exception.class, () -> mapper.readValue(json, Lenient.class));
            ProblemException problem = ProblemErrorResponseProcessor.bodyProblem(e);
            assertNotNull(problem, e.toString());
            assertEquals(413, problem.status().getCode());
            assertEquals(Problem.type("json-too-complex"), problem.toProblem("/").type());
            assertFalse(problem.getMessage().contains("com.fasterxml"), problem.getMessage());
        }
        StringBuilder fits = new StringBuilder("{\"text\": \"x\"");
        for (int i = 0; i < 1_000; i++) { // 8,000 tokens
            fits.append(",\"k").append(i).append("\": [1, {\"a\": \"b\"}]");
        }
        assertEquals("x", assertDoesNotThrow(() -> mapper.readValue(fits.append('}').toString(), Lenient.class)).text());
    }

    @Test
    void anIsoTimeIsReadAsBefore() throws Exception {
        assertEquals(Instant.parse("2026-01-31T12:00:00Z"), mapper.readValue("{\"at\": \"2026-01-31T12:00:00Z\"}", Body.class).at());
        assertEquals(Instant.parse("2026-01-31T10:00:00Z"), mapper.readValue("{\"at\": \"2026-01-31T12:00:00+02:00\"}", Body.class).at());
        assertEquals(null, mapper.readValue("{\"at\": null}", Body.class).at());
    }

    record Checked(String name) {
        Checked {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("must not be blank");
            }
        }
    }

    record Holder(Checked inner) {
    }

    /** A stranger reads what to send, not how the service is built: no Java class names, no databind wording. */
    @Test
    void aBodyThatIsNotAnObjectSaysWhatItIsWithoutJavaNames() {
        record Probe(String json, String detail) {
        }
        for (Probe p : List.of(new Probe("[1]", "expected a JSON object, got an array"),
                new Probe("\"x\"", "expected a JSON object, got a string"),
                new Probe("12", "expected a JSON object, got a number"),
                new Probe("1.5", "expected a JSON object, got a number"),
                new Probe("true", "expected a JSON object, got true"))) {
            Exception e = assertThrows(Exception.class, () -> mapper.readValue(p.json(), Body.class), p.json());
            ProblemException problem = ProblemErrorResponseProcessor.bodyProblem(e);
            assertNotNull(problem, p.json() + ": " + e);
            assertEquals(Problem.type("not-an-object"), problem.toProblem("/").type(), p.json());
            assertEquals(p.detail(), problem.getMessage(), p.json());
        }
        Exception e = assertThrows(Exception.class, () -> mapper.readValue("{\"inner\": {\"name\": \" \"}}", Holder.class));
        ProblemException problem = ProblemErrorResponseProcessor.bodyProblem(e);
        assertNotNull(problem, e.toString());
        assertEquals("\"inner\" must not be blank", problem.getMessage());
        assertFalse(problem.getMessage().contains("dev.tumen") || problem.getMessage().contains("Checked"), problem.getMessage());
    }

    @Test
    void theRightTypesStillRead() throws Exception {
        Body body = mapper.readValue("{\"text\": \"\", \"count\": 600, \"flag\": false, \"at\": \"2026-01-31T12:00:00Z\","
                + " \"words\": [], \"share\": 1, \"colour\": \"RED\"}", Body.class);
        assertEquals(new Body("", 600L, false, Instant.parse("2026-01-31T12:00:00Z"), List.of(), 1.0, Colour.RED), body);
        assertEquals(new Body(null, null, null, null, null, null, null),
                mapper.readValue("{\"text\": null, \"count\": null, \"flag\": null, \"at\": null, \"words\": null}", Body.class));
    }
}
