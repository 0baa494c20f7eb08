package dev.tumen.common.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tumen.model.Json;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives Micronaut's {@code ObjectMapper} (HTTP bodies) the settings of the Kafka records ({@link Json}): without it,
 * HTTP answered times as epoch numbers ({@code 1795964795.415038490}) where the API and Kafka promise ISO-8601.
 * One difference, on purpose: a request body with a field its record does not know is refused (a typo such as
 * {@code minSeverty} would otherwise be silently ignored); a record type may still opt out with
 * {@code @JsonIgnoreProperties(ignoreUnknown = true)}. Kafka readers keep tolerating fields added later.
 */
@Singleton
public class JsonSettings implements BeanCreatedEventListener<ObjectMapper> {
    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        return Json.configure(event.getBean()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
