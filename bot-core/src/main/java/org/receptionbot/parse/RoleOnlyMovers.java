package org.receptionbot.parse;

/**
 * "黑龙江教练的航班晚点了 估计要11点半才到酒店", "我们领队明天上午到": a movement of people named only by their role in the
 * delegation (教练, 领队, 队医, 裁判), with no figure, is part of the delegation of unknown size, never the whole: the
 * figure is asked. "教练组三个人今晚到", "教练和队员都到了", "全体教练员今天到" say who moves and are not asked.
 */
final class RoleOnlyMovers {
    /** Roles within a delegation (运动员 and 队员 are most of it and are left out). */
    private static final String[] ROLES = {"教练", "领队", "队医", "裁判", "翻译", "工作人员", "随队医生", "官员"};

    /** Words that make the role's people all of the delegation or name a figure. */
    private static final String[] ALL = {"全", "都", "所有", "齐", "整", "一起", "大家", "队员", "运动员", "人"};

    /** Figures written in words, said in the clause before, read with this one. */
    private static final String NUMERALS = "一二两三四五六七八九十俩仨几";

    /** Characters that end the stretch before the clause read with it (a sentence or a comma). */
    private static final String BREAKS = "。！？!?，,；;\n";

    private RoleOnlyMovers() {}

    /** Whether the movement of {@code c} has people named only by a role, without a figure, before its verb. */
    static boolean roleOnly(Clause c, Cue verbCue) {
        int verb = c.at(verbCue);
        if (verb < 0
                || !c.all(Mention.Count.class).isEmpty()
                || !c.all(Mention.Vague.class).isEmpty()) return false;
        int from = c.start;
        while (from > 0 && BREAKS.indexOf(c.text.charAt(from - 1)) < 0) from--;
        // 黑龙江教练的航班晚点了 | 估计要11点半才到酒店: the clause before, read with this one, names no figure either.
        for (int i = from; i < c.start; i++)
            if (Character.isDigit(c.text.charAt(i)) || NUMERALS.indexOf(c.text.charAt(i)) >= 0) return false;
        String before = c.text.substring(from, verb);
        for (String w : ALL) if (before.contains(w)) return false;
        for (String r : ROLES) if (before.contains(r)) return true;
        return false;
    }
}
