package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/** Where a message's statements end: at punctuation and line breaks, and at a few turns without them. */
final class Statements {

    private Statements() {}

    /** Splits a message into clauses at separators; an item before 、 with no number and no verb joins the next. */
    static List<Clause> of(String text, List<Mention> mentions, List<CueTable.Hit> hits) {
        List<Clause> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean aside = c == '(' && aside(text, i + 1, hits);
            if (!aside && Clause.SEPARATORS.indexOf(c) < 0 || insideMention(mentions, i)) continue;
            if (c == '。' && MealTurns.figureStopsApart(text, i, mentions)) continue;
            if (c == '、' && (!carriesStatement(from, i, mentions, hits) || teamOnly(text, i + 1, mentions))) continue;
            if (c == ' '
                    && !betweenStatements(text, from, i, mentions, hits)
                    && !VisitTurns.between(text, from, i, mentions)) continue;
            int end = i;
            boolean question = c == '?' || c == '？';
            from = afterConnective(from, end, hits);
            for (int at = turn(text, from, end, mentions, hits); at > 0; at = turn(text, from, end, mentions, hits)) {
                out.add(new Clause(text, from, at, false, mentions, hits));
                from = afterConnective(at, end, hits);
            }
            if (end > from) out.add(new Clause(text, from, end, question, mentions, hits));
            // 不吃(已返程): the past reason in the bracket is an aside, no statement of its own.
            int close = aside ? pastReasonEnd(text, i + 1) : -1;
            if (close > i) i = close;
            from = i + 1;
        }
        return out;
    }

    /**
     * "早餐33 中餐33 晚餐不吃", "湖南团28人 湖北团55人": a space ends a statement when what is before it
     * names a meal or a delegation and carries a figure or a verb, and a meal, a delegation or a day with
     * its meal follows. It also ends one before a turn of its own (thanks, a request, 另外, the rest, the
     * next batch, some people among them: "晚餐41 谢谢", "4人先走 T5688 剩余27人…", "早饭30 麻烦跟餐厅说下",
     * "中午48个 其中有3个回民"), and after a lead-in
     * that is only talk ("OK的 山东中午40").
     */
    private static boolean betweenStatements(
            String text, int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean subject = false;
        boolean any = false;
        boolean vehicle = false;
        boolean figure = false;
        boolean clockLast = false;
        boolean timed = false;
        boolean after = false;
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= at) {
                any = true;
                if (names(m) && !(m instanceof Mention.Vehicle)) subject = true;
                vehicle |= m instanceof Mention.Vehicle;
                figure |= m instanceof Mention.Count;
                clockLast = m instanceof Mention.Clock && m.end() == at;
                timed |= m instanceof Mention.Clock || m instanceof Mention.Day;
            }
            after |= m.start() > at;
        }
        if (TransportLegs.nextLeg(text, from, at, mentions)) return true;
        // 1号车少了一个 33: the figure counted after a bus's shortfall is the same statement.
        if (vehicle && figure && HeadcountFigure.splitsShortfall(text, from, at, mentions)) return false;
        // 甘肃9点半 都是大巴送站: after a delegation and its time, a last remark with nothing to read is aside.
        if (subject && clockLast && !after) return true;
        // 1号车30人 2号车28人: a vehicle with its figure is a statement of its own; so is a movement with its time (明天8点到
        // 中午不吃).
        subject |= vehicle && figure
                || timed && (startsWith(from, at, hits, Cue.DEPART) || startsWith(from, at, hits, Cue.ARRIVE));
        if (!any && (startsWith(from, at, hits, Cue.TALK) || startsWith(from, at, hits, Cue.CORRECTION))) return true;
        if (MealTurns.eatenThenMeal(text, from, at, mentions, hits)) return true;
        if (!carriesStatement(from, at, mentions, hits)) return false;
        if (opensTurn(at + 1, hits)) return true;
        if (!subject) return false;
        if (figure && AfterReport.opens(text, at, mentions, hits)) return true;
        // 宵夜少2人 两个已经睡了: a change with its figure is complete; what follows is another statement.
        if (startsWith(from, at, hits, Cue.FEWER)
                || startsWith(from, at, hits, Cue.ADD)
                || startsWith(from, at, hits, Cue.CANCEL)) {
            for (Mention m : mentions)
                if (m.start() >= from && m.end() <= at && m instanceof Mention.Count) return true;
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.start() <= at) continue;
            // 29号上午9点走 有10个人28号晚上先走: people said with 有 open a statement of their own.
            if (m instanceof Mention.Count n && n.unit() && n.start() == at + 2 && text.charAt(at + 1) == '有')
                return true;
            // 晚饭48 不要宵夜: a cancel word right before a meal opens a statement about that meal.
            if (m.start() != at + 1) return m instanceof Mention.Meals && cancels(at + 1, m.start(), hits);
            if (names(m)) return true;
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            // 今晚宵夜41个: 今晚 is a day and a part of the day over the same characters.
            if (m instanceof Mention.Day && next != null && next.start() == m.start() && names(next)) return true;
            // 今晚宵夜12份 明天不要宵夜了 / 明天不吃晚饭: another day with a cancel word right after it opens its own statement.
            if (m instanceof Mention.Day && cancels(m.end(), -1, hits)) return true;
            return m instanceof Mention.Day && next != null && next.start() == m.end() && names(next);
        }
        return false;
    }

    /** "然后宵夜的话嗯十几个吧": a meal with a vague figure, a statement of its own (asked or deferred). */
    private static boolean vagueMeal(int from, int to, List<Mention> mentions) {
        boolean meal = false;
        for (Mention m : mentions) {
            if (m.start() < from || m.end() > to) continue;
            meal |= m instanceof Mention.Meals;
            if (meal && m instanceof Mention.Vague) return true;
        }
        return false;
    }

    /** "走的有河北、甘肃": what follows 、 is only a delegation's name, one more subject of the same statement. */
    private static boolean teamOnly(String text, int at, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.start() < at) continue;
            if (m.start() != at || !(m instanceof Mention.Team)) return false;
            return m.end() == text.length() || Clause.SEPARATORS.indexOf(text.charAt(m.end())) >= 0;
        }
        return false;
    }

    private static boolean opensTurn(int at, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() != at) continue;
            Cue c = h.cue();
            if (c == Cue.TALK
                    || c == Cue.REQUEST
                    || c == Cue.NEED
                    || c == Cue.REST
                    || c == Cue.BATCH
                    || c == Cue.ASIDE
                    || c == Cue.AMONG) return true;
        }
        return false;
    }

    /** A cancel word starting at {@code from} and ending at {@code to}, or anywhere when {@code to} is negative. */
    private static boolean cancels(int from, int to, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.start() == from && (to < 0 || h.end() == to) && h.cue() == Cue.CANCEL) return true;
        return false;
    }

    /**
     * "安徽 不吃(已返程)", "不要了(人已经上车了)", "中午30(含司机2人)": a bracket with a reason in the past, or
     * with who the figure includes, is an aside that ends the statement before it.
     */
    private static boolean aside(String text, int from, List<CueTable.Hit> hits) {
        if (text.startsWith("含", from) || text.startsWith("包括", from) || text.startsWith("包含", from)) return true;
        int close = text.indexOf(')', from);
        if (close < 0 || close - from > 12) return false;
        for (CueTable.Hit h : hits) if (h.start() >= from && h.end() <= close && h.cue() == Cue.PAST) return true;
        return false;
    }

    /** Where the bracket opened before {@code from} closes when it holds only a reason in the past, or -1. */
    private static int pastReasonEnd(String text, int from) {
        if (text.startsWith("含", from) || text.startsWith("包括", from) || text.startsWith("包含", from)) return -1;
        int close = text.indexOf(')', from);
        for (int k = from; k < close; k++)
            if (FigureMentions.isCn(text.charAt(k)) || Character.isDigit(text.charAt(k))) return -1;
        return close;
    }

    private static boolean startsWith(int from, int to, List<CueTable.Hit> hits, Cue cue) {
        for (CueTable.Hit h : hits) if (h.start() >= from && h.end() <= to && h.cue() == cue) return true;
        return false;
    }

    /** A subject a statement is about: a meal, a delegation, a part of the day, a vehicle ("1号车30人 2号车28人"). */
    private static boolean names(Mention m) {
        return m instanceof Mention.Meals
                || m instanceof Mention.Team
                || m instanceof Mention.Part
                || m instanceof Mention.Vehicle;
    }

    private static boolean insideMention(List<Mention> mentions, int at) {
        for (Mention m : mentions) if (m.start() < at && at < m.end()) return true;
        return false;
    }

    private static boolean carriesStatement(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (Mention m : mentions) {
            if (m.start() >= from && m.end() <= to && (m instanceof Mention.Count || m instanceof Mention.Clock))
                return true;
        }
        for (CueTable.Hit h : hits) {
            if (h.start() >= from && h.end() <= to && h.cue() != Cue.TOPIC_MEAL && h.cue() != Cue.EAT) return true;
        }
        return false;
    }

    /**
     * "早饭不吃中午照常", "中午不吃晚上照常": a cancellation or an "as planned" right after a meal, then
     * another meal, turns to a new statement there; the position, or -1.
     */
    private static int turn(String text, int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        int at = -1;
        for (int t : new int[] {
            MealTurns.afterFigure(text, from, to, mentions),
            MealTurns.afterWord(text, from, to, mentions, hits),
            runOn(from, to, mentions, hits),
            MealTurns.afterMovement(from, to, mentions, hits),
            MealAfterMovement.turn(from, to, mentions, hits)
        }) if (t > 0 && (at < 0 || t < at)) at = t;
        return at;
    }

    /** "然后中午是五十个人": a connective opening a statement is no part of it; where the statement starts. */
    private static int afterConnective(int from, int to, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) if (h.start() == from && h.cue() == Cue.THEN && h.end() < to) return h.end();
        return from;
    }

    /** "…有十个人要留到明天再走其他人还是…": a movement verb ends right where the rest of the delegation is named. */
    private static boolean movementEndsAt(int at, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) if (h.end() == at && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE)) return true;
        return false;
    }

    /**
     * "…G1598走然后明天中午饭…": in speech with no punctuation, a connective (然后, 另外) turns to a new
     * statement when a statement comes before it and one follows; the position, or -1.
     */
    private static int runOn(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() <= from || h.end() > to) continue;
            boolean restAfterMove = h.cue() == Cue.REST && movementEndsAt(h.start(), hits);
            if (h.cue() != Cue.THEN && h.cue() != Cue.ASIDE && !restAfterMove) continue;
            if (carriesStatement(from, h.start(), mentions, hits)
                    && (carriesStatement(h.end(), to, mentions, hits) || vagueMeal(h.end(), to, mentions)))
                return h.start();
        }
        return -1;
    }
}
