package org.receptionbot.parse;

/**
 * The squared ideograph emoji typed as words: 🈚 (无) is 没有, "重庆中午🈚️变化" → "重庆中午并没有变化" (with its variation
 * selector, three characters), "🈚人" → "没有人". The text keeps its length, so spans match.
 */
final class WordEmoji {
    /** 🈚, U+1F21A, as its two UTF-16 units. */
    private static final char HIGH = '\uD83C';

    private static final char NONE = '\uDE1A';

    private WordEmoji() {}

    static void fix(char[] out) {
        for (int i = 0; i + 1 < out.length; i++) {
            if (out[i] != HIGH || out[i + 1] != NONE) continue;
            if (i + 2 < out.length && out[i + 2] == '\uFE0F') {
                out[i] = '并';
                out[i + 1] = '没';
                out[i + 2] = '有';
            } else {
                out[i] = '没';
                out[i + 1] = '有';
            }
        }
    }
}
