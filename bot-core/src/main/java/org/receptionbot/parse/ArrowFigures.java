package org.receptionbot.parse;

/**
 * A figure changed with an arrow ("百色 4→3", "柳州3->2", "午餐 30 ➡️ 28", "北海线3人➡️2人", "晚饭 6个 → 5个"): only
 * the figure after the arrow is the figure now, so the old figure, its unit and the arrow become spaces (the text keeps
 * its length). A figure
 * that is part of a code, a clock time or a decimal (G1722→G1708, 8:00→9:00) is left alone.
 */
final class ArrowFigures {
    /** A unit said after the old figure ("3人➡️2人"). */
    private static final String UNITS = "人个位名份";

    private ArrowFigures() {}

    /** Blanks each old figure and its arrow in {@code out}, in place. */
    static void fix(char[] out) {
        for (int i = 1; i < out.length; i++) {
            int width = arrow(out, i);
            if (width == 0) continue;
            int after = skipSpaces(out, i + width);
            if (after >= out.length || !isDigit(out[after])) continue;
            int end = i;
            while (end > 0 && out[end - 1] == ' ') end--;
            if (end > 1 && UNITS.indexOf(out[end - 1]) >= 0 && isDigit(out[end - 2])) end--;
            int start = end;
            while (start > 0 && isDigit(out[start - 1])) start--;
            if (start == end || start > 0 && partOfCode(out[start - 1])) continue;
            for (int k = start; k < i + width; k++) out[k] = ' ';
        }
    }

    /** The length of the arrow at {@code i} (→, ➡ with its emoji selector, ->, =>), or 0. */
    private static int arrow(char[] out, int i) {
        char c = out[i];
        if (c == '→') return 1;
        if (c == '➡') return i + 1 < out.length && out[i + 1] == '\uFE0F' ? 2 : 1;
        if ((c == '-' || c == '=') && i + 1 < out.length && out[i + 1] == '>') return 2;
        return 0;
    }

    private static int skipSpaces(char[] out, int i) {
        while (i < out.length && out[i] == ' ') i++;
        return i;
    }

    private static boolean partOfCode(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == ':' || c == '.' || c == '/';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
