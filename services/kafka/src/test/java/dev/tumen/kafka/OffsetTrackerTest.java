package dev.tumen.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OffsetTrackerTest {
    @Test
    void commitsOnlyPastRecordsThatAreDoneInOrder() {
        OffsetTracker t = new OffsetTracker();
        t.started(10);
        t.started(11);
        t.started(12);
        assertEquals(10, t.committable());
        t.done(11);
        t.done(12);
        assertEquals(10, t.committable(), "a slow record 10 holds the commit even though 11 and 12 are done");
        t.committed(10);
        assertEquals(-1, t.committable());
        t.done(10);
        assertEquals(13, t.committable());
        t.committed(13);
        assertEquals(-1, t.committable());
        assertEquals(0, t.inFlight());
    }
}
