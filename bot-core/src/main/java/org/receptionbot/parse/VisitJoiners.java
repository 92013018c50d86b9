package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * People joining a route now, said with their figure: a word of joining late ("2人明天加入北海线", "1人临时决定参加柳州线考察",
 * "临时加派1人") or people counted by their rank ("一个处长定了 去柳州"). They
 * are more people on the route (a VISIT_CHANGE), not the delegation's figure on it; a whole group (都, 全) stays a figure.
 */
final class VisitJoiners {
    private VisitJoiners() {}

    private static final String[] JOINING = {"加入", "增加", "加派", "决定参加", "临时要去", "临时去", "安排去", "临时参加"};

    /** A figure with its unit, then a title: the people are named as who they are. */
    private static final Pattern TITLED = Pattern.compile("[0-9一二两三四五六七八九十]+[个位名](?:副)?(?:处长|司长|厅长|局长|科长|主任)");

    /** Whether the clause says the people with its figure join the route now. */
    static boolean joining(Clause c) {
        if (c.question || c.has(Cue.QUESTION) || c.has(Cue.UNDECIDED) || VisitJoinWords.whole(c)) return false;
        return VisitWords.find(c, JOINING) != null
                || TITLED.matcher(c.text).region(c.start, c.end).find();
    }
}
