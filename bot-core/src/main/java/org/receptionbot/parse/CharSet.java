package org.receptionbot.parse;

/** A fixed set of characters with a constant-time test, for scanners that look at every character. */
final class CharSet {
    private final long[] bits = new long[1 << 10];

    CharSet(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) add(chars.charAt(i));
    }

    void add(char c) {
        bits[c >>> 6] |= 1L << c;
    }

    boolean has(char c) {
        return (bits[c >>> 6] & (1L << c)) != 0;
    }
}
