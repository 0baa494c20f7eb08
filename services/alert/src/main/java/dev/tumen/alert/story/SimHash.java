package dev.tumen.alert.story;

/** 64-bit SimHash fingerprints as the classifier writes them: 16 hex digits. */
public final class SimHash {
    private SimHash() {
    }

    /** The fingerprint as a long, or {@code null} when it is absent or not 16 hex digits. */
    public static Long parse(String hex) {
        if (hex == null || hex.length() != 16) {
            return null;
        }
        try {
            return Long.parseUnsignedLong(hex, 16);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    public static String hex(long value) {
        return String.format("%016x", value);
    }
}
