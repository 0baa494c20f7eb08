package dev.tumen.alert.story;

import java.util.concurrent.CompletableFuture;

/** Writes a story's new state to the stories topic, so other instances and later restarts agree on it. */
public interface StoryPublisher {
    CompletableFuture<Void> publish(Story story);
}
