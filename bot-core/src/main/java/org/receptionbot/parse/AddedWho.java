package org.receptionbot.parse;

import java.util.List;

/**
 * Who the people added to a meal are, said after the addition ("湖北晚饭加3个 司机和两个志愿者", "晚饭加5个 3个司机2个
 * 志愿者", "中午加两个，都是记者"): the figure after the add verb is the addition; the breakdown only says who, no
 * addition of its own. A further addition (再加两个司机), a meal, a day or a team of its own, or a figure above the
 * addition is left to the rules.
 */
final class AddedWho {
    /** Words that join the people named (司机和两个志愿者, 都是记者). */
    private static final String[] JOINS = {
        "分别是", "都是", "就是", "是", "和", "跟", "与", "、", "及", "一个", "个", "位", "名", "人", " "
    };

    private AddedWho() {}

    /** Whether {@code c} only names who the people of {@code last}, a meal's addition with its figure, are. */
    static boolean says(Clause c, Draft last) {
        if (last == null || last.kind != Draft.Kind.MEAL_ADD || last.count == null || c.question) return false;
        if (!c.teams().isEmpty()
                || !c.all(Mention.Meals.class).isEmpty()
                || !c.all(Mention.Day.class).isEmpty()
                || !c.all(Mention.Clock.class).isEmpty()
                || !c.all(Mention.Part.class).isEmpty()) return false;
        int sum = 0;
        StringBuilder rest = new StringBuilder(c.text.substring(c.start, c.end));
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (int i = counts.size() - 1; i >= 0; i--) {
            Mention.Count n = counts.get(i);
            if (!n.unit()) return false;
            sum += n.value();
            rest.delete(n.start() - c.start, n.end() - c.start);
        }
        if (sum > last.count) return false;
        String words = rest.toString();
        boolean guest = false;
        for (String g : Lexicon.GUESTS) {
            guest |= words.contains(g);
            words = words.replace(g, "");
        }
        for (String j : JOINS) words = words.replace(j, "");
        return guest && words.isEmpty();
    }
}
