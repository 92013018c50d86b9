package org.receptionbot.parse;

/**
 * "上海6人已经到机场出口了 哪辆车啊 找半天没看到接站牌", "水协3个已经到山庄了 … 房卡还没做好": people who report
 * their arrival as it happens and, in the same stretch, the problem they meet there. The problem is an ISSUE
 * and the arrival is read as well: the question or complaint after it does not take it back.
 */
final class ArrivedWithProblem {

    private ArrivedWithProblem() {}

    /**
     * The arrival {@code c}, already read as a problem, also reports, or null: the stretch up to the first space
     * after the arrival verb, when it says the verb as done ({@link MovedNow}; 已/刚 before it, or 了 within a place's
     * few characters after it) of people it names: a figure of people, or a delegation or 我们 at the journey's end
     * (a station, an airport: 我们刚到土家山寨 is moving about the event), with no question before the verb.
     */
    static Clause arrival(Clause c, MovementRules movements) {
        if (MovementRules.kind(c) != Draft.Kind.ARRIVAL) return null;
        int verb = c.at(Cue.ARRIVE);
        if (verb < 0 || asksBefore(c, verb)) return null;
        int end = c.endOf(Cue.ARRIVE);
        int space = figureAfter(c, c.text.indexOf(' ', end));
        Clause head = space > 0 && space < c.end ? c.head(space) : c;
        if (!done(head, verb, end) || !movements.movedNow(head, Draft.Kind.ARRIVAL)) return null;
        if (Figures.people(head) != null) return head;
        boolean named = !head.teams().isEmpty() || said(head, "我们", verb);
        return named && journeyEnd(c) ? head : null;
    }

    /**
     * The arrival's own stretch of {@code c}: up to the first space or comma after the arrival verb, a people's figure
     * said alone right after it included ("到了 27个人 发烧的三个…"), so that a figure of the problem after it ("有个队员崴脚了",
     * a room 1206) is not the arrival's; {@code c} when the verb is not there.
     */
    static Clause stretch(Clause c) {
        int verb = c.at(Cue.ARRIVE);
        if (verb < 0) return c;
        int end = c.endOf(Cue.ARRIVE);
        int cut = -1;
        for (int i = end; i < c.end && cut < 0; i++) if (" ，,".indexOf(c.text.charAt(i)) >= 0) cut = i;
        if (cut < 0) return c;
        int space = c.text.charAt(cut) == ' ' ? figureAfter(c, cut) : cut;
        return space > 0 && space < c.end ? c.head(space) : c;
    }

    /**
     * The arrival's figure in a whole statement read as an arrival beside a problem: its own stretch's, else the
     * statement's first figure of people unless it is some of them the problem is about ("有个队员崴脚了", "有两个人晕车",
     * "一名队员晕车") or a figure with no unit (a room 1206).
     */
    static Integer figure(Clause c, Clause stretch) {
        Integer own = Figures.people(stretch);
        if (own != null || stretch == c) return own;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() < stretch.end) continue;
            if (!n.unit()) return null;
            int at = n.start();
            boolean some = at > c.start && "有一".indexOf(c.text.charAt(at - 1)) >= 0
                    || c.text.startsWith("有", at)
                    || c.text.startsWith("一名", at)
                    || c.text.startsWith("一个", at);
            return some ? null : n.value();
        }
        return null;
    }

    /**
     * "海南落地了 24人 行李少了一件": the people's figure said alone right after the space is the arrival's; the stretch
     * then ends at the space after it.
     */
    private static int figureAfter(Clause c, int space) {
        if (space < 0 || space >= c.end) return space;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.start() != space + 1 || !n.unit()) continue;
            if (n.end() >= c.end) return c.end;
            if (c.text.charAt(n.end()) == ' ') return n.end();
        }
        return space;
    }

    /**
     * 已经到, 刚到, 到了, 到机场出口了, 落地二十分钟了: the verb said as done; 落地 with no hour is the plane down now
     * ("辽宁落地 33人 行李少了一件", see {@link NowSaid#landed}).
     */
    private static boolean done(Clause head, int verb, int end) {
        if (NowSaid.landed(head)) return true;
        for (int i = Math.max(head.start, verb - 2); i < verb; i++)
            if ("已刚".indexOf(head.text.charAt(i)) >= 0) return true;
        if (head.text.charAt(end - 1) == '了') return true;
        int le = head.text.indexOf('了', end);
        return le >= 0 && le < head.end && le - end <= 4;
    }

    private static final String[] JOURNEY_END = {"站", "机场", "落地", "下飞机", "下高铁", "航站楼"};

    private static boolean journeyEnd(Clause c) {
        String words = c.span();
        for (String w : JOURNEY_END) if (words.contains(w)) return true;
        return false;
    }

    /** "航班晚点 刚落地": the problem word before the arrival is the delay of the journey that just ended. */
    static boolean lateBefore(Clause c, Cue problem) {
        int at = c.at(problem);
        return c.text.startsWith("晚点", at) || c.text.startsWith("延误", at);
    }

    /** "车呢？我们到了": a question before the verb is what the clause is about. */
    private static boolean asksBefore(Clause c, int verb) {
        for (int i = c.start; i < verb; i++) {
            char ch = c.text.charAt(i);
            if (ch == '？' || ch == '?' || ch == '吗') return true;
        }
        return false;
    }

    private static boolean said(Clause c, String word, int before) {
        int at = c.text.indexOf(word, c.start);
        return at >= 0 && at < before;
    }
}
