package dev.tumen.devkit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JvmCollectionsTest {
    private static final String SERIAL = """
             S0C      S1C      S0U      S1U       EC       EU        OC         OU       MC       MU     CCSC   CCSU   YGC     YGCT    FGC    FGCT    CGC    CGCT     GCT
            4352.0   4352.0    0.0    2176.5  34944.0  12000.3   87424.0    40112.7  61440.0  59012.1 7936.0 7123.4     41    0.934   3      0.748   -          -    1.682
            """;

    @Test
    void readsCollectionsAndTheirTimesByColumnName() {
        JvmCollections c = JvmCollections.parse(SERIAL);

        assertThat(c.young()).isEqualTo(41);
        assertThat(c.youngMillis()).isEqualTo(934);
        assertThat(c.full()).isEqualTo(3);
        assertThat(c.fullMillis()).isEqualTo(748);
    }

    @Test
    void aStepIsTheDifferenceBetweenTwoReadings() {
        JvmCollections before = new JvmCollections(41, 934, 3, 748, 500);
        JvmCollections after = new JvmCollections(50, 1034, 3, 748, 580);

        assertThat(after.since(before)).isEqualTo("9 young (100 ms paused in all, mean 11.1 ms), 0 full (0 ms); collector threads' CPU 80 ms");
    }

    @Test
    void everyJvmOfAStepGetsItsCollectionsAndCompilersBetweenTwoReadings() {
        java.util.Map<String, JvmCollections.Reading> before = new java.util.LinkedHashMap<>();
        before.put("ingest", new JvmCollections.Reading(new JvmCollections(10, 100, 0, 0, 0), 4_000));
        before.put("alert", new JvmCollections.Reading(JvmCollections.NONE, 0));
        java.util.Map<String, JvmCollections.Reading> after = new java.util.LinkedHashMap<>();
        after.put("ingest", new JvmCollections.Reading(new JvmCollections(24, 220, 1, 90, 0), 4_310));
        after.put("alert", new JvmCollections.Reading(new JvmCollections(5, 50, 0, 0, 0), 10));

        assertThat(JvmCollections.perJvm(before, after)).isEqualTo("ingest 14 young 120 ms, 1 full 90 ms, JIT 310 ms; alert n/a");
    }

    @Test
    void anUnreadableAnswerGivesNoFigures() {
        assertThat(JvmCollections.parse("12345 not found")).isSameAs(JvmCollections.NONE);
        assertThat(new JvmCollections(1, 1, 0, 0, 0).since(JvmCollections.NONE)).isEqualTo("n/a");
    }
}
