package org.receptionbot.parse;

/** Folds a message into the form the rules read. The result has the length of the input, so spans match. */
final class Normalizer {

    private Normalizer() {}

    /**
     * Full-width ASCII forms become ASCII (３４ → 34, ： → :), the ideographic space a space, a carriage
     * return a line break, Latin letters upper case (g1234 → G1234).
     */
    static String normalize(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
            else if (c == '\u3000' || c == '\t') c = ' ';
            else if (c == '\r') c = '\n';
            if (c >= 'a' && c <= 'z') c = (char) (c - 32);
            out[i] = c;
        }
        return Typos.fix(new String(out));
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }
}
