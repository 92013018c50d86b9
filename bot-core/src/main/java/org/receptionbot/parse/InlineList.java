package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 接龙 pasted on one line ("接龙：1.四川 45 2.贵州 48 3.云南 照常"): two or more numbered items after a
 * colon or a space become lines of their own, so each is read as a list line. Same length, so spans match.
 */
final class InlineList {
    private static final Pattern ITEM = Pattern.compile("(?<=[:\\s])\\d{1,2}[.、](?!\\d)");

    private InlineList() {}

    static String split(String text) {
        // Every item has a . or a 、: no regex without them.
        if (text.indexOf('.') < 0 && text.indexOf('、') < 0) return text;
        Matcher m = ITEM.matcher(text);
        if (!m.find()) return text;
        int firstStart = m.start();
        int firstEnd = m.end();
        if (!m.find()) return text;
        char[] out = text.toCharArray();
        mark(out, firstStart, firstEnd);
        do mark(out, m.start(), m.end());
        while (m.find());
        return new String(out);
    }

    /**
     * The item's number and mark become spaces, and the line breaks at the space before it, or at its
     * mark right after a colon; each item's statement is then its own words.
     */
    private static void mark(char[] out, int start, int end) {
        for (int i = start; i < end; i++) out[i] = ' ';
        if (Character.isWhitespace(out[start - 1])) out[start - 1] = '\n';
        else out[end - 1] = '\n';
    }
}
