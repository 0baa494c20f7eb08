package dev.tumen.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The JSON settings of every Kafka record value and every HTTP body: plain JSON of the event record, ISO-8601
 * times, nulls left out, unknown fields tolerated (readers of {@code v1} must accept fields added later).
 * Each service's Micronaut {@code ObjectMapper} gets the same settings through {@link #configure(ObjectMapper)},
 * so a time is never a string on Kafka and a number over HTTP.
 */
public final class Json {
    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());
    /**
     * Reads record values as strictly as the services read HTTP bodies, fields added later excepted: other systems
     * write the topics too, and a value with more after it, a field named twice or a scalar of another JSON type was
     * taken as a valid record, where a downstream reader with another parser may see another record (probe of
     * session 28).
     */
    private static final ObjectMapper RECORD_READER = strict(configure(JsonMapper.builder().build()))
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

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

    /**
     * Makes {@code mapper} refuse what a JSON value of the schema never holds: a field named twice (Jackson would keep
     * the last, while a proxy, a validator or another reader may judge the first), and a value of another JSON type,
     * which Jackson's defaults convert silently: {@code "name": 12} read as "12", {@code ["x"]} as "x",
     * {@code 600.7} as 600, {@code "600"} as 600, {@code 1} or {@code "true"} as true, {@code ""} as an absent number,
     * time or object, and a number as a time (epoch seconds, and one past its range, {@code 1e999999}, as the epoch).
     * And a string holding a surrogate without its pair ({@link UnicodeStringDeserializer}), and bytes that are not
     * well-formed UTF-8 although Jackson would decode them ({@link WellFormedUtf8}).
     *
     * @return {@code mapper}
     */
    public static ObjectMapper strict(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setInputDecorator(WellFormedUtf8.INSTANCE);
        mapper.disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS, DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType scalar : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
            mapper.coercionConfigFor(scalar)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        for (LogicalType parsed : List.of(LogicalType.DateTime, LogicalType.Enum, LogicalType.OtherScalar, LogicalType.POJO,
                LogicalType.Collection, LogicalType.Array)) {
            mapper.coercionConfigFor(parsed).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("tumen-iso-times").addDeserializer(Instant.class, new IsoInstantDeserializer()));
        mapper.registerModule(new SimpleModule("tumen-unicode-strings").addDeserializer(String.class, new UnicodeStringDeserializer()));
        return mapper;
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
            value = RECORD_READER.readValue(bytes, type);
        } catch (com.fasterxml.jackson.databind.exc.ValueInstantiationException e) {
            // A record's own check refused it (a version out of range, a story entry without its article): its words, not
            // Jackson's "Cannot construct instance of `dev.tumen…`".
            Throwable why = e.getCause() != null ? e.getCause() : e;
            throw new MalformedRecordException("invalid " + type.getSimpleName() + ": " + firstLine(why.getMessage()), e);
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
