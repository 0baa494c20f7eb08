package dev.tumen.alert.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Probe of session 31: one {@code read} token opened all 500 stream slots of an instance and every other client was
 * refused 503; a token now holds at most its share, and its seats come back as its streams end.
 */
class StreamSeatsTest {
    @Test
    void aTokenHoldsAtMostItsShareAndOthersStillGetIn() {
        StreamSeats seats = new StreamSeats(3, Duration.ofSeconds(10));
        List<Runnable> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            held.add(seats.take("dashboard"));
        }
        StreamHub.Unavailable refused = assertThrows(StreamHub.Unavailable.class, () -> seats.take("dashboard"));
        assertEquals("too-many-stream-clients-per-token", refused.reason());
        assertEquals(Duration.ofSeconds(10), refused.retryAfter());
        seats.take("desk").run();

        // a seat comes back once, however often its stream's end is reported
        held.get(0).run();
        held.get(0).run();
        assertEquals(2, seats.held("dashboard"));
        held.add(seats.take("dashboard"));
        assertThrows(StreamHub.Unavailable.class, () -> seats.take("dashboard"));

        held.forEach(Runnable::run);
        assertEquals(0, seats.held("dashboard"));
        assertEquals(0, seats.tokens(), "no entry kept for a token without a stream");
    }

    @Test
    void withoutATokenOrABoundNothingIsCounted() {
        StreamSeats seats = new StreamSeats(1, Duration.ofSeconds(1));
        seats.take(null);
        seats.take(null);
        StreamSeats unbounded = new StreamSeats(0, Duration.ofSeconds(1));
        unbounded.take("a");
        unbounded.take("a");
        assertEquals(0, unbounded.tokens());
    }
}
