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

    @Test
    void aFilterOfManyBadValuesIsDescribedShortly() {
        // FuzzIT (seed 23623722284341): categories of 500 C1 controls each, and a bad minSeverity, were quoted whole
        // by the model's messages, a 3,373-character detail once escaped (review of session 50).
        String junk = "\u0085".repeat(500);
        String categories = String.join(",", Collections.nCopies(100, junk));
        ProblemException refused = assertThrows(ProblemException.class,
                () -> StreamController.filter("en,ru," + junk, categories, null, null, null));
        var problem = refused.toProblem("/stream");
        assertTrue(problem.detail().length() <= 500, problem.detail());
        assertTrue(problem.detail().startsWith("minSeverity: 'en,ru,"), problem.detail());
        assertTrue(problem.detail().endsWith(" more (see errors)"), problem.detail());
    }
}
