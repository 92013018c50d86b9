package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "总共还是26个人", "我们一共35人", "湖南总共35个哈": a message that only says how many people a delegation has, with no
 * meal, day, time, movement, vehicle or route, records nothing (the contract has no record of a delegation's size):
 * it is talk, not asked about. A figure said with anything more ("一共26个人 晚饭照常", "还是26个人") is left to the rules.
 */
final class TeamSizeSaid {
    /** Who, then 总共/一共/共计 (还是, 就是), the figure of people and a closing particle; nothing else. */
    private static final Pattern SIZE = Pattern.compile("^(.{0,8}?)(?:总共|一共|共计|合计|总人数)(?:还是|就是|是|也是)?\\s{0,2}"
            + "(?:\\d{1,3}|[一二两三四五六七八九十]{1,3})\\s{0,2}(?:个人|个|人|位|名)[哈啊呀的了哦呢嘛吧]?[。.!！~～]*$");
    /** What may stand before the figure besides a delegation: 我们, 咱们 and the words after a delegation's name. */
    private static final Pattern WHO = Pattern.compile("^(?:我们|咱们)?(?:代表团|代表队|团|队|厅|这边|的)*$");

    private TeamSizeSaid() {}

    /** Whether the whole message only says the delegation's size. */
    static boolean only(List<Clause> clauses) {
        if (clauses.size() != 1) return false;
        Clause c = clauses.get(0);
        if (c.all(Mention.Count.class).size() != 1) return false;
        String said = c.span().strip();
        Matcher m = SIZE.matcher(said);
        if (!m.matches()) return false;
        String who = m.group(1).strip();
        for (Mention.Team t : c.all(Mention.Team.class)) {
            String name = c.text.substring(t.start(), t.end());
            if (who.startsWith(name)) who = who.substring(name.length());
        }
        return WHO.matcher(who).matches();
    }
}
