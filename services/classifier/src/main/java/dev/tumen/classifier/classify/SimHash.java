package dev.tumen.classifier.classify;

import java.util.HexFormat;
import java.util.Locale;

/**
 * 64-bit SimHash over word 3-shingles: copies of one story that differ by a few edits (a changed headline, a
 * trimmed paragraph) land a few bits apart, different stories about 32 bits apart.
 */
public final class SimHash {
    private static final int SHINGLE = 3;

    private SimHash() {
    }

    /** The fingerprint of {@code text} as 16 lowercase hex digits. */
    public static String fingerprint(String text) {
        return HexFormat.of().toHexDigits(hash(text));
    }

    public static long hash(String text) {
        String[] words = text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        int[] weights = new int[64];
        int count = 0;
        long[] window = new long[SHINGLE];
        int filled = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            System.arraycopy(window, 1, window, 0, SHINGLE - 1);
            window[SHINGLE - 1] = fnv(w);
            filled++;
            if (filled < SHINGLE) {
                continue;
            }
            long h = mix(window[0] * 31 * 31 + window[1] * 31 + window[2]);
            add(weights, h);
            count++;
        }
        if (count == 0 && filled > 0) {
            // fewer words than a shingle: hash the words alone so short texts still get a stable fingerprint
            for (int i = SHINGLE - Math.min(filled, SHINGLE); i < SHINGLE; i++) {
                add(weights, mix(window[i]));
            }
        }
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** Number of differing bits between two fingerprints (hex strings as produced by {@link #fingerprint}). */
    public static int hammingDistance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    private static void add(int[] weights, long h) {
        for (int bit = 0; bit < 64; bit++) {
            weights[bit] += ((h >>> bit) & 1L) != 0 ? 1 : -1;
        }
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser: spreads shingle hashes over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
