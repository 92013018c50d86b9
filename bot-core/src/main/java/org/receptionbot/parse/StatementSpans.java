package org.receptionbot.parse;

import java.util.List;

/**
 * What a span of a message, from one position to another, holds: the checks shared by the statement splitters. The
 * mentions and cue words come sorted by where they start ({@link Clause}): a scan stops at the first past the span.
 */
final class StatementSpans {
    private StatementSpans() {}

    /** A figure, a clock time, or a cue other than a meal's topic or eating lies in the span: it says something. */
    static boolean carriesStatement(int from, int to, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (int i = 0, n = mentions.size(); i < n; i++) {
            Mention m = mentions.get(i);
            if (m.start() > to) break;
            if (m.start() >= from && m.end() <= to && (m instanceof Mention.Count || m instanceof Mention.Clock))
                return true;
        }
        for (int i = 0, n = hits.size(); i < n; i++) {
            CueTable.Hit h = hits.get(i);
            if (h.start() > to) break;
            if (h.start() >= from && h.end() <= to && h.cue() != Cue.TOPIC_MEAL && h.cue() != Cue.EAT) return true;
        }
        return false;
    }

    /** A hit of {@code cue} lies in the span. */
    static boolean holds(int from, int to, List<CueTable.Hit> hits, Cue cue) {
        for (int i = 0, n = hits.size(); i < n; i++) {
            CueTable.Hit h = hits.get(i);
            if (h.start() > to) break;
            if (h.start() >= from && h.end() <= to && h.cue() == cue) return true;
        }
        return false;
    }

    /** Position {@code at} falls strictly inside a mention. */
    static boolean insideMention(List<Mention> mentions, int at) {
        for (int i = 0, n = mentions.size(); i < n; i++) {
            Mention m = mentions.get(i);
            if (m.start() >= at) break;
            if (at < m.end()) return true;
        }
        return false;
    }

    /** A route named within the span. */
    static boolean routeBetween(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= to && m instanceof Mention.Route) return true;
        return false;
    }

    /** A figure of people said on the line before {@code at} (渝 5人 G1318 …). */
    static boolean peopleOnLine(String text, int at, List<Mention> mentions) {
        int line = text.lastIndexOf('\n', at) + 1;
        for (Mention m : mentions)
            if (m.start() >= line && m.end() <= at && m instanceof Mention.Count n && n.unit()) return true;
        return false;
    }

    /** A clock time within the span. */
    static boolean clockBetween(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= to && m instanceof Mention.Clock) return true;
        return false;
    }

    /** A figure within the span. */
    static boolean figureBetween(int from, int to, List<Mention> mentions) {
        for (Mention m : mentions) if (m.start() >= from && m.end() <= to && m instanceof Mention.Count) return true;
        return false;
    }

    /** A meal or a part of the day said right at {@code at}. */
    static boolean mealOrPartAt(int at, List<Mention> mentions) {
        for (Mention m : mentions)
            if (m.start() == at && (m instanceof Mention.Meals || m instanceof Mention.Part)) return true;
        return false;
    }

    /** A word of more diners in the stretch that is not the 加 of a figure's sum ("35加1" is one figure). */
    static boolean addsOutsideFigure(int from, int at, List<Mention> mentions, List<CueTable.Hit> hits) {
        for (CueTable.Hit h : hits)
            if (h.start() >= from && h.end() <= at && h.cue() == Cue.ADD && !insideMention(mentions, h.start()))
                return true;
        return false;
    }
}
