package dev.tumen.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Growth tells work in proportion to its input from work of the square of it. */
class GrowthTest {
    private static volatile long sink;

    @Test
    void workInProportionPasses() {
        // Arrays that stay in the caches (200 KB and 800 KB), read many times: at 4 MB and 16 MB the larger one was read
        // from memory, and on a loaded machine other processes' memory traffic stalled it (stalls count as CPU time)
        // until the ratio passed the bound (a helper's full run at load 20 failed so).
        Growth.assertInProportion("one pass", n -> new int[n], a -> {
            long s = 0;
            for (int round = 0; round < 400; round++) {
                for (int x : a) {
                    s += x + round;
                }
            }
            sink = s;
        }, 50_000);
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
