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
            if (Clause.SEPARATORS.indexOf(c) < 0 || insideMention(mentions, i)) continue;
            if (c == '、' && !carriesStatement(from, i, mentions, hits)) continue;
            if (c == ' ' && !betweenStatements(from, i, mentions, hits)) continue;
            int end = i;
            boolean question = c == '?' || c == '？';
            for (int at = turn(from, end, mentions, hits); at > 0; at = turn(from, end, mentions, hits)) {
                out.add(new Clause(text, from, at, false, mentions, hits));
                from = at;
            }
            if (end > from) out.add(new Clause(text, from, end, question, mentions, hits));
            from = i + 1;
        }
        return out;
    }

    /**
     * "早餐33 中餐33 晚餐不吃", "湖南团28人 湖北团55人": a space ends a statement when what is before it
     * names a meal or a delegation and carries a figure or a verb, and a meal or a delegation follows.
     */
    private static boolean betweenStatements(int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        boolean subject = false;
        for (Mention m : mentions) if (m.start() >= from && m.end() <= at && names(m)) subject = true;
        if (!subject || !carriesStatement(from, at, mentions, hits)) return false;
        for (Mention m : mentions) if (m.start() > at) return m.start() == at + 1 && names(m);
        return false;
    }

    private static boolean names(Mention m) {
        return m instanceof Mention.Meals || m instanceof Mention.Team || m instanceof Mention.Part;
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
    private static int turn(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits) {
            if (h.start() < from || h.end() > to || h.cue() != Cue.CANCEL && h.cue() != Cue.AS_PLANNED) continue;
            Mention before = null;
            Mention next = null;
            for (Mention m : mentions) {
                if (m.start() >= from && m.end() <= h.start() && meal(m)) before = m;
                if (next == null && m.start() >= h.end() && m.start() <= h.end() + 1 && m.end() <= to && meal(m))
                    next = m;
            }
            if (before == null || next == null) continue;
            boolean parts = before instanceof Mention.Part p && next instanceof Mention.Part q && p.part() != q.part();
            if (before instanceof Mention.Meals || parts) return next.start();
        }
        return -1;
    }

    private static boolean meal(Mention m) {
        return m instanceof Mention.Meals || m instanceof Mention.Part;
    }
}
