package org.receptionbot.parse;

import java.util.List;

/**
 * "湖南北海线去4个 多一个", "柳州去5个 多了一个": the figure going on a route, then one more than before as a
 * remark: the route's figure now (a VISIT), not that many more.
 */
final class VisitMoreRemark {
    /** Words right before a figure that say it is who goes (去4个, 去了4个, 一共去4个, 报5个). */
    private static final String[] GOING = {"去", "去了", "报", "报了", "共去", "一共"};

    private VisitMoreRemark() {}

    /** The figure going said before the words of more, or null. */
    static Integer going(Clause c) {
        int more = c.at(Cue.ADD);
        List<Mention.Count> counts = c.all(Mention.Count.class);
        if (more < 0 || counts.isEmpty() || counts.get(0).end() > more) return null;
        Mention.Count n = counts.get(0);
        String before = c.text.substring(c.start, n.start()).strip();
        boolean going = false;
        for (String w : GOING) going |= before.endsWith(w);
        if (!going) return null;
        // 去4个 多一个: nothing but a unit and a pause between the figure and the words of more.
        String between = c.text.substring(n.end(), more).replaceAll("[\\s人个位名，,]", "");
        return between.isEmpty() ? n.value() : null;
    }
}
