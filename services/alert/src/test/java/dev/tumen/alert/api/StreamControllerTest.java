package dev.tumen.alert.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tumen.common.http.ProblemException;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class StreamControllerTest {
    @Test
    void aFilterIsBoundedAsASubscriptionsIs() {
        // 2,000 one-letter keywords fit a request line and were each matched against every event for this client
        // (probe of session 29); a subscription takes at most 100 of at most 200 characters.
        String many = String.join(",", Collections.nCopies(101, "kim"));
        for (String[] filter : new String[][] {{null, many}, {many, null}, {null, "x".repeat(201)}, {"a\u0085b", null},
                {null, "kim,\u200b"}, {"\u00ad\ufeff", null}}) {
            ProblemException refused = assertThrows(ProblemException.class,
                    () -> StreamController.filter(null, null, null, filter[0], filter[1]));
            assertTrue(refused.toProblem("/stream").type().endsWith("/invalid-filter"), refused.getMessage());
        }
        String hundred = String.join(",", Collections.nCopies(100, "kim"));
        assertEquals(100, StreamController.filter(null, null, null, hundred, hundred).keywords().size());
    }

    @Test
    void aLastEventIdThatIsNoIdIsQuotedShortly() {
        ProblemException refused = assertThrows(ProblemException.class, () -> StreamController.lastEventId("9".repeat(30) + "x".repeat(5000)));
        assertTrue(refused.getMessage().length() < 200, refused.getMessage());
    }
}
