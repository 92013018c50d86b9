package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The cue words by their first two characters, so a position of a message tries only the words that
 * can start there. Within one position the words keep the order they were registered in.
 */
final class CueIndex {
    private static final CueWord[] NONE = {};

    /** The words that start with one character: by second character, and the one-character words alone. */
    private static final class First {
        final List<CueWord> all = new ArrayList<>();
        char[] seconds = new char[0];
        CueWord[][] bySecond = new CueWord[0][];
        CueWord[] alone = NONE;
    }

    private final First[] byFirst = new First[1 << 16];

    void put(CueWord w) {
        char c = w.text().charAt(0);
        if (byFirst[c] == null) byFirst[c] = new First();
        First f = byFirst[c];
        f.all.add(w);
        f.alone = f.all.stream().filter(x -> x.text().length() == 1).toArray(CueWord[]::new);
        f.seconds = f.all.stream()
                .filter(x -> x.text().length() > 1)
                .map(x -> x.text().charAt(1))
                .distinct()
                .sorted()
                .map(String::valueOf)
                .reduce("", String::concat)
                .toCharArray();
        f.bySecond = new CueWord[f.seconds.length][];
        for (int k = 0; k < f.seconds.length; k++) {
            char second = f.seconds[k];
            f.bySecond[k] = f.all.stream()
                    .filter(x -> x.text().length() == 1 || x.text().charAt(1) == second)
                    .toArray(CueWord[]::new);
        }
    }

    /** The words that may start at {@code at}, in the order they were registered. */
    CueWord[] at(String text, int at) {
        First f = byFirst[text.charAt(at)];
        if (f == null) return NONE;
        if (at + 1 < text.length()) {
            int k = java.util.Arrays.binarySearch(f.seconds, text.charAt(at + 1));
            if (k >= 0) return f.bySecond[k];
        }
        return f.alone;
    }
}
