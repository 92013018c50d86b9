package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The cue words by their first two characters, so a position of a message tries only the words that
 * can start there. Within one position the words keep the order they were put in. Words are put, then
 * the index is built once.
 */
final class CueIndex {
    private static final CueWord[] NONE = {};

    private final List<CueWord> all = new ArrayList<>();
    /**
     * By a character's high byte, a page of 256 entries (null: no word starts in it); an entry is 0 when no
     * word starts with the character, else one plus the index in {@link #aloneWords} of its one-character
     * words (none when it starts longer words only). One read a position, no probing.
     */
    private final char[][] pages = new char[256][];

    private CueWord[][] aloneWords = new CueWord[0][];
    /** Open addressing on the first two characters: a used slot holds {@code first << 16 | second}, plus one. */
    private int[] keys = new int[0];

    private CueWord[][] byPair = new CueWord[0][];
    /** One bit per pair's hash, small enough to stay in cache: most positions start no pair and stop here. */
    private final long[] pairBits = new long[64];

    void put(CueWord w) {
        all.add(w);
    }

    /** Indexes the words put so far. */
    void build() {
        List<Integer> pairs = new ArrayList<>();
        java.util.Map<Character, List<CueWord>> byFirst = new java.util.HashMap<>();
        java.util.Map<Character, CueWord[]> alone = new java.util.LinkedHashMap<>();
        for (CueWord w : all) {
            byFirst.computeIfAbsent(w.text().charAt(0), c -> new ArrayList<>()).add(w);
            char first = w.text().charAt(0);
            alone.putIfAbsent(first, NONE);
            if (w.text().length() == 1) alone.put(first, append(alone.get(first), w));
            else if (!pairs.contains(pair(first, w.text().charAt(1))))
                pairs.add(pair(first, w.text().charAt(1)));
        }
        aloneWords = new CueWord[alone.size()][];
        int index = 0;
        for (java.util.Map.Entry<Character, CueWord[]> a : alone.entrySet()) {
            char first = a.getKey();
            if (pages[first >>> 8] == null) pages[first >>> 8] = new char[256];
            pages[first >>> 8][first & 0xFF] = (char) (index + 1);
            aloneWords[index++] = a.getValue();
        }
        keys = new int[Integer.highestOneBit(pairs.size() * 4 + 1) * 2];
        byPair = new CueWord[keys.length][];
        for (int key : pairs) {
            int slot = slot(keys, key);
            keys[slot] = key + 1;
            int bit = (key * 0x9E3779B9) >>> 20;
            pairBits[bit >>> 6] |= 1L << bit;
            byPair[slot] = byFirst.get((char) (key >>> 16)).stream()
                    .filter(x -> x.text().length() == 1 || x.text().charAt(1) == (key & 0xFFFF))
                    .toArray(CueWord[]::new);
        }
    }

    /** The words that may start at {@code at}, in the order they were put. */
    CueWord[] at(String text, int at) {
        char first = text.charAt(at);
        char[] page = pages[first >>> 8];
        int entry = page == null ? 0 : page[first & 0xFF];
        if (entry == 0) return NONE;
        if (at + 1 < text.length()) {
            int key = pair(first, text.charAt(at + 1));
            int bit = (key * 0x9E3779B9) >>> 20;
            if ((pairBits[bit >>> 6] & 1L << bit) != 0) {
                int slot = slot(keys, key);
                if (keys[slot] == key + 1) return byPair[slot];
            }
        }
        return aloneWords[entry - 1];
    }

    private static CueWord[] append(CueWord[] words, CueWord w) {
        CueWord[] out = words == null ? new CueWord[1] : java.util.Arrays.copyOf(words, words.length + 1);
        out[out.length - 1] = w;
        return out;
    }

    private static int pair(char first, char second) {
        return first << 16 | second;
    }

    /** The key's slot in {@code keys}, or the empty slot where it would go. */
    private static int slot(int[] keys, int key) {
        int mask = keys.length - 1;
        // The high bits of the product mix both characters.
        int slot = (key * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
        while (keys[slot] != 0 && keys[slot] != key + 1) slot = slot + 1 & mask;
        return slot;
    }
}
