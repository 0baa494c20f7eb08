package dev.tumen.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * TransactionalLoop transforms the next batch while the previous batch's transaction commits on another thread: the
 * outputs stay exactly once through group rebalances (a member joining, a member leaving with a commit in flight),
 * and a record the transform rejects is still dead-lettered in its own batch's transaction.
 */
class TransactionalLoopPipelineIT extends CopyingLoops {
    @Test
    void copiesEveryRecordOnceWhileMembersJoinAndLeaveWithCommitsInFlight() throws Exception {
        copiesEveryRecordOnceThroughRebalances();
    }

    @Test
    void deadLettersARejectedRecordAndCopiesTheOthersOnce() throws Exception {
        // given: 200 records, one of which the transform always rejects
        rejected = "r77";
        produce("r", 200);

        // when
        try (TransactionalLoop loop = loop("only").start()) {

            // then: 199 outputs, one dead letter, nothing twice
            await().atMost(Duration.ofSeconds(90)).until(() -> total(committed(out, 199)) >= 199
                    && total(committed(in + ".dlt", 1)) >= 1);
            Map<String, Long> counts = committed(out, 199);
            assertEquals(199, counts.size());
            assertTrue(counts.values().stream().allMatch(c -> c == 1L), "no record copied twice: " + duplicates(counts));
            assertEquals(Map.of("r77", 1L), committed(in + ".dlt", 1));
        }
    }

    @Test
    void waitsForEachCommitWhenToldAndStillCopiesWholeBatches() throws Exception {
        // given
        produce("r", 200);

        // when: the loop commits before it polls again
        try (TransactionalLoop loop = loop("serial").overlapCommits(false).start()) {

            // then: every record once, in transactions of more than one record
            await().atMost(Duration.ofSeconds(90)).until(() -> total(committed(out, 200)) >= 200);
            Map<String, Long> counts = committed(out, 200);
            assertEquals(200, counts.size());
            assertTrue(counts.values().stream().allMatch(c -> c == 1L), "no record copied twice: " + duplicates(counts));
            assertTrue(registry.get("tumen.kafka.loop.batch.records").tag("loop", "serial").summary().mean() > 1,
                    "records per transaction");
        }
    }

    /**
     * Probe of session 31: a record the transform takes long over is not in the consumer's lag once polled, so a loop
     * busy on its last record for 82 s reported lag 0 and stayed UP with its last progress 80 s old. The record in
     * hand now counts as waiting: past the stall timeout the loop is down, and up again once the record is done.
     */
    @Test
    void aRecordInHandPastTheStallTimeoutMakesTheLoopDown() throws Exception {
        Duration stall = Duration.ofMillis(1500);
        try (TransactionalLoop loop = loop("slow").start()) {
            produce("quick", 1);
            await().atMost(Duration.ofSeconds(60)).until(() -> transformed.get() >= 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> loop.health().up(stall, java.time.Instant.now()));

            transformMillis = 6000;
            produce("slow", 1);
            await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> !loop.health().up(stall, java.time.Instant.now()));
            assertTrue(loop.health().lag() >= 1, "the record in hand is waiting: " + loop.health());

            await().atMost(Duration.ofSeconds(30)).until(() -> transformed.get() >= 2 && loop.health().up(stall, java.time.Instant.now()));
        }
    }
}
