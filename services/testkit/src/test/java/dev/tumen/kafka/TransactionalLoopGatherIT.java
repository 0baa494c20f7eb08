package dev.tumen.kafka;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.testkit.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/**
 * TransactionalLoop's batches: gathered up to a bound while records keep coming, taken at once when a record reaches
 * an idle loop (unless told to gather then too), and ended when the transform runs past the batch's budget; every
 * record still copied once.
 */
class TransactionalLoopGatherIT extends CopyingLoops {
    @Test
    void gathersRecordsIntoBoundedBatchesAndCopiesEachOnceThroughRebalances() throws Exception {
        // given: each batch waits 30 ms for more records after its first, up to 40 records (polls bring up to 25, so a
        // gathering poll can overshoot the bound and must hand the rest back)
        gather = Duration.ofMillis(30);
        copiesEveryRecordOnceThroughRebalances();
        // then: batches stay within the bound
        assertTrue(registry.get("tumen.kafka.loop.batch.records").tag("loop", "first").summary().max() <= 40,
                "records per transaction at most 40");
    }

    @Test
    void takesARecordReachingAnIdleLoopAtOnceAndGathersAfterIdleOnlyWhenTold() throws Exception {
        // given: a 3 s gathering time, far longer than a record takes to reach an idle loop; two loops side by side, one
        // told to gather after idle, each in a group of its own on an input of its own (neither starts with the other's
        // records). Side by side, the idle wait and the gathering time are waited once for both.
        gather = Duration.ofSeconds(3);
        String before = group;
        Map<String, String> inputs = new java.util.LinkedHashMap<>();
        List<TransactionalLoop> loops = new java.util.ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = TestKafka.producer()) {
            for (boolean afterIdle : new boolean[] {false, true}) {
                String name = afterIdle ? "gathering" : "at-once";
                group = TestKafka.uniqueGroup("idle");
                in = TestKafka.uniquePrefix() + "in";
                TestKafka.createTopics(List.of(in, in + ".dlt"), PARTITIONS);
                inputs.put(name, in);
                loops.add(loop(name).gatherAfterIdle(afterIdle).start());
            }
            inputs.forEach((name, input) -> produce(producer, input, name + "-first", 1));
            await().atMost(Duration.ofSeconds(60)).until(() -> transformedAt.keySet().containsAll(List.of("at-once-first0",
                    "gathering-first0")));
            // the loops then wait longer than a gathering time with nothing to do (a second more: the wait counts from
            // the end of the first batch, after its transform)
            await().during(gather.plusSeconds(1)).atMost(gather.plusSeconds(3)).until(() -> transformed.get() == 2);

            // when: one record arrives at each
            Map<String, Long> sent = new java.util.HashMap<>();
            inputs.forEach((name, input) -> {
                sent.put(name, System.nanoTime());
                produce(producer, input, name + "-next", 1);
            });
            await().atMost(Duration.ofSeconds(60)).until(() -> transformed.get() >= 4);

            // then: taken at once by default (no company came within a window before it, none is waited for), and
            // held for the whole gathering time only when told
            // The gathering wait is a lower bound no slow machine breaks. The record taken at once is told apart by an
            // order, not by a bound on the clock: it is transformed before its twin, sent at the same moment, has waited
            // out the gathering time; both loops share the machine, so its load delays them alike.
            long atOnce = Duration.ofNanos(transformedAt.get("at-once-next0") - sent.get("at-once")).toMillis();
            long gathered = Duration.ofNanos(transformedAt.get("gathering-next0") - sent.get("gathering")).toMillis();
            assertTrue(gathered >= gather.toMillis(), "gathered after idle for " + gathered + " ms");
            assertTrue(transformedAt.get("at-once-next0") - transformedAt.get("gathering-next0") < 0,
                    "taken without the gathering wait: " + atOnce + " ms, the gathering loop's after " + gathered + " ms");
            await().atMost(Duration.ofSeconds(60)).until(() -> total(committed(out, 4)) >= 4);
        } finally {
            group = before;
            loops.forEach(TransactionalLoop::close);
        }
        assertEquals(Map.of("at-once-first0", 1L, "at-once-next0", 1L, "gathering-first0", 1L, "gathering-next0", 1L),
                committed(out, 4));
    }

    @Test
    void endsABatchWhoseTransformRunsPastTheBudgetAndCopiesTheRestOnceInTheNext() throws Exception {
        // given: 30 records at 100 ms each, polls of up to 25, and a 250 ms budget per batch
        transformMillis = 100;
        produce("r", 30);

        // when: both ways of committing
        for (boolean overlap : new boolean[] {true, false}) {
            String name = overlap ? "overlapping" : "serial";
            String before = group;
            group = TestKafka.uniqueGroup("budget");
            try (TransactionalLoop loop = loop(name).overlapCommits(overlap).transformBudget(Duration.ofMillis(250)).start()) {

                // then: every record once, in batches of a few records, never a whole poll's 25
                await().atMost(Duration.ofSeconds(90)).until(() -> total(committed(out, overlap ? 30 : 60)) >= (overlap ? 30 : 60));
                assertTrue(registry.get("tumen.kafka.loop.batches.cut").tag("loop", name).counter().count() > 0, "batches cut");
                assertTrue(registry.get("tumen.kafka.loop.batch.records").tag("loop", name).summary().max() <= 4,
                        "a batch ends soon after its budget");
            } finally {
                group = before;
            }
        }
        Map<String, Long> counts = committed(out, 60);
        assertEquals(30, counts.size(), "every record copied");
        assertTrue(counts.values().stream().allMatch(c -> c == 2L), "each record once per group: " + counts);
    }
}
