package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "福建改一下 晚上31", "改下：中午45": a change announced at the start of a line, after at most the name of who or what
 * changes, before the figure now. The words announcing it say nothing the figure does not: they are blanked (positions
 * kept) before the message is read. Said later in a line (柳州线7个 改一下 …, 人数改一下 原来说22个) they are left to the
 * rules.
 */
final class ChangeLeadIn {
    /** At a line's start, a few Chinese characters (a delegation, a meal), the words, then a space or a stop. */
    private static final Pattern LEAD_IN =
            Pattern.compile("(?m)^[ \\t]*\\p{IsHan}{0,6}?(改一下|改下|修改一下|修改下|调整一下|调整下|更改一下|变一下)(?=[ ,，:：\\n])");

    private ChangeLeadIn() {}

    /** The text with such words blanked; the same string when there are none. */
    static String blank(String text) {
        if (text.indexOf('改') < 0 && text.indexOf('调') < 0 && text.indexOf('变') < 0 && text.indexOf('更') < 0)
            return text;
        Matcher m = LEAD_IN.matcher(text);
        char[] chars = null;
        while (m.find()) {
            if (chars == null) chars = text.toCharArray();
            for (int i = m.start(1); i < m.end(1); i++) chars[i] = ' ';
        }
        return chars == null ? text : new String(chars);
    }
}
