package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a message's statements end: at punctuation and line breaks ({@link SpaceBreaks} for a space,
 * {@link BracketAsides} for a bracket), and at a few turns without them.
 */
final class Statements {

    private Statements() {}

    /** Splits a message into clauses at separators; an item before 、 with no number and no verb joins the next. */
    static List<Clause> of(String text, List<Mention> mentions, List<CueTable.Hit> hits) {
        List<Clause> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            boolean aside = c == '(' && BracketAsides.opens(text, i + 1, hits);
            if (!aside && Clause.SEPARATORS.indexOf(c) < 0 || StatementSpans.insideMention(mentions, i)) continue;
            if (c == '。' && MealTurns.figureStopsApart(text, i, mentions)) continue;
            // 宴会厅这边记一下：天津、安徽…: the event's own place named before the list carries no statement of its own.
            if (c == '、'
                    && (!StatementSpans.carriesStatement(from, i, mentions, withoutPlaces(hits))
                            || teamOnly(text, i + 1, mentions)
                            || routeList(i, mentions))) continue;
            // 回来路上了 中午江苏25个: an on-the-way phrase before a meal's statement is no statement at all.
            if (c == ' ' && OnTheWayLeadIn.before(text, from, i, mentions)) {
                from = i + 1;
                continue;
            }
            if (c == ' '
                    && !SpaceBreaks.between(text, from, i, mentions, hits)
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
            int close = aside ? BracketAsides.pastReasonEnd(text, i + 1) : -1;
            if (close > i) i = close;
            from = i + 1;
        }
        return out;
    }

    /** The hits but the event's own places named. */
    private static List<CueTable.Hit> withoutPlaces(List<CueTable.Hit> hits) {
        List<CueTable.Hit> kept = new ArrayList<>(hits.size());
        for (CueTable.Hit h : hits) if (h.cue() != Cue.PLACE_OURS) kept.add(h);
        return kept;
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

    /** "考察百色、北海、柳州各3人": a route, 、 and another route, one list of the same statement. */
    private static boolean routeList(int at, List<Mention> mentions) {
        boolean routeBefore = false;
        for (Mention m : mentions) {
            if (m.end() == at && m instanceof Mention.Route) routeBefore = true;
            if (m.start() == at + 1) return routeBefore && m instanceof Mention.Route;
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
            MealAfterMovement.turn(from, to, mentions, hits),
            RunOnBreaks.turn(text, from, to, mentions, hits),
            ReasonAfterFigure.turn(text, from, to, mentions),
            FigureAskedOk.turn(text, from, to, mentions, hits),
            GuestsAddedAfterFigure.turn(text, from, to, mentions)
        }) if (t > 0 && (at < 0 || t < at)) at = t;
        return at > 0 ? PartTurns.start(text, from, at, mentions) : at;
    }

    /** "然后中午是五十个人": a connective opening a statement is no part of it; where the statement starts. */
    private static int afterConnective(int from, int to, List<CueTable.Hit> hits) {
        for (int i = 0, n = hits.size(); i < n; i++) {
            CueTable.Hit h = hits.get(i);
            if (h.start() == from && h.cue() == Cue.THEN && h.end() < to) return h.end();
        }
        return from;
    }

    /** "…有十个人要留到明天再走其他人还是…": a movement verb ends right where the rest of the delegation is named. */
    private static boolean movementEndsAt(int at, List<CueTable.Hit> hits) {
        for (int i = 0, n = hits.size(); i < n; i++) {
            CueTable.Hit h = hits.get(i);
            if (h.end() == at && (h.cue() == Cue.DEPART || h.cue() == Cue.ARRIVE)) return true;
        }
        return false;
    }

    /**
     * "…G1598走然后明天中午饭…": in speech with no punctuation, a connective (然后, 另外) turns to a new
     * statement when a statement comes before it and one follows; the position, or -1.
     */
    private static int runOn(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (int i = 0, n = hits.size(); i < n; i++) {
            CueTable.Hit h = hits.get(i);
            if (h.start() <= from || h.end() > to) continue;
            boolean restAfterMove = h.cue() == Cue.REST && movementEndsAt(h.start(), hits);
            if (h.cue() != Cue.THEN && h.cue() != Cue.ASIDE && !restAfterMove) continue;
            if (StatementSpans.carriesStatement(from, h.start(), mentions, hits)
                    && (StatementSpans.carriesStatement(h.end(), to, mentions, hits)
                            || vagueMeal(h.end(), to, mentions))) return h.start();
        }
        return -1;
    }
}
