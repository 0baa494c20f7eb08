package dev.tumen.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Growth tells work in proportion to its input from work of the square of it. */
class GrowthTest {
    private static volatile long sink;

    @Test
    void workInProportionPasses() {
        Growth.assertInProportion("one pass", n -> new int[n], a -> {
            long s = 0;
            for (int round = 0; round < 20; round++) {
                for (int x : a) {
                    s += x + round;
                }
            }
            sink = s;
        }, 1_000_000);
    }

    @Test
    void workOfTheSquareFails() {
        assertThrows(AssertionError.class, () -> Growth.assertInProportion("a pass per element", n -> new int[n], a -> {
            long s = 0;
            for (int i = 0; i < a.length; i++) {
                for (int j = i; j < a.length; j++) {
                    s += a[j] ^ i;
                }
            }
            sink = s;
        }, 4_000));
    }
}
