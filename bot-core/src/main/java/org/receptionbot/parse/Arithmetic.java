package org.receptionbot.parse;

/**
 * Sums written out in a message ("35减5", "40-2", "28少3", "=30-3=27"): the figure meant is the result. The
 * sum is rewritten in place, keeping the text's length: its result right-aligned, spaces before it. 少 after a
 * space is a shortfall of its own ("实到21 少1个": one is missing from those expected), no sum.
 */
final class Arithmetic {

    private Arithmetic() {}

    /** Rewrites the sums in {@code out}; a chain whose stated result does not match is left as it is. */
    static void fix(char[] out) {
        for (int i = 0; i < out.length; i++) {
            char op = out[i];
            if (op != '-' && op != '+' && op != '减' && op != '少' && op != '加') continue;
            // 实到21 少1个: 少 set apart from the figure before it says who is missing, no sum (28少3 is one).
            if (op == '少' && i > 0 && out[i - 1] == ' ') continue;
            int aEnd = skipBack(out, i);
            int aStart = aEnd;
            while (aStart > 0 && isDigit(out[aStart - 1])) aStart--;
            int bStart = skip(out, i + 1);
            int bEnd = bStart;
            while (bEnd < out.length && isDigit(out[bEnd])) bEnd++;
            if (aStart == aEnd || bStart == bEnd || aEnd - aStart > 4 || bEnd - bStart > 4) continue;
            boolean afterNumber = aStart > 0 && ".:/-+年月".indexOf(out[aStart - 1]) >= 0;
            if (afterNumber && (aStart < 2 || out[aStart - 1] != ':' || isDigit(out[aStart - 2]))) continue;
            int a = value(out, aStart, aEnd);
            int b = value(out, bStart, bEnd);
            int sum = op == '-' || op == '减' || op == '少' ? a - b : a + b;
            int eq = skip(out, bEnd);
            if (eq < out.length && out[eq] == '=') {
                int rStart = skip(out, eq + 1);
                int rEnd = rStart;
                while (rEnd < out.length && isDigit(out[rEnd])) rEnd++;
                if (rStart == rEnd || value(out, rStart, rEnd) != sum) continue;
                for (int k = aStart; k < rStart; k++) out[k] = ' ';
                i = rEnd;
                continue;
            }
            // Without a stated result only a difference after a word is read: 11-22 or 7-9点 are dates and spans.
            if (op == '+' || op == '加' || sum <= 0) continue;
            if (op == '-' && (aStart == 0 || !Normalizer.isHan(out[skipBack(out, aStart) - 1]))) continue;
            if (bEnd < out.length && ".:/-号日点月".indexOf(out[bEnd]) >= 0) continue;
            String r = Integer.toString(sum);
            for (int k = aStart; k < bEnd; k++) out[k] = ' ';
            for (int k = 0; k < r.length(); k++) out[bEnd - r.length() + k] = r.charAt(k);
            i = bEnd;
        }
    }

    private static int skip(char[] out, int i) {
        while (i < out.length && out[i] == ' ') i++;
        return i;
    }

    private static int skipBack(char[] out, int i) {
        while (i > 1 && out[i - 1] == ' ') i--;
        return i;
    }

    private static int value(char[] out, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) v = v * 10 + out[k] - '0';
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
