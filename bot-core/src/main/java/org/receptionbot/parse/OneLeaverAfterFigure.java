package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;

/**
 * "湖北柳州线改成6个了 有个领导上午要回武汉", "厦门明天早饭2个 留下的那位今晚8点MF8116先回厦门", "龙江 明天柳州线只去2人了
 * 张处中午的飞机回哈尔滨": after a figure said for a meal or a route, one person who leaves opens a statement of their own,
 * so the figure stays the meal's or the route's and the departure is that one person's. Only where the stretch before
 * the space reports no movement of its own, and the person's stretch says a departure.
 */
final class OneLeaverAfterFigure {
    /** Words that may come before the person (那个有一个同志…, 另外张处…). */
    private static final String[] FILLERS = {"那个", "另外", "还有", "然后", "对了", "哦对了", "就是"};

    /** Ways to say one person opening a stretch (有个 reads as 一个). */
    private static final String[] ONE = {"有一个", "有一位", "一个", "一位", "有位", "1个", "1位"};

    /** Words for a person after {@link #ONE} (一个领导, 有一位处长). */
    private static final String[] PERSON_WORDS = {
        "同志", "领导", "同事", "代表", "处长", "司长", "局长", "厅长", "主任", "科长", "老师", "教练", "队员", "专家"
    };

    /** How far a short description before 那位 may run (留下的那位, 发烧的那位). */
    private static final int DESCRIBED = 5;

    private OneLeaverAfterFigure() {}

    /** Whether the space at {@code at} ends a figure's statement and one person leaving opens the next one. */
    static boolean opens(String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean figure = false;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at && m instanceof Mention.Count) figure = true;
        if (!figure
                || StatementSpans.holds(from, at, hits, Cue.DEPART)
                || StatementSpans.holds(from, at, hits, Cue.ARRIVE)) return false;
        int person = personEnd(text, pastFillers(text, at + 1));
        return person > 0 && departsIn(text, person, hits);
    }

    private static int pastFillers(String text, int at) {
        for (String w : FILLERS) if (text.startsWith(w, at)) return at + w.length();
        return at;
    }

    /** Where one person said at {@code at} ends, or -1. */
    private static int personEnd(String text, int at) {
        for (String w : ONE)
            if (text.startsWith(w, at))
                for (String p : PERSON_WORDS)
                    if (text.startsWith(p, at + w.length())) return at + w.length() + p.length();
        Matcher m = PersonNames.PERSON.matcher(text).region(at, Math.min(text.length(), at + DESCRIBED + 3));
        if (m.lookingAt() && !text.startsWith("我", at) && !text.startsWith("他", at) && !text.startsWith("她", at))
            return m.end();
        // 留下的那位: a short description ending with 的, then 那位.
        int of = text.indexOf("的那位", at);
        if (of > at && of - at <= DESCRIBED && Normalizer.isHan(text.charAt(at))) {
            for (int i = at; i < of; i++) if (!Normalizer.isHan(text.charAt(i))) return -1;
            return of + 3;
        }
        return -1;
    }

    /** Whether a departure is said after {@code from}, before the next line or full stop. */
    private static boolean departsIn(String text, int from, List<CueTable.Hit> hits) {
        int end = text.length();
        for (char stop : new char[] {'\n', '。', '；', ';'}) {
            int s = text.indexOf(stop, from);
            if (s >= 0) end = Math.min(end, s);
        }
        return StatementSpans.holds(from, end, hits, Cue.DEPART) && !StatementSpans.holds(from, end, hits, Cue.ARRIVE);
    }
}
