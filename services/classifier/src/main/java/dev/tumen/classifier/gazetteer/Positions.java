package dev.tumen.classifier.gazetteer;

import java.util.function.IntUnaryOperator;

/** Lookups by text position in lists ordered by it (hits, mentions, spans): the rules read a neighbourhood, not the list. */
public final class Positions {
    private Positions() {
    }

    /** The first index below {@code size} whose key (ascending with the index) is at least {@code pos}; {@code size} if none. */
    public static int firstAtLeast(int size, IntUnaryOperator keyAt, int pos) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (keyAt.applyAsInt(mid) < pos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
