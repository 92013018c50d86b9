package org.receptionbot.parse;

/**
 * "6号车已到柳州 31人 湖南那个同志不在车上 所以30人": after a bus's head count, the people said not aboard (那个同志不在车上,
 * 有一个厦门的同志没上来) are a remark on the count, no count of their own; the figure said after 所以 (所以30人, 所以是30) is
 * the count meant, and it replaces the one said before it.
 */
final class BusCountAside {
    /** Words that say people are not on the bus. */
    private static final String[] NOT_ABOARD = {
        "不在车上", "没在车上", "没上来", "没上车", "还没上", "没有上车", "没有上来", "没跟上", "没回车上", "没回来"
    };
    /** Words that open the figure meant after a remark: the count, all considered. */
    private static final String[] SO = {"所以是", "所以", "那就是", "也就是", "因此是", "因此"};
    /** What may follow the figure meant to the clause's end. */
    private static final String AFTER = "人个位名了啊哈吧呢整 ，,。!！";
    /** Largest figure read as the people a remark is about. */
    private static final int FEW = 5;

    private BusCountAside() {}

    /** Whether {@code c}, after the head count {@code last}, only names people not aboard it. */
    static boolean remark(Clause c, Draft last) {
        if (!counted(last) || c.question || !c.all(Mention.Vehicle.class).isEmpty()) return false;
        if (!c.all(Mention.Meals.class).isEmpty() || !c.all(Mention.Route.class).isEmpty()) return false;
        String s = c.span();
        boolean notAboard = false;
        for (String w : NOT_ABOARD) notAboard |= s.contains(w);
        if (!notAboard) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.value() > FEW) return false;
        return true;
    }

    /** Whether {@code c} is only the figure meant after 所以, which then replaces the count of {@code last}. */
    static boolean take(Clause c, Draft last) {
        if (!counted(last) || c.question || c.mentions.size() != 1) return false;
        return so(c, last);
    }

    /**
     * When the clause ends with the figure meant after 所以 (所以30人), the count of the head count {@code last} drafted
     * from it becomes that figure; whether it did.
     */
    static boolean so(Clause c, Draft last) {
        if (!counted(last) || c.question) return false;
        java.util.List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.isEmpty()) return false;
        Mention.Count n = counts.get(counts.size() - 1);
        if (n.value() <= FEW || !c.mentions.get(c.mentions.size() - 1).equals(n)) return false;
        if (!afterSo(c.text, n.start())) return false;
        for (int i = n.end(); i < c.end; i++) if (AFTER.indexOf(c.text.charAt(i)) < 0) return false;
        last.count = n.value();
        return true;
    }

    /**
     * Whether every delegation {@code c} names is said after its counted figure, of people not aboard
     * ("清点 39人 有一个厦门的同志没上来"): a remark on the count, whose delegation is not the count's.
     */
    static boolean onlyNotAboard(Clause c) {
        if (!c.has(Cue.HEADCOUNT)) return false;
        Integer total = Figures.count(c, c.at(Cue.HEADCOUNT), false);
        Mention.Count first = null;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (first == null && total != null && n.value() == total && n.start() >= c.at(Cue.HEADCOUNT)) first = n;
        if (first == null || first.value() <= FEW) return false;
        String rest = c.text.substring(first.end(), c.end);
        boolean notAboard = false;
        for (String w : NOT_ABOARD) notAboard |= rest.contains(w);
        if (!notAboard) return false;
        for (Mention.Team t : c.all(Mention.Team.class)) if (t.start() < first.end()) return false;
        return true;
    }

    /** Whether the figure at {@code at} comes right after 所以 (所以30人); the clause may have been cut at 所以. */
    private static boolean afterSo(String text, int at) {
        int before = at;
        while (before > 0 && text.charAt(before - 1) == ' ') before--;
        String head = text.substring(0, before);
        for (String w : SO) if (head.endsWith(w)) return true;
        return false;
    }

    private static boolean counted(Draft last) {
        return last != null && last.kind == Draft.Kind.HEADCOUNT && last.vehicle != null && last.count != null;
    }
}
