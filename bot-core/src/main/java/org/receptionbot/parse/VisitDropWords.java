package org.receptionbot.parse;

import java.util.List;

/**
 * The words of dropping out of the visits ("不去了", "去不了", "有1个人不舒服没去百色"): which drop-out word a clause
 * says, when 没去 drops no one (还没去, 没去百色的那个), and whether the next clause drops out. Found with
 * {@link VisitWords#find}.
 */
final class VisitDropWords {
    private VisitDropWords() {}

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
    /** The drop-out word of the clause, or null; the sender not going, as staff ({@link StaffSelf}), is none. */
    static VisitWords.Word drop(Clause c) {
        VisitWords.Word w = VisitWords.find(c, DROP);
        if (w == null) w = cannotComeOnRoute(c);
        if (w == null) w = withdrawnFromRoute(c);
        // 北海去不去看情况再定, 去不去百色: whether to go, asked or left open, is no one dropping out.
        if (w != null && w.at() > c.start && c.text.startsWith("去不去", w.at() - 1)) return null;
        if (w != null && notYet(c, w)) return null;
        return w != null && StaffSelf.only(c, w.at()) ? null : w;
    }

    /**
     * 还没去百色, 本来就没去: 没 said of not yet, or of never, drops no one; nor does 没去 with no route in the clause
     * (有1人没去考察: an aside to a meal), nor one describing people (没去百色的那个).
     */
    private static boolean notYet(Clause c, VisitWords.Word w) {
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

    /** Not able to come, said of people of a route named before it in the clause. */
    private static final String[] CANNOT_COME = {"来不了", "来不成", "不能来", "过不来"};

    /**
     * 北海线4人里面有一个来不了了: people of a route named earlier in the clause who cannot come drop out of it. With
     * no route before it (有一个领导临时有事来不了了 after a route's figure, 处长家里有事来不了了) it is a reason or the
     * conference missed, and 晚宴来不了 is a meal.
     */
    private static VisitWords.Word cannotComeOnRoute(Clause c) {
        VisitWords.Word w = VisitWords.find(c, CANNOT_COME);
        if (w == null || w.at() > c.start && "宴饭餐会".indexOf(c.text.charAt(w.at() - 1)) >= 0) return null;
        for (Mention.Route r : c.all(Mention.Route.class)) if (r.end() <= w.at()) return w;
        return null;
    }

    /** What may stand between 退 and the figure of the people taken off: 掉, 出 and 了 (退掉1个, 退了两个). */
    private static final String WITHDRAW_BETWEEN = "掉出了 ";

    /**
     * 百色线退2个, 北海退掉一个人: people taken off a route named before it in the clause, 退 right before their figure,
     * drop out of it. 退 before anything else (退房, 退票, 退餐) or with no route before it is no drop-out.
     */
    private static VisitWords.Word withdrawnFromRoute(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            int at = n.start() - 1;
            while (at > c.start && WITHDRAW_BETWEEN.indexOf(c.text.charAt(at)) >= 0) at--;
            if (at < c.start || c.text.charAt(at) != '退') continue;
            for (Mention.Route r : c.all(Mention.Route.class))
                if (r.end() <= at) return new VisitWords.Word(at, at + 1);
        }
        return null;
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
}
