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
        if (text == null) {
            return 0;
        }
        // The words are the runs of letters (\p{L}) and numbers (\p{N}) of the lower-cased text: the same words a
        // split on [^\p{L}\p{N}]+ gives, read in place, since the regex split and its substrings were a fifth of a
        // long page's classification.
        String lower = text.toLowerCase(Locale.ROOT);
        long[] planes = new long[32];
        int added = 0;
        long w0 = 0;
        long w1 = 0;
        long w2 = 0;
        int filled = 0;
        int n = lower.length();
        int i = 0;
        while (i < n) {
            char c = lower.charAt(i);
            int cp = c;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(lower.charAt(i + 1))) {
                cp = Character.toCodePoint(c, lower.charAt(i + 1));
                width = 2;
            }
            if (!isWordCodePoint(cp)) {
                i += width;
                continue;
            }
            long h = 0xcbf29ce484222325L;
            while (i < n) {
                c = lower.charAt(i);
                cp = c;
                width = 1;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(lower.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, lower.charAt(i + 1));
                    width = 2;
                }
                if (!isWordCodePoint(cp)) {
                    break;
                }
                h ^= c;
                h *= 0x100000001b3L;
                if (width == 2) {
                    h ^= lower.charAt(i + 1);
                    h *= 0x100000001b3L;
                }
                i += width;
            }
            w0 = w1;
            w1 = w2;
            w2 = h;
            filled++;
            if (filled < SHINGLE) {
                continue;
            }
            add(planes, mix(w0 * 31 * 31 + w1 * 31 + w2));
            added++;
        }
        if (added == 0 && filled > 0) {
            // fewer words than a shingle: hash the words alone so short texts still get a stable fingerprint
            long[] window = {w0, w1, w2};
            for (int k = SHINGLE - Math.min(filled, SHINGLE); k < SHINGLE; k++) {
                add(planes, mix(window[k]));
                added++;
            }
        }
        // a bit is set where more than half the added hashes have it (its +1/-1 weight is positive)
        long result = 0;
        for (int bit = 0; bit < 64; bit++) {
            long count = 0;
            for (int p = 0; p < planes.length; p++) {
                count |= ((planes[p] >>> bit) & 1L) << p;
            }
            if (2 * count > added) {
                result |= 1L << bit;
            }
        }
        return result;
    }

    /** What the regex classes {@code \p{L}} and {@code \p{N}} match. */
    private static boolean isWordCodePoint(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        return ((WORD_TYPES >>> Character.getType(cp)) & 1) != 0;
    }

    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER | 1 << Character.OTHER_NUMBER;

    /** Number of differing bits between two fingerprints (hex strings as produced by {@link #fingerprint}). */
    public static int hammingDistance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    public static int hammingDistance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /**
     * Counts, for each of the 64 bits, how many added hashes have it set: plane {@code p} holds bit {@code p} of every
     * bit's count, so one add is a ripple-carry over a few planes instead of 64 separate counters.
     */
    private static void add(long[] planes, long h) {
        long carry = h;
        for (int p = 0; carry != 0; p++) {
            long next = planes[p] & carry;
            planes[p] ^= carry;
            carry = next;
        }
    }

    /** SplitMix64 finaliser: spreads shingle hashes over all 64 bits. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
