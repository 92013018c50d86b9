package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * "湖南早餐照常 | 35个全到", "辽宁晚上又回来吃了 | 33全到": a clause that is only a figure of people and 全到, 都到 or
 * 到齐, said after a meal that has no figure yet, counts everyone coming to that meal. 全到了 says people came, no meal.
 */
final class AllComeFigure {
    /** After the figure: its unit, then all of them coming, and nothing else but a particle or marks. */
    private static final Pattern ALL_COME = Pattern.compile(" ?(?:个人|人|个|位|名)? ?(?:全部|全|都)(?:到齐|到)[哈啊吧呀]?[ !！。.~～]*");

    private AllComeFigure() {}

    /** The figure of everyone coming, when the clause says nothing else; else null. */
    static Integer figure(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (counts.size() != 1 || c.mentions.size() != 1 || c.question) return null;
        Mention.Count n = counts.get(0);
        if (!c.text.substring(c.start, n.start()).isBlank()) return null;
        return ALL_COME.matcher(c.text).region(n.end(), c.end).matches() ? n.value() : null;
    }
}
