package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * Words of arriving said as an aside, no arrival reported: how late people get in, given as the reason for a request
 * beside it, and everyone being here at last, said with thanks to all.
 */
final class ArrivalAsides {
    /** After 到: how late they get in (到得太晚, 到的比较晚, 到得迟); 晚上, 晚饭 after it are a time or a meal. */
    private static final Pattern LATE_MANNER = Pattern.compile("[得的](?:太|很|比较|有点|有些|挺|特别|这么|那么)?[晚迟](?![上饭餐宴会间])");
    /** Thanks to everyone in the chat that opens a message (辛苦各位老师, 感谢大家). */
    private static final Pattern THANKS_ALL = Pattern.compile("^\\s*(?:辛苦|感谢|谢谢|多谢)(?:了)?(?:各位|大家|诸位|老师们|各位老师|同志们)");
    /** The sender's own people, who make everyone being here a report of the sender's team. */
    private static final String[] OWN = {"我们", "咱们", "我团", "本团", "我队", "全团", "全队", "队员", "运动员", "代表"};

    private ArrivalAsides() {}

    /**
     * "但是晚上到得太晚了 早饭能不能8点半以后再吃", "昨晚到的比较晚": how late people get in, with no clock time or
     * train of their own, is the reason for a request beside it, no arrival (nor a day carried to one).
     */
    static boolean lateManner(Clause c) {
        int end = c.endOf(Cue.ARRIVE);
        if (end < 0 || end >= c.end) return false;
        return LATE_MANNER.matcher(c.text).region(end, c.end).lookingAt()
                && c.all(Mention.Clock.class).isEmpty()
                && c.all(Mention.Transport.class).isEmpty();
    }

    /**
     * "辛苦各位老师 今天总算都到齐了🙏": everyone here at last, said after thanks to all, with no delegation, figure or
     * own people named, is about the whole event, no arrival of the sender's team.
     */
    static boolean thanksAllHere(Clause c) {
        if (!c.has(Cue.ARRIVE) || !THANKS_ALL.matcher(c.text).find()) return false;
        String words = c.text.substring(c.start, c.end);
        if (!words.contains("齐")) return false;
        if (!c.all(Mention.Team.class).isEmpty() || !c.all(Mention.Count.class).isEmpty()) return false;
        if (!c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Transport.class).isEmpty()) return false;
        for (String w : OWN) if (words.contains(w)) return false;
        return true;
    }
}
