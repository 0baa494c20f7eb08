package dev.tumen.classifier.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SimHashTest {
    private static final String STORY = "Russian Foreign Minister Sergei Lavrov arrived in Pyongyang on Thursday for two days of talks with "
            + "his North Korean counterpart Choe Son Hui. The two ministers are expected to discuss trade, the resumption of "
            + "passenger flights and tourism, officials in Moscow said. Lavrov last visited North Korea in the summer, when he "
            + "toured a new beach resort on the east coast and met leader Kim Jong Un.";

    @Test
    void fingerprintIsSixteenHexDigits() {
        assertTrue(SimHash.fingerprint(STORY).matches("[0-9a-f]{16}"));
        assertEquals(SimHash.fingerprint(STORY), SimHash.fingerprint(STORY));
    }

    @Test
    void nearDuplicatesAreClose() {
        String edited = STORY.replace("on Thursday", "on Thursday morning") + " Reporting by a news agency.";
        assertTrue(SimHash.hammingDistance(SimHash.fingerprint(STORY), SimHash.fingerprint(edited)) <= 10);
    }

    @Test
    void differentStoriesAreFar() {
        String other = "Ukraine said its air defences shot down most of the drones launched overnight against Kyiv and "
                + "Odesa, while a power station in the east was damaged and thousands of homes lost electricity for several "
                + "hours before repair crews restored supply on Sunday afternoon, the energy ministry reported.";
        assertTrue(SimHash.hammingDistance(SimHash.fingerprint(STORY), SimHash.fingerprint(other)) >= 20);
    }
}
