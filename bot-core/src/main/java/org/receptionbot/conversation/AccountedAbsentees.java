package org.receptionbot.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People a bus's count says are going on their own ("7号车实到46 还有2个自己打车过去赛场", "另2人已提前打车去机场"): the
 * liaison accounts for them, so a bus short by just that many is no shortfall to warn of; the answer says they go on
 * their own instead.
 */
final class AccountedAbsentees {
    /** A figure of people: digits, or Chinese numerals with a unit after them (so 四川, 九院 are names, not figures), 俩, 仨. */
    private static final Pattern FIGURE = Pattern.compile("[0-9]{1,3}|[一二两俩三四五六七八九十]{1,3}(?=[个人位名])|俩|仨");
    /** Going on one's own. */
    private static final Pattern OWN_WAY = Pattern.compile("自己|自行|单独|打车|打的|开车");
    /** How far before the words of going on one's own the figure of those people may stand. */
    private static final int REACH = 12;

    private AccountedAbsentees() {}

    /**
     * How many people {@code text} says go on their own: for each word of it, the nearest figure before it in the
     * same sentence part; 0 when it says none (or there is no text).
     */
    static int said(String text) {
        if (text == null) return 0;
        String t = text;
        int people = 0;
        int used = -1;
        Matcher own = OWN_WAY.matcher(t);
        while (own.find()) {
            int from = Math.max(Math.max(0, own.start() - REACH), used);
            String before = t.substring(from, own.start());
            int cut = Math.max(lastBreak(before), -1);
            Matcher n = FIGURE.matcher(before.substring(cut + 1));
            Integer last = null;
            int lastEnd = -1;
            while (n.find()) {
                last = Numbers.read(n.group()).orElse(null);
                lastEnd = n.end();
            }
            if (last == null) continue;
            people += last;
            used = from + cut + 1 + lastEnd;
        }
        return people;
    }

    private static int lastBreak(String s) {
        int at = -1;
        for (char c : "，,。；;！!".toCharArray()) at = Math.max(at, s.lastIndexOf(c));
        return at;
    }
}
