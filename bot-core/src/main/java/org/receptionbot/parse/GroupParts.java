package org.receptionbot.parse;

import java.util.List;

/**
 * The part of a group said with its figure that a visit statement is about: the people who make a change
 * ("6个人里面有2个", "原来4人 有2位") or the people who go ("百色线五个去三个", "柳州6个人只去4个"), a smaller figure
 * said after the group's.
 */
final class GroupParts {
    private GroupParts() {}

    /**
     * "6个人里面有2个", "2人里有1人", "3人中有1位", "原来4人 有2位", "4个人有一个": the people of a group (or of the old plan) who make a
     * change, said after it; or null.
     */
    static Integer partOf(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (int i = 0; i + 1 < counts.size(); i++) {
            Mention.Count group = counts.get(i);
            Mention.Count part = counts.get(i + 1);
            String between = c.text.substring(group.end(), part.start()).replace(" ", "");
            // 天津4个人有一个改去北海: 有 between a group with its unit and a smaller figure picks some of them.
            boolean partOf = PART_OF.matcher(between).matches()
                    || afterSuddenly(between).equals("有")
                            && (VisitOldWords.oldBefore(c, group.start()) || group.unit());
            if (partOf && part.value() < group.value()) return part.value();
        }
        return null;
    }

    // 5个人里 再少一个, 6个人中间走2个: the group, then the change made to some of them.
    /** "6个 临时有两个", "5个 刚有1个": 临时/突然/刚 before 有 is when, not who; what is left after it. */
    private static String afterSuddenly(String between) {
        for (String w : new String[] {"临时", "突然", "刚刚", "刚才", "刚"})
            if (between.startsWith(w)) return between.substring(w.length());
        return between;
    }

    private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile(
            "(?:里面|里头|里边|其中|当中|之中|中间|中|里)(?:的)?(?:有|(?:再|又|还|要|得)?(?:少|减|走|去掉|减掉|掉|撤))?");

    /**
     * "百色线五个去三个", "柳州6个人只去4个": of a group, the people who go, a smaller figure after a going
     * word; or null.
     */
    static Integer goingOf(Clause c) {
        List<Mention.Count> counts = c.all(Mention.Count.class);
        for (int i = 0; i + 1 < counts.size(); i++) {
            Mention.Count group = counts.get(i);
            Mention.Count part = counts.get(i + 1);
            if (GOING_OF.matcher(plain(c, group.end(), part.start())).matches() && part.value() < group.value())
                return part.value();
        }
        return null;
    }

    /** The text between {@code from} and {@code to} without spaces, routes and days (发改委3位 明天考察百色去2位). */
    private static String plain(Clause c, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            char ch = c.text.charAt(i);
            if (ch == ' ') continue;
            boolean inside = false;
            for (Mention m : c.mentions)
                if ((m instanceof Mention.Route || m instanceof Mention.Day) && m.start() <= i && i < m.end())
                    inside = true;
            if (!inside) out.append(ch);
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern GOING_OF =
            java.util.regex.Pattern.compile("(?:下午|上午|考察|线|的)*(?:里面?|中|当中|其中)?(?:的)?(?:只|就|能|实际|其实)?(?:去|能去|去了|参加)");
}
