package dev.tumen.alert.stream;

import java.util.concurrent.CompletableFuture;

/** Appends to the live stream topic. */
public interface StreamPublisher {
    CompletableFuture<Void> publish(StreamEvent event);
}
