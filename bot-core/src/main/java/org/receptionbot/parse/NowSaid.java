package org.receptionbot.parse;

import java.time.LocalTime;

/**
 * More ways a movement is said as it happens (see {@link MovedNow}): with no subject by a liaison ("已落地",
 * "到站了"), all of the delegation here ("45人全到"), or done earlier in a part of today already begun
 * ("早上已经到了").
 */
final class NowSaid {
    /** Words that may stand before the verb when nothing else does (已落地, 刚到站, 终于到了). */
    private static final String[] LEAD = {"已经", "已", "刚刚", "刚", "终于", "都", "也", "我们", "咱们"};
    /** All of the delegation here: a present report with no 了. */
    private static final String[] ALL_HERE = {"全到", "都到", "到齐"};

    private NowSaid() {}

    /** "已落地", "到站了": the verb opens the clause, with at most 已/刚/终于 before it. */
    static boolean subjectless(Clause c, Draft.Kind kind) {
        Cue cue = kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART;
        int verb = c.at(cue);
        if (verb < 0 || repeated(c, verb, c.endOf(cue))) return false;
        int i = c.start;
        while (i < verb) {
            boolean lead = false;
            for (String w : LEAD) {
                if (c.text.startsWith(w, i) && i + w.length() <= verb) {
                    i += w.length();
                    lead = true;
                    break;
                }
            }
            if (!lead && c.text.charAt(i) != ' ') return false;
            if (!lead) i++;
        }
        return true;
    }

    /** "到了到了 第一批二十个人刚到": the verb said twice is a cry; who came is said after it. */
    private static boolean repeated(Clause c, int verb, int end) {
        int i = end;
        while (i < c.text.length() && "了啦 ".indexOf(c.text.charAt(i)) >= 0) i++;
        return c.text.startsWith(c.text.substring(verb, end), i);
    }

    /** "内蒙古45人全到", "人都到齐": all of them here. */
    static boolean allHere(Clause c) {
        for (String w : ALL_HERE) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }

    /** "湖北的早上已经到了": a part of today already begun, with the movement said as done by 已/已经/刚 before it. */
    static boolean begunAndDone(Mention.Part p, Clause c, Draft.Kind kind, LocalTime now) {
        int verb = c.at(kind == Draft.Kind.ARRIVAL ? Cue.ARRIVE : Cue.DEPART);
        if (now == null || verb < p.end() || now.getHour() < startHour(p.part())) return false;
        String between = c.text.substring(p.end(), verb);
        return between.contains("已") || between.contains("刚");
    }

    private static int startHour(DayPart part) {
        return switch (part) {
            case EARLY_HOURS -> 0;
            case MORNING -> 5;
            case NOON -> 11;
            case AFTERNOON -> 13;
            case EVENING -> 18;
        };
    }
}
