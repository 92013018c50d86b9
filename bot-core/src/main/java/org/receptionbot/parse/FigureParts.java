package org.receptionbot.parse;

import java.util.List;

/**
 * How a clause's figures stand to a figure said: the one reported whatever the reason (按三十个报), the
 * total said (一共42), parts inside it (其中2个司机, 算进去了), or guests on top of it (两位家属).
 */
final class FigureParts {

    private FigureParts() {}

    /**
     * "一半人不回来，就按三十个报": a figure after 按 and before 报 is the figure reported, an absolute one
     * whatever the reason said beside it.
     */
    static boolean reported(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) {
            int b = n.start();
            boolean after =
                    b > c.start && c.text.charAt(b - 1) == '按' || b - 2 >= c.start && c.text.startsWith("按照", b - 2);
            if (after && n.end() < c.end && c.text.charAt(n.end()) == '报') return true;
        }
        return false;
    }

    /** "两个司机算进去了", "司机都算在里面了": people said to be inside the figure already given. */
    static boolean included(Clause c) {
        String words = c.span();
        for (String w : INCLUDED) if (words.contains(w)) return true;
        return false;
    }

    /**
     * "晚饭一共42 来了两个领导", "52个 加两个司机 一共54个": the figure said as the total (一共, 总共, 合计, 加起来),
     * or null. A clause with no other figure sums only the people added (增加司机和志愿者共4人), unless it sums
     * groups joined by 加 ({@link GroupsSummed}: 第一批加第二批一共30人).
     */
    static Integer summed(Clause c) {
        List<Mention.Count> counts = c.current(Mention.Count.class);
        if (counts.size() < 2 && !GroupsSummed.joined(c)) return null;
        for (Mention.Count n : counts) {
            int i = n.start();
            while (i > c.start && " ：:是为".indexOf(c.text.charAt(i - 1)) >= 0) i--;
            String before = c.text.substring(Math.max(c.start, i - 3), i);
            if (before.endsWith("共") || before.endsWith("合计") || before.endsWith("总计") || before.endsWith("加起来"))
                return n.value();
        }
        return null;
    }

    /** "（含司机2人）": whether every figure of the clause is a part of a figure said before it. */
    static boolean onlyParts(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (Mention.Count n : counts) if (!partOf(c.text, n.start())) return false;
        return !counts.isEmpty();
    }

    /** "晚饭30 含两个翻译": a figure marked as a part (含, 其中) after another figure of the clause. */
    static boolean insideEarlier(Clause c, Mention.Count n) {
        if (!partOf(c.text, n.start())) return false;
        for (Mention.Count m : c.current(Mention.Count.class)) if (m.end() <= n.start()) return true;
        return false;
    }

    /** "62人，其中2个司机", "含司机2人": a part of the figure said before, not people on top of it. */
    private static boolean partOf(String text, int at) {
        int from = Math.max(0, at - 4);
        String before = text.substring(from, at);
        return before.contains("其中") || before.contains("含") || before.contains("包括");
    }

    /** Words saying people are already inside a figure said (两个司机算进去了), not on top of it. */
    private static final String[] INCLUDED = {"算进去", "算进来", "算在内", "算在里", "算上了", "包括在内", "包含在内", "含在内", "在里面了"};

    /** "两位家属明天中午过来吃饭": people who are not in the delegation's size come on top of it. */
    static boolean guests(Clause c) {
        // 我们有个领导问: the one who asks a question is no guest to feed.
        if (c.question || included(c)) return false;
        // 有一个领导临时有事 (中午饭还吃): one of the delegation kept from going somewhere is no guest on top of it.
        if (KeptBack.said(c.text.substring(c.start, c.end))) return false;
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (!n.unit()) continue;
            if (partOf(c.text, n.start())) continue;
            for (String g : Lexicon.GUESTS) {
                // 两位家属, 司机两名: the guests named right after or right before the figure.
                if (c.text.startsWith(g, n.end())) return true;
                if (n.start() >= c.start + g.length() && c.text.startsWith(g, n.start() - g.length())) return true;
            }
        }
        return false;
    }
}
