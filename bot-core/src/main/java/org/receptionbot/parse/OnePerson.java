package org.receptionbot.parse;

/**
 * One person described rather than named (有个同志, 那位领导, 一个北京的, 5号车上多了个江苏的), whom the clause after may
 * speak of; and one person said with a title that names them alone too (有个处长).
 */
final class OnePerson {
    private OnePerson() {}

    /** 有个处长, 一位主任: one person said with a title that names them alone too. */
    static boolean titled(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.value() == 1 && c.text.charAt(n.end() - 1) != '位')
                for (String t : TITLES) if (c.text.startsWith(t, n.end())) return true;
        return false;
    }

    private static final String[] TITLES = {"处长", "局长", "主任", "科长", "司长", "厅长"};

    /** 有个同志, 那位领导 (read as 一个同志), 有一位: one person described, whom the clause after may speak of; 1 or 0. */
    static int described(Clause c) {
        // 5号车上多了个江苏的: one person more on a bus, said with 个 alone.
        for (String w : EXTRA_ONE) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at + w.length() <= c.end) return 1;
        }
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (n.value() != 1) continue;
            for (String p : ONE) if (c.text.startsWith(p, n.end())) return 1;
            // 有一位昨晚发烧了: 位 counts people only, one of them picked with 有.
            if (n.start() > c.start && c.text.charAt(n.start() - 1) == '有' && c.text.charAt(n.end() - 1) == '位')
                return 1;
        }
        // 有个湖南的同志, 一个北京的: one person of a delegation named right after 有个/一个/一位.
        return teamOfOne(c) ? 1 : 0;
    }

    /** Words for one person right before a delegation named with 的 (有个湖南的同志). */
    private static final String[] ONE_OF = {"有个", "一个", "一位", "有位", "1个", "1位"};

    /** Whether a delegation named right after 有个/一个/一位, then 的, then a word for a person or a verb, says one person. */
    private static boolean teamOfOne(Clause c) {
        for (Mention.Team t : c.all(Mention.Team.class)) {
            if (!c.text.startsWith("的", t.end())) continue;
            boolean one = false;
            for (String w : ONE_OF)
                one |= t.start() - w.length() >= c.start && c.text.startsWith(w, t.start() - w.length());
            if (!one) continue;
            int after = t.end() + 1;
            for (String p : ONE) if (c.text.startsWith(p, after)) return true;
            return after >= c.end || "在中下说要".indexOf(c.text.charAt(after)) >= 0;
        }
        return false;
    }

    private static final String[] EXTRA_ONE = {"多了个", "多出个", "多了一个", "多出一个", "多了一位", "多出一位"};

    /** Words for one person after 一个/一位 (一个同志, 一位领导). */
    private static final String[] ONE = {"同志", "领导", "同事", "代表", "处长", "局长", "主任", "科长", "老师", "人"};
}
