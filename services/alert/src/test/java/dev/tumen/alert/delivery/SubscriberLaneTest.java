package dev.tumen.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.netflix.concurrency.limits.limit.AIMDLimit;
import com.netflix.concurrency.limits.limit.FixedLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SubscriberLaneTest {
    private final List<String> started = new ArrayList<>();
    private final List<CompletableFuture<SubscriberLane.Answer>> answers = new ArrayList<>();

    private CompletableFuture<SubscriberLane.Answer> start(DeliveryTask task) {
        started.add(task.deliveryId());
        CompletableFuture<SubscriberLane.Answer> f = new CompletableFuture<>();
        answers.add(f);
        return f;
    }

    private static DeliveryTask task(String id) {
        return new DeliveryTask(id, "sub", "alert.created", "json", "{}", "a", "s", "u", "t", null, null, null, Instant.EPOCH,
                Instant.EPOCH, 0, null, Instant.EPOCH, null);
    }

    private static SubscriberLane.Answer ok() {
        return SubscriberLane.Answer.of(false, CompletableFuture.completedFuture(null));
    }

    @Test
    void startsAttemptsInQueueOrderUpToTheLimit() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(2), 10, this::start);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            done.add(lane.offer(task("d" + i)));
        }
        assertEquals(List.of("d0", "d1"), started);
        assertEquals(3, lane.queued());
        answers.get(1).complete(ok());
        assertEquals(List.of("d0", "d1", "d2"), started);
        assertTrue(done.get(1).isDone());
        assertFalse(done.get(0).isDone(), "each alert completes with its own attempt");
        answers.get(0).complete(ok());
        answers.get(2).complete(ok());
        answers.get(3).complete(ok());
        answers.get(4).complete(ok());
        assertEquals(List.of("d0", "d1", "d2", "d3", "d4"), started);
        assertTrue(done.stream().allMatch(CompletableFuture::isDone));
    }

    @Test
    void aCancelledTaskLeavesTheQueueWithoutAnAttempt() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        lane.offer(task("d0"));
        lane.offer(task("d1")).cancel(false);
        lane.offer(task("d2"));
        answers.get(0).complete(ok());
        assertEquals(List.of("d0", "d2"), started);
    }

    /** An answer whose outcome write completes when {@code durable} does, recording whether it was called off. */
    private static SubscriberLane.Answer writing(CompletableFuture<Void> durable, List<Boolean> calledOff) {
        return new SubscriberLane.Answer(false, 1, off -> {
            calledOff.add(off);
            return durable;
        });
    }

    @Test
    void aRecordCalledOffWhileItsOutcomeIsBeingWrittenCountsAsDoneOnceTheWriteIsDurable() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        RecordWork work = (RecordWork) lane.offer(task("d0"));
        CompletableFuture<Void> durable = new CompletableFuture<>();
        List<Boolean> calledOff = new ArrayList<>();
        answers.get(0).complete(writing(durable, calledOff));
        // when: its partition moves away while the next retry (say) is on its way to Kafka
        CompletableFuture<Boolean> answer = work.callOff();
        // then: the record is committed only once that write is durable, and not before
        assertEquals(List.of(false), calledOff, "the outcome was begun for this record");
        assertFalse(answer.isDone());
        durable.complete(null);
        assertTrue(answer.join(), "durable: the record may be committed before the partition is let go");
    }

    @Test
    void aRecordCalledOffWhileItsAttemptIsOnTheWireIsLeftToTheNextOwnerWhenNoAnswerComesInTime() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        lane.answerWait(Duration.ZERO);
        RecordWork work = (RecordWork) lane.offer(task("d0"));
        RecordWork queued = (RecordWork) lane.offer(task("d1"));
        assertFalse(work.callOff().join(), "on the wire, unanswered: its next owner makes the attempt");
        assertFalse(queued.callOff().join(), "queued: its next owner makes the attempt");
        List<Boolean> calledOff = new ArrayList<>();
        answers.get(0).complete(writing(CompletableFuture.completedFuture(null), calledOff));
        assertEquals(List.of(true), calledOff, "the answer that came after is written as called off: no second chain");
        assertEquals(List.of("d0"), started, "the queued one never started");
    }

    /**
     * Review of session 49: an attempt on the wire when its partition moved was always left to the next owner, which
     * read the record again and sent the alert a second time under the same webhook-id, while the first request's
     * 200 was logged as well. Answered within the wait, the outcome is this record's: written in full, the record
     * committed, nothing left for the next owner to send.
     */
    @Test
    void aRecordCalledOffWhileItsAttemptIsOnTheWireIsSettledHereWhenItsAnswerComesInTime() {
        List<DeliveryTask> seen = new ArrayList<>();
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(2), 10, this::start);
        lane.answerWait(Duration.ofMinutes(10));
        lane.calledOffOnTheWire(seen::add);
        RecordWork delivered = (RecordWork) lane.offer(task("d0"));
        RecordWork failed = (RecordWork) lane.offer(task("d1"));
        CompletableFuture<Boolean> deliveredCalledOff = delivered.callOff();
        CompletableFuture<Boolean> failedCalledOff = failed.callOff();
        assertEquals(List.of("d0", "d1"), seen.stream().map(DeliveryTask::deliveryId).toList());
        assertFalse(deliveredCalledOff.isDone(), "waits for the answer");

        List<Boolean> calledOff = new ArrayList<>();
        CompletableFuture<Void> durable = new CompletableFuture<>();
        answers.get(0).complete(writing(durable, calledOff));
        answers.get(1).complete(new SubscriberLane.Answer(true, 1, off -> {
            calledOff.add(off);
            return CompletableFuture.completedFuture(null);
        }));

        assertEquals(List.of(false, false), calledOff, "both outcomes written for their own records: the 200, the next retry");
        assertTrue(failedCalledOff.join(), "its next retry durable: the record may be committed");
        assertFalse(deliveredCalledOff.isDone(), "not before its outcome is durable");
        durable.complete(null);
        assertTrue(deliveredCalledOff.join());
        assertEquals(List.of("d0", "d1"), started);
    }

    @Test
    void anAnswerAfterTheWaitIsLeftToTheNextOwnerAndTheWaitOnceDecidedStays() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        lane.answerWait(Duration.ofMillis(1));
        RecordWork work = (RecordWork) lane.offer(task("d0"));
        assertFalse(work.callOff().join(), "no answer within the wait");
        List<Boolean> calledOff = new ArrayList<>();
        answers.get(0).complete(writing(CompletableFuture.completedFuture(null), calledOff));
        assertEquals(List.of(true), calledOff, "the late answer is written as called off: the next owner's chain alone goes on");
    }

    @Test
    void aRecordCalledOffWhileItsFailedWriteIsOnItsWayIsLeftToTheNextOwner() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        RecordWork work = (RecordWork) lane.offer(task("d0"));
        CompletableFuture<Void> durable = new CompletableFuture<>();
        answers.get(0).complete(writing(durable, new ArrayList<>()));
        CompletableFuture<Boolean> answer = work.callOff();
        durable.completeExceptionally(new IllegalStateException("Kafka down"));
        assertFalse(answer.join(), "not durable: the record must not be committed");
    }

    @Test
    void theSameDeliveryOfferedAgainWhileLiveIsSentOnce() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        CompletableFuture<Void> first = lane.offer(task("d0"));
        CompletableFuture<Void> again = lane.offer(task("d0"));
        answers.get(0).complete(ok());
        assertEquals(List.of("d0"), started);
        assertTrue(first.isDone() && again.isDone());
        lane.offer(task("d0"), true);
        assertEquals(List.of("d0"), started, "an article read again after its delivery settled: no second request");
        lane.offer(task("d0"));
        assertEquals(List.of("d0", "d0"), started, "a replay is a new attempt");
    }

    @Test
    void aSettledFirstAttemptIsForgottenOnceOlderThanItsTime() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start, (l, busy) -> { }, Duration.ZERO);
        lane.offer(task("d0"));
        answers.get(0).complete(ok());
        lane.offer(task("d0"), true);
        assertEquals(List.of("d0", "d0"), started, "past its time a re-read sends again (same webhook-id), as at-least-once allows");
    }

    @Test
    void completesOnlyWhenTheOutcomeIsDurable() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        CompletableFuture<Void> done = lane.offer(task("d0"));
        CompletableFuture<Void> durable = new CompletableFuture<>();
        answers.get(0).complete(SubscriberLane.Answer.of(false, durable));
        assertFalse(done.isDone());
        durable.complete(null);
        assertTrue(done.isDone());
    }

    @Test
    void anAttemptThatFinishedAtOnceIsSettledWithoutHoldingTheLane() {
        // given: attempts whose answer is already there when the lane starts them (a refused connection can be that
        // fast), and whose outcome write records whether this lane's lock was held while writing
        java.util.concurrent.atomic.AtomicReference<SubscriberLane> laneRef = new java.util.concurrent.atomic.AtomicReference<>();
        List<Boolean> heldWhileWriting = new ArrayList<>();
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, task -> CompletableFuture.completedFuture(
                new SubscriberLane.Answer(true, 0, calledOff -> {
                    heldWhileWriting.add(Thread.holdsLock(laneRef.get()));
                    return CompletableFuture.completedFuture(null);
                })));
        laneRef.set(lane);

        // when
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            done.add(lane.offer(task("d" + i)));
        }

        // then: a Kafka write may block (metadata, full buffer), and the consumers' saturation check and Kafka's own
        // I/O thread take this lock: holding it across the write stalls every subscriber
        assertEquals(List.of(false, false, false), heldWhileWriting);
        assertTrue(done.stream().allMatch(CompletableFuture::isDone));
        assertEquals(0, lane.inFlight());
    }

    @Test
    void errorsShrinkTheLimitAndSuccessesGrowIt() {
        AIMDLimit limit = AIMDLimit.newBuilder().initialLimit(4).minLimit(1).maxLimit(8).backoffRatio(0.5).build();
        SubscriberLane lane = new SubscriberLane("sub", limit, 100, this::start);
        for (int i = 0; i < 20; i++) {
            lane.offer(task("d" + i));
        }
        answers.get(0).complete(SubscriberLane.Answer.of(true, CompletableFuture.completedFuture(null)));
        assertEquals(2, lane.limit());
        for (int i = 1; i < 8 && i < answers.size(); i++) {
            answers.get(i).complete(ok());
        }
        assertTrue(lane.limit() > 2, "limit " + lane.limit());
    }

    @Test
    void aFullQueueIsShedOnlyWhenItsReceiverFailsOrItWaitedTooLong() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 4, this::start);
        List<String> parked = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            lane.offer(task("d" + i));
        }
        assertTrue(lane.full());
        assertEquals(0, lane.shedIfStuck(Duration.ofMinutes(1), t -> park(parked, t)), "healthy and recent: it waits");
        assertEquals(3, lane.shedIfStuck(Duration.ZERO, t -> park(parked, t)));
        assertEquals(List.of("d3", "d4", "d5"), parked, "the newest leave, the oldest keep their turn");
        assertTrue(lane.drained());
    }

    @Test
    void anArticleReadAgainAfterItsAlertWasParkedDoesNotQueueASecondCopy() {
        // given: a receiver holding its one attempt, and a stuck full queue whose newest half went to the retry tier
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 4, this::start);
        List<String> parked = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lane.offer(task("d" + i), true);
        }
        assertEquals(2, lane.shedIfStuck(Duration.ZERO, t -> park(parked, t)));
        assertEquals(List.of("d3", "d4"), parked);

        // when: a rebalance hands the articles back from before d0 and they are offered again
        for (int i = 0; i < 5; i++) {
            lane.offer(task("d" + i), true);
        }
        answers.get(0).complete(ok());
        answers.get(1).complete(ok());
        answers.get(2).complete(ok());

        // then: the parked ones are left to the retry tier, the others joined their live copies
        assertEquals(List.of("d0", "d1", "d2"), started);
        assertEquals(0, lane.queued());
    }

    @Test
    void anArticleReadAgainWhileItsAlertIsBeingParkedJoinsThePark() {
        // given: a stuck full queue whose newest half is on its way to the retry tier, the park write not yet durable
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 4, this::start);
        List<String> parked = new ArrayList<>();
        List<CompletableFuture<Void>> parkWrites = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lane.offer(task("d" + i), true);
        }
        assertEquals(2, lane.shedIfStuck(Duration.ZERO, t -> {
            parked.add(t.deliveryId());
            CompletableFuture<Void> write = new CompletableFuture<>();
            parkWrites.add(write);
            return write;
        }));

        // when: a rebalance hands the articles back meanwhile and they are offered again
        List<CompletableFuture<Void>> reRead = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reRead.add(lane.offer(task("d" + i), true));
        }
        answers.get(0).complete(ok());
        answers.get(1).complete(ok());
        answers.get(2).complete(ok());

        // then: the parked alerts are not queued again (Testcontainers' Kafka, session 40: a slow receiver got them
        // twice), and their re-read records are done when the park write is
        assertEquals(List.of("d0", "d1", "d2"), started);
        assertEquals(0, lane.queued());
        assertFalse(reRead.get(3).isDone());
        parkWrites.forEach(w -> w.complete(null));
        assertTrue(reRead.get(3).isDone() && !reRead.get(3).isCompletedExceptionally());
        assertTrue(reRead.get(4).isDone() && !reRead.get(4).isCompletedExceptionally());
    }

    @Test
    void aReReadJoiningAFailedParkWriteFailsToo() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 4, this::start);
        CompletableFuture<Void> write = new CompletableFuture<>();
        for (int i = 0; i < 5; i++) {
            lane.offer(task("d" + i), true);
        }
        assertEquals(2, lane.shedIfStuck(Duration.ZERO, t -> t.deliveryId().equals("d4") ? write
                : CompletableFuture.completedFuture(null)));
        CompletableFuture<Void> reRead = lane.offer(task("d4"), true);

        write.completeExceptionally(new IllegalStateException("retry tier unavailable"));

        // the loop offers its record again; this time it is queued, as nothing holds the alert any more
        assertTrue(reRead.isCompletedExceptionally());
        lane.offer(task("d4"), true);
        assertEquals(3, lane.queued());
    }

    @Test
    void tellsWhenItsQueueGoesAboveHalfItsBoundAndBack() {
        List<Boolean> told = new ArrayList<>();
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 4, this::start, (l, busy) -> told.add(busy));
        for (int i = 0; i < 3; i++) {
            lane.offer(task("d" + i));
        }
        assertEquals(List.of(), told, "d0 on the wire, two queued: half the bound, not busy");
        lane.offer(task("d3"));
        assertEquals(List.of(true), told);
        assertFalse(lane.drained());
        lane.offer(task("d4"));
        lane.offer(task("d5"));
        assertEquals(List.of(true), told, "told once per crossing");
        lane.shedIfStuck(Duration.ZERO, t -> park(new ArrayList<>(), t));
        assertEquals(List.of(true, false), told);
        assertTrue(lane.drained());
        lane.offer(task("d6"));
        answers.get(0).complete(ok());
        assertEquals(List.of(true, false, true, false), told, "up with d6, down as d1 went on the wire");
    }

    @Test
    void aCancelledAlertIsNotParkedWhenItsQueueIsShed() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 4, this::start);
        List<String> parked = new ArrayList<>();
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            done.add(lane.offer(task("d" + i)));
        }
        // d4's record moved to another consumer in a rebalance: that consumer re-reads and delivers it
        done.get(4).cancel(false);
        assertEquals(2, lane.shedIfStuck(Duration.ZERO, t -> park(parked, t)));
        assertEquals(List.of("d3", "d5"), parked, "only the alerts this consumer still owns go to the retry tier");
        assertTrue(lane.drained());
    }

    @Test
    void anAlertCalledOffBeforeItsAttemptLeavesTheQueueAtOnce() {
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 4, this::start);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            done.add(lane.offer(task("d" + i)));
        }
        assertTrue(lane.full());

        // when: their partition moves away in a rebalance
        for (int i = 4; i >= 1; i--) {
            done.get(i).cancel(false);
        }

        // then: they neither hold the queue full nor count as its oldest alert (which could shed newer ones)
        assertEquals(0, lane.queued());
        assertFalse(lane.full());
    }

    @Test
    void aReReadAfterARebalanceKeepsTheOrderAndSendsNothingTwice() {
        // given: one attempt at a time (ordered), d0 on the wire and d1..d4 queued
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(1), 10, this::start);
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            done.add(lane.offer(task("d" + i), true));
        }

        // when: the partition is revoked and its work called off newest first (RecordLoop), while d0's answer comes
        // in on another thread half-way through, so d1 (not yet called off) starts
        done.get(4).cancel(false);
        done.get(3).cancel(false);
        answers.get(0).complete(ok());
        done.get(2).cancel(false);
        done.get(1).cancel(false);
        assertEquals(List.of("d0", "d1"), started);

        // and the partition comes back: its records are read again from the last commit (d0 was not yet committed)
        List<CompletableFuture<Void>> again = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            again.add(lane.offer(task("d" + i), true));
        }
        answers.get(1).complete(ok());
        for (int i = 2; i < answers.size(); i++) {
            answers.get(i).complete(ok());
        }

        // then: d0 settled and d1 was on the wire, so neither is sent again, and the rest follow in order
        assertEquals(List.of("d0", "d1", "d2", "d3", "d4"), started);
        assertTrue(again.stream().allMatch(f -> f.isDone() && !f.isCompletedExceptionally()));
    }

    /**
     * Review of session 46: an attempt on the wire whose record moved to another instance (called off, not read again
     * here) is told so as its outcome is written, so that a failure does not start a second chain of retries beside the
     * new owner's; one read again here before its answer came is this lane's to settle in full, as before. A called-off
     * attempt whose outcome was left to the next owner is not remembered as settled: read again here later, it is made.
     */
    @Test
    void anAttemptCalledOffOnTheWireIsSettledAsCalledOffUnlessReadAgainHere() {
        List<Boolean> calledOff = new ArrayList<>();
        List<CompletableFuture<SubscriberLane.Answer>> pending = new ArrayList<>();
        SubscriberLane lane = new SubscriberLane("sub", FixedLimit.of(2), 10, task -> {
            started.add(task.deliveryId());
            CompletableFuture<SubscriberLane.Answer> f = new CompletableFuture<>();
            pending.add(f);
            return f;
        });
        java.util.function.Supplier<SubscriberLane.Answer> failing = () -> new SubscriberLane.Answer(true, 0, off -> {
            calledOff.add(off);
            return off ? CompletableFuture.failedFuture(new SubscriberLane.LeftToNextOwner("moved")) : CompletableFuture.completedFuture(null);
        });

        // given: two first attempts on the wire; the partition moves away, and d1's comes back here before its answer
        CompletableFuture<Void> d0 = lane.offer(task("d0"), true);
        CompletableFuture<Void> d1 = lane.offer(task("d1"), true);
        d0.cancel(false);
        d1.cancel(false);
        CompletableFuture<Void> d1Again = lane.offer(task("d1"), true);

        // when: both fail
        pending.get(0).complete(failing.get());
        pending.get(1).complete(failing.get());

        // then: d0's outcome is left to its new owner, d1's written here in full
        assertEquals(List.of(true, false), calledOff);
        assertTrue(d1Again.isDone() && !d1Again.isCompletedExceptionally());
        assertEquals(List.of("d0", "d1"), started);
        // and d0, read again here later (its partition came back), is attempted: nothing here settled it
        lane.offer(task("d0"), true);
        assertEquals(List.of("d0", "d1", "d0"), started);
    }

    private static CompletableFuture<Void> park(List<String> parked, DeliveryTask t) {
        parked.add(t.deliveryId());
        return CompletableFuture.completedFuture(null);
    }
}
