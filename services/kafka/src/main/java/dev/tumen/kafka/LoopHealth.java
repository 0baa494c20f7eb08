package dev.tumen.kafka;

import dev.tumen.model.text.OutsideText;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a loop says about itself for {@code /health}. It is down when it has stopped (the fail policy, or a fatal
 * error), when it has records waiting (lag) but has made no progress for the stall timeout, when its last
 * transactions all aborted, or when its offset commits have failed for longer than the stall timeout (its work is
 * done but not recorded: a restart would do it all again).
 *
 * @param name                 the loop
 * @param running              whether its thread runs
 * @param failure              why it stopped or keeps failing, or {@code null}
 * @param lag                  records waiting in its assigned partitions (-1 = not known yet)
 * @param lastProgress         when it last finished a record or batch (or started)
 * @param abortsInARow         transactions aborted since the last commit
 * @param commitFailuresInARow offset commits failed since the last one that succeeded
 * @param commitFailingSince   when the first of those failed, or {@code null}
 * @param commitFailure        the last commit failure, or {@code null}
 */
public record LoopHealth(String name, boolean running, String failure, long lag, Instant lastProgress, int abortsInARow,
                         int commitFailuresInARow, Instant commitFailingSince, String commitFailure) {
    /** Aborted transactions in a row after which the loop counts as stuck. */
    public static final int MAX_ABORTS_IN_A_ROW = 3;
    /** Failed commits in a row that, once they have gone on for the stall timeout, make the loop count as stuck. */
    public static final int MAX_COMMIT_FAILURES_IN_A_ROW = 3;

    /** A loop that commits offsets inside transactions, or not at all. */
    public LoopHealth(String name, boolean running, String failure, long lag, Instant lastProgress, int abortsInARow) {
        this(name, running, failure, lag, lastProgress, abortsInARow, 0, null, null);
    }

    public boolean up(Duration stallTimeout, Instant now) {
        if (!running || abortsInARow >= MAX_ABORTS_IN_A_ROW) {
            return false;
        }
        // One failed commit is routine (a rebalance, a broker moving the group coordinator); a streak that lasts is not.
        if (commitFailuresInARow >= MAX_COMMIT_FAILURES_IN_A_ROW && commitFailingSince != null
                && Duration.between(commitFailingSince, now).compareTo(stallTimeout) >= 0) {
            return false;
        }
        return lag <= 0 || Duration.between(lastProgress, now).compareTo(stallTimeout) < 0;
    }

    /** Whether a service with these loops is healthy: it has some, and every one is {@link #up}. */
    public static boolean allUp(Collection<LoopHealth> loops, Duration stallTimeout, Instant now) {
        return !loops.isEmpty() && loops.stream().allMatch(l -> l.up(stallTimeout, now));
    }

    /** Each loop's {@link #details()} under its name, with whether it is up. */
    public static Map<String, Object> details(Collection<LoopHealth> loops, Duration stallTimeout, Instant now) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (LoopHealth l : loops) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("up", l.up(stallTimeout, now));
            d.putAll(l.details());
            out.put(l.name(), d);
        }
        return out;
    }

    public Map<String, Object> details() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("running", running);
        d.put("lag", lag);
        d.put("lastProgress", lastProgress.toString());
        d.put("abortsInARow", abortsInARow);
        d.put("commitFailuresInARow", commitFailuresInARow);
        if (commitFailure != null && commitFailuresInARow > 0) {
            d.put("commitFailure", OutsideText.bounded(commitFailure));
            d.put("commitFailingSince", String.valueOf(commitFailingSince));
        }
        if (failure != null) {
            // An exception's text, which may quote a record or a broker's message: bounded and escaped as every such text.
            d.put("failure", OutsideText.bounded(failure));
        }
        return d;
    }
}
