package dev.tumen.alert.delivery;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The work one consumed record started (an article's deliveries, a retry task's attempt): completes when its outcome
 * is durable, and can be called off when the record moves to another consumer in a rebalance, saying whether its
 * outcome became durable all the same.
 *
 * <p>Why not a plain cancel: an outcome whose write has begun (the next retry task, a delivered alert, a parked alert)
 * is written whatever happens next. Cancelled, its record was left uncommitted, and the partition's next owner read it
 * again and made the attempt once more: a second chain of retries for one delivery, and the receiver got the alert
 * twice (RestartIT under load, sessions 46-47; RetryHandoverIT). Called off, the record is committed first.
 */
public final class RecordWork extends CompletableFuture<Void> {
    private volatile Supplier<CompletableFuture<Boolean>> onCallOff;

    /** What {@link #callOff()} does; until set, it cancels this work and leaves it to the next owner. */
    public RecordWork onCallOff(Supplier<CompletableFuture<Boolean>> onCallOff) {
        this.onCallOff = onCallOff;
        return this;
    }

    /**
     * Calls the work off: nothing more of it starts here. Completes {@code true} once what it had already begun writing
     * is durable (its record may be committed), {@code false} when the work is left to the record's next owner (its
     * record must not be committed); never exceptionally.
     */
    public CompletableFuture<Boolean> callOff() {
        Supplier<CompletableFuture<Boolean>> how = onCallOff;
        if (isDone() || how == null) {
            return callOffPlain(this);
        }
        return how.get().exceptionally(e -> false);
    }

    /** {@link #callOff()} for any future a record's work returned: one that is no {@link RecordWork} is cancelled. */
    public static CompletableFuture<Boolean> callOff(CompletableFuture<?> work) {
        return work instanceof RecordWork w ? w.callOff() : callOffPlain(work);
    }

    private static CompletableFuture<Boolean> callOffPlain(CompletableFuture<?> work) {
        boolean cancelled = work.cancel(false);
        return CompletableFuture.completedFuture(!cancelled && work.isDone() && !work.isCompletedExceptionally());
    }

    /**
     * All of {@code calls} (each called off as {@link #callOff(CompletableFuture)} does) and all of {@code writes}
     * (records already on their way to Kafka, waited for when called off): durable when called off only if every one is.
     */
    public static RecordWork allOf(List<CompletableFuture<?>> calls, List<CompletableFuture<?>> writes) {
        RecordWork all = new RecordWork();
        List<CompletableFuture<?>> every = new java.util.ArrayList<>(calls);
        every.addAll(writes);
        CompletableFuture.allOf(every.toArray(CompletableFuture[]::new)).whenComplete((v, e) -> {
            if (e == null) {
                all.complete(null);
            } else {
                all.completeExceptionally(e);
            }
        });
        all.onCallOff(() -> {
            List<CompletableFuture<Boolean>> answers = new java.util.ArrayList<>();
            calls.forEach(c -> answers.add(callOff(c)));
            writes.forEach(w -> answers.add(w.handle((v, e) -> e == null)));
            all.cancel(false);
            return CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                    .thenApply(v -> answers.stream().allMatch(CompletableFuture::join));
        });
        return all;
    }

    /** Stages derived from this work are plain futures: calling one of them off would not reach this work. */
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CompletableFuture<>();
    }
}
