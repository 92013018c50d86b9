package org.receptionbot.parse;

import java.util.List;

/**
 * Words of a problem that, beside a head count, are no problem: a count not taken yet ("今天还没数",
 * "今天的还没统计"), people still awaited ("还差两个人没到"), a figure taken back ("9号车 40人 说错了 41人") and the people counted named by how they came ("实到2人 是湖北掉队的那两个": the
 * stragglers are found).
 */
final class HeadcountTalk {
    /** Counting verbs after 还没: the count is not taken yet. */
    private static final String[] COUNTING = {"数", "点", "统计", "清点", "核对"};
    /** Being lost from the group, said of the people counted when 的 follows (跟丢的, 掉队的那两个). */
    private static final String[] LOST = {"掉队", "走散", "跟丢"};

    private HeadcountTalk() {}

    /** Drops those problem words from {@code hits} of a message with a counting word. */
    static void dropProblems(List<CueTable.Hit> hits, List<Mention> mentions, String text) {
        int counted = -1;
        for (CueTable.Hit h : hits)
            if (h.cue() == Cue.HEADCOUNT) {
                counted = h.start();
                break;
            }
        if (counted < 0 && !vehicle(mentions)) return;
        int[] lost = counted < 0 ? null : lostOnes(text, counted);
        hits.removeIf(h -> h.cue() == Cue.PROBLEM
                        && (notCountedYet(text, h) || takesBack(mentions, text, h) || stillAwaited(text, h))
                || lost != null
                        && h.start() >= lost[0]
                        && h.end() <= lost[1]
                        && (h.cue() == Cue.PROBLEM || h.cue() == Cue.LOST_WAY || h.cue() == Cue.OTHER_PROBLEM));
    }

    /** "2号车还差两个人没到 再等五分钟": people the bus still waits for, not a problem by itself. */
    private static boolean stillAwaited(String text, CueTable.Hit h) {
        if (!text.startsWith("没到", h.start()) && !text.startsWith("没来", h.start()) && !text.startsWith("没上", h.start()))
            return false;
        // 还差两个 is blanked before the rules read it (UncountedFigures): a run of blanks stands for it.
        String before = text.substring(Math.max(0, h.start() - 6), h.start());
        if (before.endsWith("人")) before = before.substring(0, before.length() - 1);
        return before.contains("差") || before.endsWith("   ");
    }

    /** "西藏的也坐3号车", "和湖南一起坐": a delegation riding along on another's bus. */
    static boolean sharedBus(String message) {
        for (String w : new String[] {"也坐", "也在", "一起坐", "一起走", "拼车", "同车", "搭车", "蹭车"})
            if (message.contains(w)) return true;
        return false;
    }

    /** "两个也上来了", "又上来3个": a figure of people who joined the bus after a count, not the count. */
    static boolean joined(Clause c, Mention.Count n) {
        int after = n.end();
        while (after < c.end && "个人名位 ".indexOf(c.text.charAt(after)) >= 0) after++;
        for (String w : new String[] {"也上来", "又上来", "也上车", "也到了", "也回来"}) if (c.text.startsWith(w, after)) return true;
        return joinedBefore(c, n);
    }

    /** "又上来3个", "刚又上来俩": people who joined, the joining said before their figure (not "27 又上来一个"). */
    static boolean joinedBefore(Clause c, Mention.Count n) {
        String before = c.text.substring(Math.max(c.start, n.start() - 4), n.start());
        return before.endsWith("又上来") || before.endsWith("又上了") || before.endsWith("后面上来") || before.endsWith("又来了");
    }

    /**
     * "打车那3个也上车了", "有3个人还没上车": every figure of a clause naming no vehicle is of people who joined after a count
     * said before, or are not aboard yet; the clause adds no count of the vehicle named before.
     */
    static boolean onlyJoinedOrMissing(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.isEmpty()) return false;
        for (Mention.Count n : counts) if (!joined(c, n) && !notAboard(c, n)) return false;
        return true;
    }

    /** "3个人还没上车", "两个没到": people the bus still misses. */
    private static boolean notAboard(Clause c, Mention.Count n) {
        int after = n.end();
        while (after < c.end && "个人名位 ".indexOf(c.text.charAt(after)) >= 0) after++;
        for (String w : new String[] {"还没上", "没上车", "还没到", "没到", "没来", "还没来", "未到", "还在找", "在找"})
            if (c.text.startsWith(w, after)) return true;
        return false;
    }

    private static boolean notCountedYet(String text, CueTable.Hit h) {
        if (!text.startsWith("还没", h.start()) || h.end() != h.start() + 2) return false;
        for (String w : COUNTING) if (text.startsWith(w, h.end())) return true;
        return false;
    }

    /** Where the first word of being lost, followed by 的, stands after {@code from}; null when none does. */
    private static int[] lostOnes(String text, int from) {
        for (String w : LOST) {
            int at = text.indexOf(w + "的", from);
            if (at >= 0) return new int[] {at, at + w.length() + 1};
        }
        return null;
    }

    private static boolean vehicle(List<Mention> mentions) {
        for (Mention m : mentions) if (m instanceof Mention.Vehicle) return true;
        return false;
    }

    /** "9号车 40人 说错了 41人": 错了 right after a figure, beside a vehicle, takes the figure back. */
    private static boolean takesBack(List<Mention> mentions, String text, CueTable.Hit h) {
        if (!text.startsWith("错", h.start()) && !text.startsWith("不对", h.start())) return false;
        int b = h.start();
        if (b > 0 && "说报写打数".indexOf(text.charAt(b - 1)) >= 0) b--;
        while (b > 0 && "哦噢啊 ,，".indexOf(text.charAt(b - 1)) >= 0) b--;
        boolean vehicle = false;
        boolean figure = false;
        for (Mention m : mentions) {
            vehicle |= m instanceof Mention.Vehicle;
            figure |= m instanceof Mention.Count && m.end() == b;
        }
        return vehicle && figure;
    }
}
