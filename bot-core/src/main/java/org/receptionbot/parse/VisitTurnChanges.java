package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/** For {@link VisitTurns}: a stretch that drops out, switches routes or leaves, and the route's figure said after it. */
final class VisitTurnChanges {
    private VisitTurnChanges() {}
    /** Words of a switch between routes said in a stretch (从柳州换过来, 改去北海). */
    private static final String[] SWITCHED = {"换到", "换过来", "换过去", "换去", "改去", "改到", "调到", "调去", "调过来"};

    static boolean switched(String text, int from, int at, List<Mention> mentions) {
        if (routeSwitchEnd(text, from, at, mentions) >= 0) return true;
        for (String w : SWITCHED) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= at) return true;
        }
        return false;
    }

    /** What may stand between the route left and the word of switching (百色线改, 北海那边换). */
    private static final String[] LEFT_GAPS = {"那边", "这边", "线", "组", ""};
    /** A switching character, then maybe a word of where to (换到, 改去, 调成), right before the route joined. */
    private static final Pattern SWITCH_PAIR = Pattern.compile("[改换调转挪](?:到|去|成|为|回)?");

    /**
     * "从百色换柳州", "由北海改百色", "从柳州换到北海": where a switch from one route to another said in {@code [from,
     * to)} ends (at the end of the route joined), or -1.
     */
    static int routeSwitchEnd(String text, int from, int to, List<Mention> mentions) {
        Mention.Route left = null;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to || !(m instanceof Mention.Route r)) continue;
            if (left != null && !left.id().equals(r.id()) && switchBetween(text, left.end(), r.start())) return r.end();
            left = r;
        }
        return -1;
    }

    private static boolean switchBetween(String text, int from, int to) {
        for (String gap : LEFT_GAPS)
            if (text.startsWith(gap, from)
                    && from + gap.length() <= to
                    && SWITCH_PAIR
                            .matcher(text.substring(from + gap.length(), to))
                            .matches()) return true;
        return false;
    }

    /**
     * Words that open the figure now after a change: 就5个人去了, 现在4个, 还剩3个, 剩2人; 还是2个, 仍是3人 (a
     * correction's figure that stays).
     */
    private static final String[] NOW = {
        "就剩", "就", "那就", "只剩", "只有", "还剩", "剩下", "剩", "现在", "目前", "还是", "仍是", "仍然是", "依然是", "所以"
    };

    /** What may stand between the route and the word of the figure now: 北海线我们就剩2个了. */
    private static final String[] OURS = {"我们这边", "我们的", "我们", "咱们", "我这边"};

    /**
     * "就5个人去了", "那柳州就剩1个了", "百色那边就剩4个": the stretch opens (past 那 and a route named with
     * 那边) with a word of the figure now and says a figure, no vehicle, meal or day.
     */
    static boolean figureNow(String text, int at, int to, List<Mention> mentions, VisitTurnSpan after) {
        if (!after.count() || after.vehicle() || after.meal() || after.day()) return false;
        int i = text.startsWith("那", at) ? at + 1 : at;
        for (Mention m : mentions)
            if (m instanceof Mention.Route && m.start() == i) {
                i = m.end();
                while (i < to && "那这边线的".indexOf(text.charAt(i)) >= 0) i++;
            }
        for (Mention m : mentions) if (m instanceof Mention.Team && m.start() == i) i = m.end();
        for (String w : OURS)
            if (text.startsWith(w, i)) {
                i += w.length();
                break;
            }
        for (String w : NOW)
            if (text.startsWith(w, i) && (countAt(mentions, i + w.length()) || routeFigures(mentions, i + w.length())))
                return true;
        return false;
    }

    /** "(那就)北海3柳州3": a route right at {@code at} with its figure right after it. */
    private static boolean routeFigures(List<Mention> mentions, int at) {
        for (Mention m : mentions) if (m instanceof Mention.Route && m.start() == at) return countAt(mentions, m.end());
        return false;
    }

    private static boolean countAt(List<Mention> mentions, int at) {
        for (Mention m : mentions) if (m instanceof Mention.Count && m.start() == at) return true;
        return false;
    }

    /** Words of leaving the event (赶飞机, 要回, 机票), said after a drop-out. */
    private static final String[] LEAVING = {"赶飞机", "赶高铁", "赶火车", "赶动车", "赶航班", "要回", "先回", "赶回", "返程", "机票", "航班"};

    static boolean leaving(String text, int from, int to) {
        for (String w : LEAVING) {
            int i = text.indexOf(w, from);
            if (i >= 0 && i + w.length() <= to) return true;
        }
        return false;
    }

    /** 不去百色了: where the stretch ends before a route named last (and 了 after it), for {@link #droppedOut}. */
    static int routeCut(String text, List<Mention> mentions, int from, int at) {
        int end = at;
        while (end > from && " 了".indexOf(text.charAt(end - 1)) >= 0) end--;
        for (Mention m : mentions)
            if (m instanceof Mention.Route && m.end() == end && m.start() >= from) return m.start();
        return at;
    }

    static boolean droppedOut(String text, int from, int at) {
        // Every match of DROPPED_OUT holds 不: most stretches have none and need no copy and no regex.
        int no = text.indexOf('不', from);
        if (no < 0 || no >= at) return false;
        String before = text.substring(from, at).strip();
        // 北海不去了哈: the particles after the drop-out say nothing more.
        int end = before.length();
        while (end > 0 && "了哈啊呀啦吧".indexOf(before.charAt(end - 1)) >= 0) end--;
        return DROPPED_OUT.matcher(before.substring(0, end)).matches();
    }

    private static final Pattern DROPPED_OUT = Pattern.compile(".*(?:不去|不参加)(?:考察|参观|调研)?");
}
