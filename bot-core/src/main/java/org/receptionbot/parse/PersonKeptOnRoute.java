package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "不对不对 王局还是去北海 是张科换到百色": a person said to keep their route (还是去北海, 仍然跟柳州线) before another person
 * who switches is who stays, not one of the people the change is about, and their route is none left: the person and the
 * route kept are blanked before the message is read. Said alone ("李处还是去北海线 刚才说错了") it is the change itself,
 * back to that route, and is left alone.
 */
final class PersonKeptOnRoute {
    /** A keeping word, maybe a going word, right before the route (回 is a way back: a change of its own). */
    private static final Pattern KEEPS = Pattern.compile("(?:还是|仍然|依然|照样|照常)[去跟在坐走]?$");
    /** A switching word, after another person, in the words after the route kept. */
    private static final Pattern SWITCHES = Pattern.compile("[换改调转]");
    /** What may follow the route kept before its statement ends. */
    private static final String AFTER = "线组的那边 ";

    private static final String ENDS = " ，,。；;！!\n";
    /** Most characters a keeping word and its person take before the route. */
    private static final int REACH = 12;

    private PersonKeptOnRoute() {}

    /** The text with each person kept on a route before another's switch blanked; the same string when there is none. */
    static String blank(String text, List<Mention> mentions) {
        if (text.indexOf("还是") < 0 && text.indexOf("仍然") < 0 && text.indexOf("依然") < 0) return text;
        char[] chars = null;
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Route r)) continue;
            int from = Math.max(0, r.start() - REACH);
            Matcher keeps = KEEPS.matcher(text.substring(from, r.start()));
            if (!keeps.find()) continue;
            int person = personBefore(text, from + keeps.start());
            if (person < 0) continue;
            int end = r.end();
            while (end < text.length() && AFTER.indexOf(text.charAt(end)) >= 0 && text.charAt(end) != ' ') end++;
            if (end < text.length() && ENDS.indexOf(text.charAt(end)) < 0) continue;
            if (!otherSwitches(text, end)) continue;
            if (chars == null) chars = text.toCharArray();
            for (int k = person; k < end; k++) chars[k] = ' ';
        }
        return chars == null ? text : new String(chars);
    }

    /** The start of a person named right before {@code at} (王局, 李处长, 老张), or -1. */
    private static int personBefore(String text, int at) {
        for (int start = Math.max(0, at - 5); start < at; start++) {
            Matcher m = PersonNames.PERSON.matcher(text).region(start, at);
            if (m.matches()) return start;
        }
        return -1;
    }

    /** Whether the words after {@code end}, up to the line's end, name another person with a switching word. */
    private static boolean otherSwitches(String text, int end) {
        int line = text.indexOf('\n', end);
        String rest = text.substring(end, line < 0 ? text.length() : line);
        Matcher sw = SWITCHES.matcher(rest);
        if (!sw.find()) return false;
        Matcher p = PersonNames.PERSON.matcher(rest);
        return p.find() && p.start() < sw.start() && rest.charAt(p.start()) != '我';
    }
}
