package dev.tumen.alert.story;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Writes story changes with at most one write per story on its way: a change that comes while the story's previous
 * write is unacknowledged waits, and later changes replace it, so a burst of copies of one story (a poll full of
 * them) costs two writes, not one per copy. The stories topic is compacted and each {@link Story} carries its whole
 * state with a higher {@link Story#version()}, so the last state is all a reader needs. Each caller's future completes
 * when a write holding its change (or a later one) is durable, which is when its article may be committed.
 *
 * <p>The write that waited is sent from a thread of our own, not from the acknowledgement's callback: callbacks run
 * on the producer's I/O thread, and {@code send} blocks while the producer's buffer is full or a topic's metadata is
 * missing, which only that same I/O thread can resolve (it would stall every write of the service for
 * {@code max.block.ms}).
 */
@Singleton
public class StoryWrites {
    private final StoryPublisher publisher;
    /** Per story on its way: the change waiting for the write before it, if any. */
    private final Map<String, Pending> pending = new HashMap<>();
    private final Executor sender;
    private final ExecutorService owned;

    private static final class Pending {
        Story next;
        CompletableFuture<Void> nextDone;
    }

    @Inject
    public StoryWrites(StoryPublisher publisher) {
        this.publisher = publisher;
        this.owned = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "story-writes");
            t.setDaemon(true);
            return t;
        });
        this.sender = owned;
    }

    /** With {@code sender} running the writes that waited (tests pass their own). */
    StoryWrites(StoryPublisher publisher, Executor sender) {
        this.publisher = publisher;
        this.owned = null;
        this.sender = sender;
    }

    @PreDestroy
    void close() {
        if (owned != null) {
            owned.shutdown();
        }
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

    /**
     * The story's write settled (on whichever thread completed it, often the producer's I/O thread): forget the story,
     * or hand what waited behind it to {@link #sender}. Only that hand-off leaves this thread, so a story with nothing
     * waiting, the common case, costs no thread hop.
     */
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
        sender.execute(() -> write(next).whenComplete((v, e) -> {
            if (e == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(e);
            }
        }));
    }

    /** Stories with a write on its way (for tests and metrics). */
    public int inFlight() {
        synchronized (pending) {
            return pending.size();
        }
    }
}
