package org.receptionbot.parse;

import java.util.List;

/**
 * After a meal's figure and a space, the delegation's own movement on a day or at an hour opens a statement of its own,
 * so the figure stays the meal's: "晚上25 明天全团走", "晚上二十五 明天全团中午走", "宵夜45 明天8点走 40人",
 * "明早24 8点半出发", "早饭明天30个 还有 后天我们坐早上8点05的G1606走". The words after the space are, in order, maybe a
 * lead (还有, 然后, 另外), a day, who moves (我们, 全团), a part of the day or a clock time, then the verb of moving or
 * riding, read as a movement (a cue of leaving or coming, or a train or flight said with it); a day or an hour must be
 * said. People counted with their unit after a part of the day with no meal named ("明早4个人 6点50出发") are the
 * movement's. A figure, a meal or anything else before the verb ("明天走的那5个不吃",
 * "明天中午不吃", "明天30") is no movement of its own here.
 */
final class MoveAfterMealFigure {
    /** Words that may lead the movement (还有 后天我们坐…). */
    private static final String[] LEADS = {"还有", "然后", "另外", "那"};
    /** Who moves: the delegation, whole or as we. */
    private static final String[] WHO = {"我们全团", "我们全体", "我们", "咱们", "全团", "全队", "全体", "全员", "大家", "都"};
    /** Words between the time and its verb (8点就走, 9点左右到, 明天再走). */
    private static final String[] BEFORE_VERB = {"之前", "以前", "左右", "就", "再", "才", "准时", "统一", "一起"};
    /** Verbs of moving and riding; 坐/乘/搭 open the ride (我们坐8点的车走). */
    private static final String[] VERBS = {"出发", "动身", "离开", "返程", "返回", "抵达", "走", "撤", "到", "坐", "乘", "搭"};

    private MoveAfterMealFigure() {}

    /** Whether the words at {@code at}, right after the space that follows a meal's figure, say the delegation's movement. */
    static boolean opens(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        if (peopleOfPart(text, at - 1, mentions)) return false;
        int p = skip(text, at, LEADS);
        if (p > at && p < text.length() && text.charAt(p) == ' ') p++;
        boolean timed = false;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (Mention m : mentions) {
                if (m.start() != p) continue;
                if (!(m instanceof Mention.Day || m instanceof Mention.Part || m instanceof Mention.Clock))
                    return false;
                timed |= m instanceof Mention.Day || m instanceof Mention.Clock;
                p = Math.max(p, m.end());
                moved = true;
            }
            int q = skip(text, p, WHO);
            moved |= q > p;
            p = q;
        }
        if (!timed) return false;
        p = skip(text, p, BEFORE_VERB);
        for (String v : VERBS)
            if (text.startsWith(v, p))
                return !eatingPlace(text, p + v.length()) && movementRead(text, p, mentions, hits);
        return false;
    }

    /**
     * Whether the movement from {@code at} to the end of its stretch is one the rules read: its verb a cue of leaving or
     * coming, or a train or flight said with it (9点出发 alone is a bus's setting off, no one's movement).
     */
    private static boolean movementRead(String text, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        int end = at;
        while (end < text.length() && Clause.SEPARATORS.indexOf(text.charAt(end)) < 0) end++;
        for (CueTable.Hit h : hits)
            if ((h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE) && h.start() >= at && h.end() <= end) return true;
        int next = end < text.length() && text.charAt(end) == ' ' ? end + 1 : end;
        for (Mention m : mentions)
            if (m instanceof Mention.Transport && m.start() >= at && m.start() <= next) return true;
        return false;
    }

    /**
     * "明早4个人 6点50出发": people counted with their unit after a part of the day with no meal named are the people who
     * move then, not a meal's figure (明早24, 宵夜45, 早饭明天30个 are the meal's).
     */
    private static boolean peopleOfPart(String text, int space, List<Mention> mentions) {
        int from = space;
        while (from > 0 && Clause.SEPARATORS.indexOf(text.charAt(from - 1)) < 0) from--;
        Mention.Count last = null;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > space) continue;
            if (m instanceof Mention.Meals) return false;
            if (m instanceof Mention.Count n) last = n;
        }
        return last != null && last.unit();
    }

    /** 8点到餐厅, 12点到食堂: coming to the meal's place is the meal's, no movement of the delegation. */
    private static boolean eatingPlace(String text, int at) {
        return text.startsWith("餐厅", at) || text.startsWith("食堂", at) || text.startsWith("饭", at);
    }

    private static int skip(String text, int at, String[] words) {
        for (String w : words) if (text.startsWith(w, at)) return at + w.length();
        return at;
    }
}
