package dev.tumen.common.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tumen.model.Json;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Gives Micronaut's {@code ObjectMapper} (HTTP bodies) the settings of the Kafka records ({@link Json}): without it,
 * HTTP answered times as epoch numbers ({@code 1795964795.415038490}) where the API and Kafka promise ISO-8601.
 */
@Singleton
public class JsonSettings implements BeanCreatedEventListener<ObjectMapper> {
    @Override
    public ObjectMapper onCreated(BeanCreatedEvent<ObjectMapper> event) {
        return Json.configure(event.getBean());
    }
}
