package dev.tumen.alert.stream;

import dev.tumen.alert.Durations;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;

/** The stream's settings ({@code tumen.alert.stream.*}) and its metrics, registered at start-up so they read zero. */
@Factory
class StreamBeans {

    @Context
    StreamHub streamHub(@Value("${tumen.alert.stream.max-clients:500}") int maxClients,
                        @Value("${tumen.alert.stream.client-buffer:256}") int clientBuffer,
                        @Value("${tumen.alert.stream.replay-events:1000}") int replayEvents,
                        @Value("${tumen.alert.stream.keep-alive:15s}") String keepAlive,
                        @Value("${tumen.alert.stream.retry-after:10s}") String retryAfter,
                        MeterRegistry registry) {
        StreamHub hub = new StreamHub(new StreamHub.Settings(maxClients, clientBuffer, replayEvents, Durations.parse(keepAlive),
                Durations.parse(retryAfter)));
        Gauge.builder("tumen.alert.stream.clients", hub, StreamHub::connected).description("connected stream clients").register(registry);
        Gauge.builder("tumen.alert.stream.queued", hub, StreamHub::queued)
                .description("events waiting in stream clients' queues").register(registry);
        FunctionCounter.builder("tumen.alert.stream.clients.dropped", hub, StreamHub::dropped)
                .description("stream clients dropped because they did not keep up").register(registry);
        FunctionCounter.builder("tumen.alert.stream.clients.refused", hub, StreamHub::refused)
                .description("stream clients refused at the maximum").register(registry);
        FunctionCounter.builder("tumen.alert.stream.events.sent", hub, StreamHub::sent)
                .description("events handed to stream clients").register(registry);
        return hub;
    }

    @Context
    StreamSeats streamSeats(@Value("${tumen.alert.stream.max-clients-per-token:50}") int perToken,
                            @Value("${tumen.alert.stream.retry-after:10s}") String retryAfter) {
        return new StreamSeats(perToken, Durations.parse(retryAfter));
    }
}
