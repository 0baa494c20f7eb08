package dev.tumen.common.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.tumen.model.Json;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives Micronaut's {@code ObjectMapper} (HTTP bodies) the settings of the Kafka records ({@link Json}): without it,
 * HTTP answered times as epoch numbers ({@code 1795964795.415038490}) where the API and Kafka promise ISO-8601.
 * One difference, on purpose: a request body with a field its record does not know is refused (a typo such as
 * {@code minSeverty} would otherwise be silently ignored); a record type may still opt out with
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}. Kafka readers keep tolerating fields added later. And a body
 * that names a field twice is refused: Jackson would keep the last one, while a proxy or a validator in front of the
 * service may have judged the first.
 */
@Singleton
public class JsonSettings implements BeanCreatedEventListener<ObjectMapper> {
    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        // Micronaut's default ACCEPT_SINGLE_VALUE_AS_ARRAY would read "categories": "military" as a list, which the
        // OpenAPI description says is an error: a generated client would never send it, a hand-written one by mistake.
        ObjectMapper mapper = Json.configure(event.getBean()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // A number or a boolean where a text belongs ("name": 12) is the client's mistake, not a name "12".
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        return mapper;
    }
}
