package dev.tumen.ingest.page;

import dev.tumen.model.PageReceived;

/** Where accepted pages go: the pages topic (see {@code kafka.PagePublisher}). */
public interface PageSink {
    /**
     * Hands {@code page} to Kafka and returns once the broker acknowledged it.
     *
     * @throws Refusal with status 503 when it could not be handed over
     */
    void publish(PageReceived page);
}
