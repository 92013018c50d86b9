package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "上午10点发车，改一下 是10点05", "晚饭30人 改下 是32人": 改一下 said after what it changes, then 是 and the figure or
 * time meant, takes back what was said before it, as 不对 does. It is read as 不对 (positions kept), so the corrections
 * of figures and of movements' slots apply. Said at a line's start it announces a change ({@link ChangeLeadIn}); said
 * with no figure or time after 是 ("改一下 是北海市住建局") or as a question ("能改一下吗") it is left as it is.
 */
final class ChangeSaidAfter {
    /** 改一下 or 改下 after something said on its line, then at most a space or a comma, 是 and a figure or a clock. */
    private static final Pattern SAID_AFTER =
            Pattern.compile("(?<=[^\\s\\n])[ ，,]?(改一下|改下)(?=[ ，,]?是[0-9０-９一二两三四五六七八九十])");

    private ChangeSaidAfter() {}

    /** The text with such words read as 不对; the same string when there are none. */
    static String read(String text) {
        if (text.indexOf('改') < 0) return text;
        Matcher m = SAID_AFTER.matcher(text);
        char[] chars = null;
        while (m.find()) {
            if (chars == null) chars = text.toCharArray();
            int at = m.start(1);
            chars[at] = '不';
            chars[at + 1] = '对';
            for (int i = at + 2; i < m.end(1); i++) chars[i] = ' ';
        }
        return chars == null ? text : new String(chars);
    }
}
