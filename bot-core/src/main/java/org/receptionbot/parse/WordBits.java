package org.receptionbot.parse;

/**
 * One bit per character of a stretch of text, by a hash of the character (256 bits), and one per pair of adjacent
 * characters (1,024 bits): a word whose first or last character (or pair) has no bit set is not in the stretch, found
 * with no scan of the text. A set bit says only that the word may be there.
 */
final class WordBits {
    private final long[] bits = new long[20];

    /** The bits of {@code text[start, end)}. */
    WordBits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            set(hash(c, (char) 0));
            if (i + 1 < end) set(hash(c, text.charAt(i + 1)));
        }
    }

    /** Whether {@code word} (not empty) may occur in the stretch: false only when it surely does not. */
    boolean maySee(String word) {
        int k = word.length() - 1;
        return k == 0
                ? maySee(word.charAt(0), (char) 0)
                : maySee(word.charAt(0), word.charAt(1)) && maySee(word.charAt(k - 1), word.charAt(k));
    }

    private void set(int h) {
        bits[h >>> 6] |= 1L << h;
    }

    /** Whether the character {@code c} ({@code next} 0) or the pair {@code c next} may be in the stretch. */
    private boolean maySee(char c, char next) {
        int h = hash(c, next);
        return (bits[h >>> 6] & 1L << h) != 0;
    }

    /** A character's bit among the first 256, a pair's among the 1,024 after them. */
    private static int hash(char c, char next) {
        return next == 0 ? (c * 0x9E3779B9) >>> 24 : 256 + ((c << 16 | next) * 0x9E3779B9 >>> 22);
    }
}
