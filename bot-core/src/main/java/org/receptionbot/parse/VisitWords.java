package org.receptionbot.parse;

import java.util.List;

/**
 * The words of site-visit statements: what makes a clause about the visits, joining a route (sign-ups),
 * dropping out, the whole delegation. Switching words are in {@link VisitSwitchWords}, the old plan's
 * words in {@link VisitOldWords}, people named one by one in {@link VisitPersons}.
 */
final class VisitWords {
    /** Words that make a clause about the visits even with no route named. */
    private static final String[] CONTEXT = {"考察", "参观", "调研", "观摩", "路线", "线路", "报名", "改线", "换线", "换组", "条线"};
    /** No longer going: on the route named, or on any visit. */
    private static final String[] DROP = {
        "不去",
        "不参加",
        "不考察",
        "不再参加",
        "去不了",
        "去不成",
        "参加不了",
        "不能去",
        "退出",
        "放弃",
        "不跟",
        "不随",
        "取消",
        // 没去成, 来不及去了: said once the route left, the people did not go after all.
        "没去成",
        "没能去",
        "没法去",
        "来不及去",
        // 有1个人不舒服没去百色: said once the route left, someone stayed behind (还没去 is not yet gone: see drop).
        "没去",
        "没有去",
        "没跟"
    };
    /** The drop-out words of 没 alone (没去成 and the like say the drop-out whole): read only as {@link #notYet} allows. */
    private static final List<String> BARE_NOT_GONE = List.of("没去", "没有去", "没跟");
    /** Before 没去: not gone yet, or never meant to, so no one dropping out now. */
    private static final String[] NOT_YET = {"还没", "还没有", "都没", "也没", "就没"};
    /** Joining a route, which with no figure leaves the figure to ask. */
    private static final String[] JOIN = {"去", "参加", "报名", "报", "跟", "随"};

    /** More people coming on the route said before (上海厅多来一位), besides the words of adding. */
    private static final String[] MORE = {"多来", "多去", "也去", "也来", "再来", "再去"};

    /** Sending more people, said with 再 before the figure (再派2人, 再跟一个人, 再去1位). */
    private static final String[] AGAIN = {"再派", "再跟", "再去", "再来", "再加", "再增加", "再安排", "再补", "再添", "再多"};

    /** People left out of an earlier report (漏报了一个): they join the route. */
    private static final String[] MISSED = {"漏报", "少报", "报漏", "漏掉", "落报"};
    /** The route left for later (再定, 回头报, 问领导). */
    private static final String[] LATER = {
        "再定", "回头定", "之后定", "到时候定", "晚点定", "回头报", "晚点报", "再确认", "晚点确认", "再说", "等下问", "问领导", "问下领导", "问一下领导", "问问领导",
        "请示", "领导定"
    };

    /** The whole delegation (全去北海: 全 right before going; a figure said with it, "5个全去", is read first). */
    private static final String[] WHOLE = {"全团", "全员", "全部", "全体", "全厅", "整团", "所有人", "都", "全去", "全跟"};
    /**
     * "山西全员去柳州了", "考察全团百色": whether {@code span} says the whole delegation goes (a whole word, then a going
     * word, or a word of the visits before it).
     */
    static boolean wholeGoes(String span) {
        for (String w : WHOLE) {
            int at = span.indexOf(w);
            if (at < 0) continue;
            if (w.endsWith("去") || w.endsWith("跟") || span.substring(0, at).contains("考察")) return true;
            for (String j : JOIN) if (span.indexOf(j, at + w.length()) >= 0) return true;
        }
        return false;
    }

    /** Someone, with no figure: the figure is to ask. */
    private static final String[] SOMEONE = {"有人", "有些人", "有的人", "几个人", "几位"};

    /** A word found in a clause: where it starts and ends. */
    record Word(int at, int end) {}

    private VisitWords() {}

    static boolean context(Clause c) {
        return find(c, CONTEXT) != null || unknownRoute(c) || VisitMovedFrom.of(c) != null;
    }

    /**
     * "我们2人去桂林线", "改去钦州线": a route the event does not have, said as a place name of two or three
     * characters with 线 right after a going word; the route is asked.
     */
    static boolean unknownRoute(Clause c) {
        for (int at = c.text.indexOf('线', c.start); at >= 0 && at < c.end; at = c.text.indexOf('线', at + 1)) {
            if (insideMention(c, at, at + 1)) continue;
            for (int len = 2; len <= 3; len++) {
                int name = at - len;
                if (name - 1 < c.start || insideMention(c, name, at)) continue;
                if (GOING.indexOf(c.text.charAt(name - 1)) < 0) continue;
                if (c.text.substring(name, at).chars().allMatch(ch -> ch >= 0x4e00 && NOT_NAME.indexOf(ch) < 0))
                    return true;
            }
        }
        return false;
    }

    /** The character of going right before an unknown route's name (去, 报, 到, 加 of 参加). */
    private static final String GOING = "去报到加跟随";

    /** Characters that make the words before 线 no place (地铁, 专线, 热线, 号线). */
    private static final String NOT_NAME = "地铁号专热在一二三四五六七八九十路航电网红底界沿干支全条";

    /** "北海线再跟2个人", "百色线再派1人": more people on the route, the figure right after the word. */
    static boolean again(Clause c) {
        Word w = find(c, AGAIN);
        if (w == null) return false;
        for (Mention.Count n : c.all(Mention.Count.class))
            if (n.start() >= w.end() && n.start() - w.end() <= 2) return true;
        return false;
    }

    /** Words of the visits that fewer people can be said of (考察少一个人, 考察人数减1). */
    private static final String[] VISITING = {"考察", "参观", "调研"};
    /** What may stand between the visit word and the word of fewer (考察这边少一个, 考察人数减1人). */
    private static final String[] VISIT_GAPS = {"人数", "这边", "那边", "的人", "的", " ", ""};

    /** "吉林厅考察少一个人", "考察这边少一个": fewer people on the visits, no route named; the word of fewer is right after. */
    static boolean fewerOnVisit(Clause c) {
        int fewer = c.at(Cue.FEWER);
        if (fewer < 0) return false;
        for (String v : VISITING)
            for (String gap : VISIT_GAPS) {
                int at = fewer - gap.length() - v.length();
                if (at >= c.start && c.text.startsWith(v, at) && c.text.startsWith(gap, at + v.length())) return true;
            }
        return false;
    }

    /** Words right after a route that say its visit is done (柳州看完, 北海考察完). */
    private static final String[] DONE = {"看完", "考察完", "参观完", "结束"};

    /** "柳州看完去柳州站": the route's visit said done right after it. */
    static boolean doneAt(Clause c, Mention.Route r) {
        for (String w : DONE) if (c.text.startsWith(w, r.end())) return true;
        return false;
    }

    static boolean missed(Clause c) {
        return find(c, MISSED) != null;
    }

    static boolean more(Clause c) {
        return c.has(Cue.ADD) || find(c, MORE) != null;
    }

    /** The route left for later (换哪条等他开完会再定, 去哪条线回头报): nothing to record or ask yet. */
    static boolean routeLater(Clause c) {
        return c.has(Cue.UNDECIDED) || find(c, LATER) != null;
    }

    static boolean whole(Clause c) {
        return find(c, WHOLE) != null;
    }

    static boolean joins(Clause c) {
        return find(c, JOIN) != null;
    }

    /** Whether a joining word stands in the clause at or after {@code at}. */
    static boolean joinsAfter(Clause c, int at) {
        for (String w : JOIN) {
            int i = c.text.indexOf(w, Math.max(at, c.start));
            if (i >= 0 && i + w.length() <= c.end) return true;
        }
        return false;
    }

    static boolean someone(Clause c) {
        return !c.all(Mention.Vague.class).isEmpty() || find(c, SOMEONE) != null;
    }

    /** The drop-out word of the clause, or null; the sender not going, as staff ({@link StaffSelf}), is none. */
    static Word drop(Clause c) {
        Word w = find(c, DROP);
        // 北海去不去看情况再定, 去不去百色: whether to go, asked or left open, is no one dropping out.
        if (w != null && w.at() > c.start && c.text.startsWith("去不去", w.at() - 1)) return null;
        if (w != null && notYet(c, w)) return null;
        return w != null && StaffSelf.only(c, w.at()) ? null : w;
    }

    /**
     * 还没去百色, 本来就没去: 没 said of not yet, or of never, drops no one; nor does 没去 with no route in the clause
     * (有1人没去考察: an aside to a meal), nor one describing people (没去百色的那个).
     */
    private static boolean notYet(Clause c, Word w) {
        if (!BARE_NOT_GONE.contains(c.text.substring(w.at(), w.end()))) return false;
        for (String before : NOT_YET)
            if (w.at() + 1 - before.length() >= c.start && c.text.startsWith(before, w.at() + 1 - before.length()))
                return true;
        List<Mention.Route> routes = c.all(Mention.Route.class);
        if (routes.isEmpty()) return true;
        int end = w.end();
        for (Mention.Route r : routes) if (r.start() >= w.end() && r.start() <= w.end() + 1) end = r.end();
        while (end < c.end && "线组 ".indexOf(c.text.charAt(end)) >= 0) end++;
        return end < c.end && c.text.charAt(end) == '的';
    }

    /** Whether the clause after {@code from} (up to the next stop) says people drop out (…，不去了). */
    static boolean dropsNext(String text, int from) {
        int start = Math.min(from, text.length());
        int end = Math.min(from + 1, text.length());
        while (end < text.length() && STOPS.indexOf(text.charAt(end)) < 0) end++;
        String next = text.substring(start, end);
        for (String w : DROP) if (next.contains(w)) return true;
        return false;
    }

    private static final String STOPS = ",，。;；!！?？\n";

    static boolean insideMention(Clause c, int start, int end) {
        for (Mention m : c.mentions) if (m.start() < end && start < m.end()) return true;
        return false;
    }

    /** The route named right after {@code at} ("原来报的百色", "不去北海了", "本来是北海的"), or null. */
    static Mention.Route routeAfter(Clause c, int at) {
        for (Mention.Route r : c.all(Mention.Route.class)) {
            if (r.start() < at) continue;
            return r.start() - at <= 3
                            && c.text.substring(at, r.start()).chars().allMatch(ch -> NEAR.indexOf(ch) >= 0)
                    ? r
                    : null;
        }
        return null;
    }

    /**
     * Words that may stand between an old-plan or dropping word and its route: 原来报的百色, 本来是北海的, 原来去柳州,
     * 原来他是北海的.
     */
    private static final String NEAR = " 报的是去在走跟坐他她们";

    /** The first of the words in the clause, outside its mentions, or null. */
    static Word find(Clause c, String[] words) {
        Word first = null;
        for (String w : words) {
            for (int at = c.text.indexOf(w, c.start);
                    at >= 0 && at + w.length() <= c.end;
                    at = c.text.indexOf(w, at + 1)) {
                if (insideMention(c, at, at + w.length())) continue;
                if (first == null || at < first.at()) first = new Word(at, at + w.length());
                break;
            }
        }
        return first;
    }
}
