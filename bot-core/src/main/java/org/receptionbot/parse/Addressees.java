package org.receptionbot.parse;

import java.util.List;

/**
 * "明后天退房的团队 麻烦提前一晚把房号名单发给前台", "需要延迟退房的提前跟前台说", "需要的团19点前报", "容易晕车的自己备点药":
 * a coordinator or a service speaks to whoever does or needs something, named by it (…的团队, …的), and tells
 * them what to do. Naming no delegation, it is a notice to those concerned: no one's report, no problem.
 */
final class Addressees {
    /** The people named after 的 (退房的团队, 需要续住的老师); they may go unsaid (需要延迟退房的提前…). */
    private static final String[] PEOPLE = {
        "代表团", "代表队", "团队", "团", "队", "代表", "同志们", "同志", "老师们", "老师", "领队", "联络员", "客人", "朋友们", "朋友", "人员"
    };
    /** What they are told: asked, told to do it ahead or themselves, or whom to tell. */
    private static final String[] TOLD = {
        "请", "麻烦", "提前", "务必", "尽快", "抓紧", "记得", "注意", "可以", "自行", "自备", "自己备", "自己带", "自己准备", "自己注意", "直接", "统一",
        "跟前台", "到前台", "找前台", "联系前台", "按", "就按", "都按", "一律", "默认", "就不", "照常"
    };
    /** Not having reported, which names those told (还没报晚餐的 按原计划备餐). */
    private static final String[] NOT_REPORTED = {"没报", "未报", "不报", "没有报"};
    /** A part of the day that may open a deadline (今晚8点前报). */
    private static final String[] DAY = {"今晚", "今天", "明早", "明天", "早上", "上午", "中午", "下午", "晚上"};

    private static final String NUMERALS = "0123456789一二两三四五六七八九十";
    /** What ends the words before 的: a stop, a space, the colon after a speaker's name. */
    private static final String STOPS = Clause.SEPARATORS + ":：";
    /** Cues of doing or needing something, one of which names the people before 的 (退房的, 需要的, 晕车的). */
    private static final Cue[] DOING = {
        Cue.NEED, Cue.DEPART, Cue.ARRIVE, Cue.EAT, Cue.HEALTH, Cue.MEAL_PROBLEM, Cue.PROBLEM, Cue.ADD, Cue.CANCEL
    };

    private Addressees() {}

    /** Whether a coordinator's message naming no delegation tells those who do or need something what to do. */
    static boolean told(List<Clause> clauses, Reading reading) {
        if (reading.sender() != null || !MessageFacts.noTeam(clauses)) return false;
        for (Clause c : clauses) if (told(c)) return true;
        return false;
    }

    /** Whether a 的 in the clause ends the people's description, and what they are told follows (across a space). */
    private static boolean told(Clause c) {
        for (int at = c.text.indexOf('的', c.start); at >= 0 && at < c.end; at = c.text.indexOf('的', at + 1)) {
            if (!described(c, at)) continue;
            int i = at + 1;
            for (String p : PEOPLE)
                if (c.text.startsWith(p, i)) {
                    i += p.length();
                    break;
                }
            while (i < c.text.length() && " ，,".indexOf(c.text.charAt(i)) >= 0) i++;
            if (instruction(c.text, i)) return true;
        }
        return false;
    }

    /**
     * A word of doing or needing in the words right before the 的 at {@code at} (since the last stop or space),
     * which do not ask who (是哪个团的 麻烦联系一下 asks whose the matter is).
     */
    private static boolean described(Clause c, int at) {
        int from = at;
        while (from > c.start && STOPS.indexOf(c.text.charAt(from - 1)) < 0) from--;
        String words = c.text.substring(from, at);
        if (from == at || words.contains("哪") || words.contains("谁")) return false;
        for (String w : NOT_REPORTED) if (words.contains(w)) return true;
        Clause part = c.tail(from).head(at);
        for (Cue cue : DOING) if (part.has(cue)) return true;
        return false;
    }

    private static boolean instruction(String text, int at) {
        for (String w : TOLD) if (text.startsWith(w, at)) return true;
        return deadline(text, at);
    }

    /** "19点前报", "今晚8点前": a clock time with 前, perhaps after a part of the day. */
    private static boolean deadline(String text, int at) {
        int i = at;
        for (String d : DAY)
            if (text.startsWith(d, i)) {
                i += d.length();
                break;
            }
        int digits = i;
        while (i < text.length() && NUMERALS.indexOf(text.charAt(i)) >= 0) i++;
        if (i == digits || !text.startsWith("点", i)) return false;
        i++;
        if (text.startsWith("半", i)) i++;
        return text.startsWith("前", i) || text.startsWith("之前", i) || text.startsWith("以前", i);
    }
}
