package dev.tumen.common.security;

/**
 * What a secret given by an operator must at least look like. Length alone let a token of 32 equal characters and an
 * all-zero encryption key through (the third outside review): a value of so few different characters comes from no
 * generator of secrets, however long it is. A hex token of 32 characters from {@code openssl rand} has about 15
 * different ones, 32 random bytes about 30; eight keeps the odds of refusing a real one far below any concern.
 */
final class Secrets {
    static final int MIN_DISTINCT = 8;

    private Secrets() {
    }

    /** How many different byte values {@code value} holds. */
    static int distinct(byte[] value) {
        boolean[] seen = new boolean[256];
        int n = 0;
        for (byte b : value) {
            if (!seen[b & 0xff]) {
                seen[b & 0xff] = true;
                n++;
            }
        }
        return n;
    }
}
