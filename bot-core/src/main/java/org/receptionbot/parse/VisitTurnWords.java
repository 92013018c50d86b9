package org.receptionbot.parse;

/** The words around a space that {@link VisitTurns} weighs: a meal by its part of the day, others, the old plan, a mistake, a turn. */
final class VisitTurnWords {
    private VisitTurnWords() {}
    /** Parts of the day that name a meal with a figure (明早3, 今晚5个). */
    private static final String[] MEAL_PARTS = {"明早", "今早", "今晚", "明晚", "中午", "早上", "晚上"};

    static boolean mealByPart(String text, int from, int at) {
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
    static boolean undecidedRest(String text, int at, int to) {
        if (!text.startsWith("还有", at)) return false;
        String rest = text.substring(at, to);
        for (String w : UNDECIDED) if (rest.contains(w)) return true;
        return false;
    }

    /** Words of two people trading routes (对调, 互换): said after the switches, they add no one. */
    private static final String[] TRADED = {"对调", "互换", "调换", "对换", "互调"};

    /** "俩人对调一下", "两人互换": the switches before named as a trade, up to {@code to}. */
    static boolean traded(String text, int at, int to) {
        String rest = text.substring(at, to);
        for (String w : TRADED) if (rest.contains(w)) return true;
        return false;
    }

    static boolean others(String text, int at) {
        for (String w : OTHERS) if (text.startsWith(w, at)) return true;
        return false;
    }

    private static final String[] OLD = {"原报", "原来", "原定", "原计划", "本来", "原先", "之前报"};

    static boolean old(String text, int from, int at) {
        for (String w : OLD) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i < at) return true;
        }
        return false;
    }

    /** Words that open a route's figure now after its old plan (现在只去5个, 目前4个, 实际去3个). */
    private static final String[] NOW = {"现在", "目前", "实际"};

    /**
     * "(北海线本来6个) 现在只去5个": the stretch from {@code from} opens with a word of the figure now, and a
     * route and an old-plan word were said before it in the message.
     */
    static boolean nowAfterOld(String text, int from, java.util.List<Mention> mentions) {
        boolean now = false;
        for (String w : NOW) now |= text.startsWith(w, from);
        if (!now || !old(text, 0, from)) return false;
        for (Mention m : mentions) if (m instanceof Mention.Route && m.end() <= from) return true;
        return false;
    }

    /** Whether a route is named right at {@code at}. */
    static boolean routeAt(java.util.List<Mention> mentions, int at) {
        for (Mention m : mentions) if (m instanceof Mention.Route && m.start() == at) return true;
        return false;
    }

    /** "柳州那位老同志", "百色的那两个": a route, then some of its people pointed at with 那 or 这. */
    static boolean groupPointedAt(String text, int at, java.util.List<Mention> mentions) {
        for (Mention m : mentions) {
            if (!(m instanceof Mention.Route) || m.start() != at) continue;
            int i = m.end();
            if (i < text.length() && (text.charAt(i) == '的' || text.charAt(i) == '线')) i++;
            return i + 1 < text.length()
                    && "那这".indexOf(text.charAt(i)) >= 0
                    && "位个两俩仨三四五六一".indexOf(text.charAt(i + 1)) >= 0;
        }
        return false;
    }

    /** Where the last route named in [{@code from}, {@code at}) starts, or {@code at}. */
    static int lastRoute(java.util.List<Mention> mentions, int from, int at) {
        int last = at;
        for (Mention m : mentions)
            if (m instanceof Mention.Route && m.start() >= from && m.end() <= at) last = m.start();
        return last;
    }

    /** Words that say the figure before was a mistake (刚才数错了, 我写错了). */
    private static final String[] MISTAKE = {"数错", "说错", "报错", "写错", "算错", "打错", "搞错", "弄错", "点错"};

    static boolean mistake(String text, int from, int to) {
        for (String w : MISTAKE) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= to) return true;
        }
        return false;
    }

    static boolean visitWord(String text, int at) {
        return text.startsWith("考察", at) || text.startsWith("参观", at) || text.startsWith("调研", at);
    }

    /** "我们团明天不去柳州了", "明天就不参加考察了": a route or the visits, not gone on. */
    static boolean visitDropped(String text, int from, int to, boolean route) {
        String s = text.substring(from, to);
        boolean dropped = s.contains("不去") || s.contains("不参加") || s.contains("去不了");
        return dropped && (route || s.contains("考察") || s.contains("参观") || s.contains("调研"));
    }

    static boolean request(String text, int at) {
        return text.startsWith("请", at) || text.startsWith("麻烦", at);
    }

    static boolean changes(String text, int from, int to) {
        for (int i = from; i < to; i++) if ("改换调减增变".indexOf(text.charAt(i)) >= 0) return true;
        return false;
    }

    /** What may open the words naming where people came from (是从, 都是从). */
    private static final String[] FROM_OPENERS = {"从", "是从", "都是从", "全是从", "都从"};

    /** "从百色那边调过来的", "都是从北海调过来的": the route people were moved over from, said at {@code at}. */
    static boolean cameFrom(String text, int at, java.util.List<Mention> mentions) {
        for (String w : FROM_OPENERS) if (text.startsWith(w, at) && routeAt(mentions, at + w.length())) return true;
        return false;
    }

    /** What may stand between a bus and the route it goes with (9号车跟北海线, 12号车也去百色). */
    private static final String BUS_TO_ROUTE = "也都要就跟随着去一起调 ";

    /**
     * "下午9号车跟北海线走", "12号车也去百色": a bus sent along a route in [{@code from}, {@code to}), a vehicle plan
     * with no one said on it.
     */
    static boolean busWithRoute(String text, int from, int to, java.util.List<Mention> mentions) {
        int bus = -1;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            if (m instanceof Mention.Vehicle) bus = m.end();
            else if (m instanceof Mention.Route && bus >= 0 && m.start() > bus) {
                for (int i = bus; i < m.start(); i++) if (BUS_TO_ROUTE.indexOf(text.charAt(i)) < 0) return false;
                return "跟随去".indexOf(text.charAt(m.start() - 1)) >= 0 || text.startsWith("跟着", m.start() - 2);
            } else if (!(m instanceof Mention.Part || m instanceof Mention.Day)) return false;
        }
        return false;
    }

    /** Words that open another statement after a figure: 不过, 但是, 另外. */
    private static final String[] TURNS = {"不过", "但是", "但", "可是", "另外", "只是"};

    static boolean turns(String text, int at) {
        for (String w : TURNS) if (text.startsWith(w, at)) return true;
        return false;
    }
}
