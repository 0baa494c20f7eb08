package dev.tumen.alert.story;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Writes story changes with at most one write per story on its way: a change that comes while the story's previous
 * write is unacknowledged waits, and later changes replace it, so a burst of copies of one story (a poll full of
 * them) costs two writes, not one per copy. The stories topic is compacted and each {@link Story} carries its whole
 * state with a higher {@link Story#version()}, so the last state is all a reader needs. Each caller's future completes
 * when a write holding its change (or a later one) is durable, which is when its article may be committed.
 */
@Singleton
public class StoryWrites {
    private final StoryPublisher publisher;
    /** Per story on its way: the change waiting for the write before it, if any. */
    private final Map<String, Pending> pending = new HashMap<>();

    private static final class Pending {
        Story next;
        CompletableFuture<Void> nextDone;
    }

    public StoryWrites(StoryPublisher publisher) {
        this.publisher = publisher;
    }

    public CompletableFuture<Void> publish(Story story) {
        synchronized (pending) {
            Pending p = pending.get(story.id());
            if (p != null) {
                if (p.next == null || p.next.version() < story.version()) {
                    p.next = story;
                }
                if (p.nextDone == null) {
                    p.nextDone = new CompletableFuture<>();
                }
                // A copy per caller: one caller cancelling (its partition moved away) must not cancel the others.
                return p.nextDone.thenApply(v -> v);
            }
            pending.put(story.id(), new Pending());
        }
        return write(story);
    }

    private CompletableFuture<Void> write(Story story) {
        CompletableFuture<Void> sent;
        try {
            sent = publisher.publish(story);
        } catch (RuntimeException e) {
            sent = CompletableFuture.failedFuture(e);
        }
        sent.whenComplete((v, e) -> next(story.id()));
        return sent.thenApply(v -> v);
    }

    /** The story's write settled: send what waited behind it, or forget the story. */
    private void next(String id) {
        Story next;
        CompletableFuture<Void> done;
        synchronized (pending) {
            Pending p = pending.get(id);
            if (p == null || p.next == null) {
                pending.remove(id);
                return;
            }
            next = p.next;
            done = p.nextDone;
            p.next = null;
            p.nextDone = null;
        }
        write(next).whenComplete((v, e) -> {
            if (e == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(e);
            }
        });
    }

    /** Stories with a write on its way (for tests and metrics). */
    public int inFlight() {
        synchronized (pending) {
            return pending.size();
        }
    }
}
