package org.receptionbot.parse;

/** The lines of a list (接龙): a clause that opens a line of the message, after its item number if any. */
final class ListLines {
    private ListLines() {}

    /** Whether {@code c} opens a line after the first: only spaces, an item number or its mark lie before it. */
    static boolean startsLine(Clause c) {
        for (int i = c.start - 1; i >= 0; i--) {
            char ch = c.text.charAt(i);
            if (ch == '\n') return true;
            if (!(Character.isWhitespace(ch) || Character.isDigit(ch) || ch == '.' || ch == '、' || ch == '．'))
                return false;
        }
        return false;
    }

    /** Whether {@code c} comes after {@code line}, the clause that opened a list's line, on the same line. */
    static boolean onLineOf(Clause c, Clause line) {
        if (line == null || c == line || c.start < line.end) return false;
        int lineEnd = c.text.indexOf('\n', line.end);
        return lineEnd < 0 || lineEnd >= c.start;
    }
}
