package org.receptionbot.parse;

import java.util.List;

/**
 * "找到了 人齐了 48", "人找着了 都在车上了 一共45": a bus liaison back from looking for missing people says everyone is
 * there and how many. It is the head count of the bus spoken of; with no bus named in the message and none known of
 * the sender, which one is asked ({@link HeadcountRules}).
 */
final class FoundAllAboard {
    /** Words that say the people looked for were found or are back. */
    private static final List<String> FOUND = List.of("找到了", "找着了", "找到啦", "找回来了", "人找到", "都找到", "归队了", "也上车了", "也上来了");

    /** Words that say everyone is there. */
    private static final List<String> ALL_THERE = List.of("都在车上", "全在车上", "都上车了", "全上车了", "都到车上了");

    private FoundAllAboard() {}

    /**
     * The figure of a clause that says everyone is there, in a message that says the missing were found, no
     * delegation, vehicle or question in the clause; else null.
     */
    static Integer figure(Clause c, String message) {
        if (c.question || !c.teams().isEmpty() || !c.all(Mention.Vehicle.class).isEmpty()) return null;
        if (!HeadcountWords.allAboard(c) && ALL_THERE.stream().noneMatch(c.span()::contains)) return null;
        if (FOUND.stream().noneMatch(message::contains)) return null;
        int at = Math.max(c.text.lastIndexOf('齐', c.end - 1), c.text.lastIndexOf("车上", c.end - 1));
        // The one figure said after everyone is there (找着了 人齐了 52; 两个上厕所的也上车了 人齐了 四十八).
        List<Mention.Count> after =
                c.all(Mention.Count.class).stream().filter(n -> n.start() > at).toList();
        return after.size() == 1 ? after.get(0).value() : null;
    }
}
