package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a space ends a visit statement said with a meal or with trailing talk: "柳州线6人 今晚晚宴7人",
 * "北海4人 不变哈", "5人百色 已经在车上了" (a route's figure, then words about no route, vehicle or
 * figure, or a day or a meal); "晚饭不吃 5个全去北海了" (a meal's statement, then a route's figure).
 */
final class VisitTurns {
    private VisitTurns() {}

    /** Whether the space at {@code at} ends the statement that started at {@code from}. */
    static boolean between(String text, int from, int at, List<Mention> mentions) {
        int next = at + 1;
        while (next < text.length() && Clause.SEPARATORS.indexOf(text.charAt(next)) < 0) next++;
        Span before = Span.of(mentions, from, at);
        Span after = Span.of(mentions, at + 1, next);
        // (百色线报6个 不对) 是5个 有一位明天要赶回去: a corrected figure alone, then people of their own.
        if (before.onlyCount && at - from <= before.countLength + 1 && before.endsAt == at && after.count) return true;
        // (柳州线7个 不对) 6个 刚才数错了: a corrected figure alone, then only a word on the mistake.
        if (before.onlyCount
                && at - from <= before.countLength + 1
                && before.endsAt == at
                && !after.any
                && mistake(text, at + 1, next)) return true;
        // 渝团5人16:20乘3U8695到吴圩 明天考察全团去百色: a movement, then a day's visit to a route.
        if (before.timed && !before.route && after.route && after.startsWithDay) return true;
        // 7人坐CZ3365 14:05到吴圩 考察的话 北海线仨: a movement, then the visits.
        if (before.timed && !before.route && visitWord(text, at + 1)) return true;
        // 河北1 请1号车留座: a figure, then a request.
        if (before.count && before.endsAt == at && !before.vehicle && request(text, at + 1)) return true;
        // 我和李处对调一下 我去百色 李处去北海: one person going to a route is a statement of its own.
        if (after.route && !after.count && VisitPersons.personGoes(text, at + 1, next)) return true;
        // 有2人不去考察了 明天会后直接去机场: a drop-out, then when they leave; 有1个不去了 他要赶飞机 CA4308: how.
        if (droppedOut(text, from, routeCut(text, mentions, from, at)) && (after.day || leaving(text, at + 1, next)))
            return true;
        // 有个处长不去了 就5个人去了, 从柳州换过来 那柳州就剩1个了, 有2个要赶回武汉 就4个人去了: a change or people
        // leaving, then the route's figure now.
        if ((droppedOut(text, from, routeCut(text, mentions, from, at))
                        || switched(text, from, at)
                        || leaving(text, from, at))
                && figureNow(text, at + 1, next, mentions, after)) return true;
        // 百色去2位 另一位开完会回北京, 北海4 还有一个没定: a route's figure, then the others of the delegation.
        if (before.route
                && before.count
                && before.endsAt == at
                && (others(text, at + 1) || undecidedRest(text, at + 1, next))) return true;
        if (before.route && !before.vehicle && before.count && before.endsAt == at) {
            // 柳州线原来报了3个 现在只去2个了: the old plan's figure, then the figure now (现在改成2人 reads as one).
            if (!after.route
                    && !after.vehicle
                    && after.count
                    && !after.meal
                    && old(text, from, at)
                    && !changes(text, at + 1, next)) return true;
            // 柳州线去四个 百色线不去了: a route's figure, then another route dropped; 北海3百色3 不过百色那边…: a turn.
            if (after.route && (!after.count && droppedOut(text, at + 1, next) || turns(text, at + 1))) return true;
            return !after.route && !after.vehicle && (!after.count || after.meal || after.day);
        }
        // 柳州4个里头有一个 呃 改去百色 然后中饭9个人, 北海4柳州1都出去 山庄晚饭取消: a route said last, or
        // with its figure, then a meal's statement with no route.
        if (before.route && !before.vehicle && (before.endsAt == at || before.count) && after.meal && !after.route)
            return true;
        // 晚宴3 明早3 北海3: a meal said by the part of the day (明早, 今晚) with its figure, then a route's figure.
        boolean meal = before.meal || before.count && mealByPart(text, from, at);
        return meal && !before.route && after.route && after.count && !after.meal;
    }

    /** Parts of the day that name a meal with a figure (明早3, 今晚5个). */
    private static final String[] MEAL_PARTS = {"明早", "今早", "今晚", "明晚", "中午", "早上", "晚上"};

    private static boolean mealByPart(String text, int from, int at) {
        for (String w : MEAL_PARTS) {
            int i = text.lastIndexOf(w, at - w.length());
            if (i >= from) return true;
        }
        return false;
    }

    private static final String[] OTHERS = {"另一", "另外", "另两", "另俩", "另几", "另三"};
    /** Words that leave some people undecided (还有一个没定): they are none of the figures before. */
    private static final String[] UNDECIDED = {"没定", "待定", "未定", "不确定", "没确定", "再定"};

    /** "还有一个没定": more people, left undecided, up to {@code to}. */
    private static boolean undecidedRest(String text, int at, int to) {
        if (!text.startsWith("还有", at)) return false;
        String rest = text.substring(at, to);
        for (String w : UNDECIDED) if (rest.contains(w)) return true;
        return false;
    }

    private static boolean others(String text, int at) {
        for (String w : OTHERS) if (text.startsWith(w, at)) return true;
        return false;
    }

    private static final String[] OLD = {"原报", "原来", "原定", "原计划", "本来", "原先", "之前报"};

    private static boolean old(String text, int from, int at) {
        for (String w : OLD) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i < at) return true;
        }
        return false;
    }

    /** Words that say the figure before was a mistake (刚才数错了, 我写错了). */
    private static final String[] MISTAKE = {"数错", "说错", "报错", "写错", "算错", "打错", "搞错", "弄错", "点错"};

    private static boolean mistake(String text, int from, int to) {
        for (String w : MISTAKE) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= to) return true;
        }
        return false;
    }

    private static boolean visitWord(String text, int at) {
        return text.startsWith("考察", at) || text.startsWith("参观", at) || text.startsWith("调研", at);
    }

    private static boolean request(String text, int at) {
        return text.startsWith("请", at) || text.startsWith("麻烦", at);
    }

    private static boolean changes(String text, int from, int to) {
        for (int i = from; i < to; i++) if ("改换调减增变".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /** Words that open another statement after a figure: 不过, 但是, 另外. */
    private static final String[] TURNS = {"不过", "但是", "但", "可是", "另外", "只是"};

    private static boolean turns(String text, int at) {
        for (String w : TURNS) if (text.startsWith(w, at)) return true;
        return false;
    }

    /** Words of a switch between routes said in a stretch (从柳州换过来, 改去北海). */
    private static final String[] SWITCHED = {"换到", "换过来", "换过去", "换去", "改去", "改到", "调到", "调去", "调过来"};

    private static boolean switched(String text, int from, int at) {
        for (String w : SWITCHED) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= at) return true;
        }
        return false;
    }

    /** Words that open the figure now after a change: 就5个人去了, 现在4个, 还剩3个. */
    private static final String[] NOW = {"就剩", "就", "那就", "只剩", "只有", "还剩", "剩下", "现在", "目前"};

    /**
     * "就5个人去了", "那柳州就剩1个了", "百色那边就剩4个": the stretch opens (past 那 and a route named with
     * 那边) with a word of the figure now and says a figure, no vehicle, meal or day.
     */
    private static boolean figureNow(String text, int at, int to, List<Mention> mentions, Span after) {
        if (!after.count || after.vehicle || after.meal || after.day) return false;
        int i = text.startsWith("那", at) ? at + 1 : at;
        for (Mention m : mentions)
            if (m instanceof Mention.Route && m.start() == i) {
                i = m.end();
                while (i < to && "那这边线的".indexOf(text.charAt(i)) >= 0) i++;
            }
        for (String w : NOW) if (text.startsWith(w, i) && countAt(mentions, i + w.length())) return true;
        return false;
    }

    private static boolean countAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) if (m instanceof Mention.Count && m.start() == at) return true;
        return false;
    }

    /** Words of leaving the event (赶飞机, 要回, 机票), said after a drop-out. */
    private static final String[] LEAVING = {"赶飞机", "赶高铁", "赶火车", "赶动车", "赶航班", "要回", "先回", "赶回", "返程", "机票", "航班"};

    private static boolean leaving(String text, int from, int to) {
        for (String w : LEAVING) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= to) return true;
        }
        return false;
    }

    /** 不去百色了: where the stretch ends before a route named last (and 了 after it), for {@link #droppedOut}. */
    private static int routeCut(String text, List<Mention> mentions, int from, int at) {
        int end = at;
        while (end > from && " 了".indexOf(text.charAt(end - 1)) >= 0) end--;
        for (Mention m : mentions)
            if (m instanceof Mention.Route && m.end() == end && m.start() >= from) return m.start();
        return at;
    }

    private static boolean droppedOut(String text, int from, int at) {
        String before = text.substring(from, at).strip();
        // 北海不去了哈: the particles after the drop-out say nothing more.
        int end = before.length();
        while (end > 0 && "了哈啊呀啦吧".indexOf(before.charAt(end - 1)) >= 0) end--;
        return DROPPED_OUT.matcher(before.substring(0, end)).matches();
    }

    private static final Pattern DROPPED_OUT = Pattern.compile(".*(?:不去|不参加)(?:考察|参观|调研)?");

    /** What a stretch of text mentions, and where its last mention ends. */
    private record Span(
            boolean route,
            boolean vehicle,
            boolean count,
            boolean meal,
            boolean day,
            boolean timed,
            boolean startsWithDay,
            boolean any,
            boolean onlyCount,
            int countLength,
            int endsAt) {
        static Span of(List<Mention> mentions, int from, int to) {
            boolean route = false, vehicle = false, count = false, meal = false, day = false, timed = false;
            boolean startsWithDay = false;
            int endsAt = -1, mentioned = 0, countLength = 0;
            for (Mention m : mentions) {
                if (m.start() < from || m.end() > to) continue;
                route |= m instanceof Mention.Route;
                vehicle |= m instanceof Mention.Vehicle;
                count |= m instanceof Mention.Count;
                meal |= m instanceof Mention.Meals;
                day |= m instanceof Mention.Day || m instanceof Mention.Part;
                timed |= m instanceof Mention.Clock || m instanceof Mention.Transport;
                startsWithDay |= m.start() == from && m instanceof Mention.Day;
                mentioned++;
                if (m instanceof Mention.Count) countLength = m.end() - m.start();
                endsAt = Math.max(endsAt, m.end());
            }
            return new Span(
                    route,
                    vehicle,
                    count,
                    meal,
                    day,
                    timed,
                    startsWithDay,
                    mentioned > 0,
                    count && mentioned == 1,
                    countLength,
                    endsAt);
        }
    }
}
