package org.receptionbot.parse;

import java.util.List;

/**
 * "广西厅晚宴12人 再加司机2人", "江西早饭二十七加两个司机", "重庆晚饭44 司机两个另外加", "江苏晚上 三十四 都吃 还要加两个裁判":
 * a meal's figure, then people who are not of the delegation added on top of it with their own figure, are two
 * statements: the meal's count, then the addition ({@link Statements}). Read as one, the figure after 加 would be the
 * only one kept. A total of both said after them (52个 加两个司机 一共54个), a further figure, a question, a denial or
 * another meal, day or delegation in the addition leaves the statement whole.
 */
final class GuestsAddedAfterFigure {
    /** Who may be added on top of a delegation's own people, besides {@link Lexicon#GUESTS}. */
    private static final List<String> MORE_GUESTS = List.of("裁判", "翻译", "家长", "师傅");
    /** What may stand between the meal's figure and the addition: fillers, and that all of them eat. */
    private static final String BETWEEN = " ，,嗯哦噢啊哈呃了都全部要吃在";
    /** Words of a total, a question or a denial: the statement is left whole. */
    private static final List<String> WHOLE_WORDS =
            List.of("共", "合计", "总计", "加起来", "算上", "算进", "含", "包括", "其中", "不", "吗", "?", "？", "没");

    private GuestsAddedAfterFigure() {}

    /** "总共41个 加了两个司机": a total said before, or guests said added already, are inside the figure. */
    private static boolean total(String head) {
        return head.contains("共") || head.contains("合计") || head.contains("总计");
    }

    /** Where the addition opens in {@code [from, to)}, after a meal's figure; or -1. */
    static int turn(String text, int from, int to, List<Mention> mentions) {
        int add = text.indexOf('加', from);
        if (add < 0 || add >= to) return -1;
        int at = openingAfter(text, from, add);
        if (at < 0) return -1;
        // Before the addition: a meal (or its part of the day) and its one figure, the delegation and the day.
        boolean meal = false;
        int figures = 0;
        int last = -1;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > at) continue;
            if (m instanceof Mention.Meals || m instanceof Mention.Part) meal = true;
            else if (m instanceof Mention.Count) figures++;
            else if (!(m instanceof Mention.Team) && !(m instanceof Mention.Day)) return -1;
            last = m.end();
        }
        if (!meal || figures != 1 || total(text.substring(from, at))) return -1;
        for (int i = last; i < at; i++) if (BETWEEN.indexOf(text.charAt(i)) < 0) return -1;
        return addition(text, at, to, mentions) ? at : -1;
    }

    /** The first place before {@code add} or at it where an addition's words open, past {@code from}; or -1. */
    private static int openingAfter(String text, int from, int add) {
        for (int i = from + 1; i <= add; i++) if (opens(text, i)) return i;
        return -1;
    }

    /** Words that open an addition: 加 and its leads, or the guest named first. */
    private static final List<String> OPENINGS = List.of("加", "再加", "另加", "另外", "还要加", "还得加", "还有");

    private static boolean opens(String text, int at) {
        for (String w : OPENINGS) if (text.startsWith(w, at)) return true;
        return guestAt(text, at);
    }

    /** Whether {@code [at, to)} adds guests with one figure of their own: 加, a guest, one count, nothing else named. */
    private static boolean addition(String text, int at, int to, List<Mention> mentions) {
        String said = text.substring(at, to);
        if (said.indexOf('加') < 0 || said.contains("加了") || said.contains("加过")) return false;
        for (String w : WHOLE_WORDS) if (said.contains(w)) return false;
        boolean guest = false;
        for (int i = at; i < to && !guest; i++) guest = guestAt(text, i);
        if (!guest) return false;
        int counts = 0;
        for (Mention m : mentions) {
            if (m.end() <= at || m.start() >= to) continue;
            if (!(m instanceof Mention.Count)) return false;
            counts++;
        }
        return counts == 1;
    }

    private static boolean guestAt(String text, int at) {
        for (String g : Lexicon.GUESTS) if (text.startsWith(g, at)) return true;
        for (String g : MORE_GUESTS) if (text.startsWith(g, at)) return true;
        return false;
    }
}
