package org.receptionbot.parse;

import java.util.List;

/**
 * People named in an issue's words by what happened to them: told what to do (没吃上的同志可以去便利店, a
 * notice) or pointed at beside a report (就是发烧那个, who the report is about). Neither asks anyone to act.
 */
final class IssuePeople {
    /** Words naming people after 的 (没吃上的同志, 发烧的队员, 晕车的那位). */
    private static final List<String> PEOPLE =
            List.of("同志", "人", "队员", "同学", "老师", "代表", "运动员", "朋友", "领导", "那位", "那个", "几位", "几个");

    /** Words telling the people named what to do (可以去, 请到, 抓紧, 提前吃药). */
    private static final List<String> TOLD =
            List.of("可以", "请", "到", "去", "先", "自行", "尽快", "抓紧", "马上", "找", "提前", "记得", "注意", "自备", "备好", "带好");

    /** Words of moving to another bus or seat (换到8号车, 调到7号车, 坐到副驾). */
    private static final List<String> MOVED = List.of("换到", "换坐", "换了", "换去", "调到", "坐到", "改坐", "挪到", "转到");

    /** Characters of a small figure of people or rooms (两个, 几位, 5间). */
    static final String FIGURE = "0123456789一二两三四五六七八九十几";

    private IssuePeople() {}

    /**
     * "没吃上的同志可以去便利店", "发烧的队员请到医务室": the cue's first word names the people it
     * happened to, who are then told what to do: a notice, no report.
     */
    static boolean addressed(Clause c, Cue cue) {
        int end = c.endOf(cue);
        // 还没吃的代表抓紧: the cue word may end in the 的 itself.
        if (end > 0 && c.text.charAt(end - 1) == '的') end--;
        if (end < 0 || end >= c.end || c.text.charAt(end) != '的') return false;
        // 晕车的提前吃药: the people may go unsaid.
        if (told(c, end + 1)) return true;
        for (String p : PEOPLE) {
            if (!c.text.startsWith(p, end + 1)) continue;
            int after = end + 1 + p.length();
            if (c.text.startsWith("们", after)) after++;
            if (told(c, after)) return true;
        }
        return false;
    }

    /**
     * "就是发烧那个", "那个崴脚的队员…走": the illness word names the person (…的队员, …那个) a report is
     * about.
     */
    static boolean namesWho(Clause c) {
        int end = c.endOf(Cue.HEALTH);
        if (end < 0 || end >= c.end) return false;
        // 扭伤脚的那位: a body part may come between the illness and 的.
        int i = end;
        for (int k = end; k < Math.min(c.end, end + 3); k++)
            if (c.text.charAt(k) == '的') {
                i = k + 1;
                break;
            }
        // 有一位晕车的换到8号车上了: the one named by the illness has moved to another bus or seat.
        if (i > end && moved(c, i)) return true;
        // 那两个, 那位, 一位 (那位 is read as 一位 for the figure).
        int from = i;
        if (i < c.end && "那这".indexOf(c.text.charAt(i)) >= 0) i++;
        while (i < c.end && FIGURE.indexOf(c.text.charAt(i)) >= 0) i++;
        if (i > from && i < c.end && "个位名".indexOf(c.text.charAt(i)) >= 0) return true;
        for (String p : PEOPLE) if (c.text.startsWith(p, i) && !p.equals("人")) return true;
        return false;
    }

    private static boolean moved(Clause c, int at) {
        for (String w : MOVED) if (c.text.startsWith(w, at) && at + w.length() <= c.end) return true;
        return false;
    }

    private static boolean told(Clause c, int at) {
        for (String w : TOLD) if (c.text.startsWith(w, at)) return true;
        return false;
    }
}
