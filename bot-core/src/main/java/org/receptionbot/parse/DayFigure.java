package org.receptionbot.parse;

import java.util.List;

/** "明天33", "明天也46", "明天的27个": a day said with a bare figure and no meal of its own. */
final class DayFigure {
    /** What may stand between the day and its figure. */
    private static final String BETWEEN = "也都还是的 ";

    private DayFigure() {}

    /** Whether a day opens at {@code at} and a figure follows it with no meal or part of the day between. */
    static boolean at(String text, int at, List<Mention> mentions) {
        Mention day = null;
        for (Mention m : mentions) {
            if (day == null) {
                if (m.start() == at && m instanceof Mention.Day) day = m;
                continue;
            }
            if (m.start() < day.end()) continue;
            if (!(m instanceof Mention.Count)) return false;
            for (int i = day.end(); i < m.start(); i++) if (BETWEEN.indexOf(text.charAt(i)) < 0) return false;
            return true;
        }
        return false;
    }
}
