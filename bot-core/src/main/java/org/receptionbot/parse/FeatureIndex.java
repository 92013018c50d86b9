package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The features a model learnt ({@link ReportShape#features()}), numbered, and looked up in a shape
 * without building its feature strings: a feature of one or two characters (the shape's characters and
 * pairs, short tokens) by its characters, a longer one (most tokens) by its string. {@link #of} gives
 * the same features, in the same order, as {@link ReportShape#features()} less those never learnt, so
 * the sums over them are the same to the last bit.
 */
final class FeatureIndex {
    private static final long PAIR = 1L << 32;
    /** The bits of a slot that hold the code; the number plus one is above them (0 is an empty slot). */
    private static final int CODE_BITS = 33;

    private static final long CODE = (1L << CODE_BITS) - 1;

    /**
     * Open addressing on the hash of a longer feature (a shape's token, "C:CANCEL"), its number at the same
     * index of {@link #wordNumbers}: a token is one of a few constant strings, met by identity at its slot.
     */
    private final String[] wordKeys;

    private final int[] wordNumbers;
    /** Open addressing on the code of a short feature, its number in the same slot: one read a lookup. */
    private final long[] slots;

    private final int mask;
    private int size;

    /** @param features every feature learnt; numbered in the order given (the most used first keeps them close) */
    FeatureIndex(Iterable<String> features, int count) {
        int cap = Integer.highestOneBit(Math.max(4, count * 10 / 7) - 1) << 1;
        this.slots = new long[cap];
        this.mask = cap - 1;
        Map<String, Integer> words = new HashMap<>();
        for (String f : features) {
            int n = size++;
            if (f.length() == 1 || f.length() == 2) put(code(f), n);
            else words.put(f, n);
        }
        this.wordKeys = new String[Integer.highestOneBit(words.size() * 4 + 1) << 1];
        this.wordNumbers = new int[wordKeys.length];
        for (Map.Entry<String, Integer> w : words.entrySet()) {
            int h = wordSlot(w.getKey());
            while (wordKeys[h] != null) h = h + 1 & wordKeys.length - 1;
            wordKeys[h] = w.getKey().intern();
            wordNumbers[h] = w.getValue();
        }
    }

    /** The features with their counts, the most {@code seen} first, then by text. */
    static List<Map.Entry<String, int[]>> mostSeenFirst(Map<String, int[]> counts, ToIntFunction<int[]> seen) {
        List<Map.Entry<String, int[]>> all = new ArrayList<>(counts.entrySet());
        all.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> -seen.applyAsInt(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        return all;
    }

    /** How many features are numbered. */
    int size() {
        return size;
    }

    /** The number of a feature, or -1 when it was never learnt. */
    int number(String feature) {
        if (feature.length() == 1 || feature.length() == 2) return get(code(feature));
        for (int h = wordSlot(feature); ; h = h + 1 & wordKeys.length - 1) {
            String k = wordKeys[h];
            if (k == null) return -1;
            if (k == feature || k.equals(feature)) return wordNumbers[h];
        }
    }

    /** The learnt features of a shape, by number, each once, in the order of {@link ReportShape#features()}. */
    int[] of(ReportShape shape) {
        List<String> tokens = shape.tokenList();
        String s = shape.shape();
        int[] found = new int[tokens.size() + 2 * s.length() + 4];
        int count = 0;
        // A feature counts once, as in a set: the numbers taken so far, by open addressing (number + 1).
        int[] taken = new int[Integer.highestOneBit(found.length * 2) << 1];
        // The product's high bits pick the slot: its low bits mix little of a small number.
        int takenShift = Integer.numberOfLeadingZeros(taken.length - 1);
        for (int i = 0; i < tokens.size(); i++) count = take(number(tokens.get(i)), found, count, taken, takenShift);
        int n = s.length() + 2;
        for (int i = 0; i < n; i++) {
            char c = i == 0 ? '^' : i == n - 1 ? '$' : s.charAt(i - 1);
            count = take(get(c), found, count, taken, takenShift);
            if (i + 1 < n) {
                char d = i + 1 == n - 1 ? '$' : s.charAt(i);
                count = take(get(PAIR | (long) c << 16 | d), found, count, taken, takenShift);
            }
        }
        return count == found.length ? found : Arrays.copyOf(found, count);
    }

    private static int take(int number, int[] found, int count, int[] taken, int shift) {
        if (number < 0) return count;
        int mask = taken.length - 1;
        int h = (number * 0x9E3779B9) >>> shift;
        while (taken[h] != 0) {
            if (taken[h] == number + 1) return count;
            h = h + 1 & mask;
        }
        taken[h] = number + 1;
        found[count] = number;
        return count + 1;
    }

    private static long code(String f) {
        return f.length() == 1 ? f.charAt(0) : PAIR | (long) f.charAt(0) << 16 | f.charAt(1);
    }

    private void put(long code, int number) {
        int h = slot(code);
        while (slots[h] != 0) h = h + 1 & mask;
        slots[h] = (long) (number + 1) << CODE_BITS | code;
    }

    private int get(long code) {
        for (int h = slot(code); ; h = h + 1 & mask) {
            long e = slots[h];
            if (e == 0) return -1;
            if ((e & CODE) == code) return (int) (e >>> CODE_BITS) - 1;
        }
    }

    private int wordSlot(String word) {
        return word.hashCode() * 0x9E3779B9 >>> Integer.numberOfLeadingZeros(wordKeys.length - 1);
    }

    private int slot(long code) {
        long x = code * 0x9E3779B97F4A7C15L;
        return (int) (x >>> 40) & mask;
    }
}
