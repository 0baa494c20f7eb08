package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON settings of every Kafka record value and every HTTP body: plain JSON of the event record, ISO-8601
 * times, nulls left out, unknown fields tolerated (readers of {@code v1} must accept fields added later).
 * Each service's Micronaut {@code ObjectMapper} gets the same settings through {@link #configure(ObjectMapper)},
 * so a time is never a string on Kafka and a number over HTTP.
 */
public final class Json {
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    private Json() {
    }

    /**
     * Applies Tumen's JSON settings to {@code mapper} (this class's own mapper and each service's HTTP mapper).
     *
     * @return {@code mapper}
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public static String string(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads a record value.
     *
     * @throws MalformedRecordException when the bytes are not valid JSON of {@code type} (the literal {@code null} included)
     */
    public static <T> T read(byte[] bytes, Class<T> type) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedRecordException("empty value, expected JSON of " + type.getSimpleName());
        }
        T value;
        try {
            value = MAPPER.readValue(bytes, type);
        } catch (IOException e) {
            throw new MalformedRecordException("not valid JSON of " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("invalid " + type.getSimpleName() + ": " + firstLine(e.getMessage()), e);
        }
        // The literal `null` parses to null, and every caller would then fail outside its malformed-record handling:
        // an NPE in alert's article loop is retried every second forever instead of dead-lettered (found by fuzzing).
        if (value == null) {
            throw new MalformedRecordException("the JSON literal null, expected an object of " + type.getSimpleName());
        }
        return value;
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
