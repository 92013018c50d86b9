package org.receptionbot.parse;

import java.time.LocalTime;
import java.util.List;

/** The figures of a clause: its count of people, its clock time, its train or flight. */
final class Figures {

    private Figures() {}

    /**
     * The number of people in the clause: one with a unit (5人, 两位), the nearest to the verb when
     * there is one; a bare number only after 报/为/按/少/加… or in a bare clause ("湖南 35").
     */
    static Integer count(Clause c, int verbAt, boolean unitOnly) {
        Mention.Count best = null;
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (!n.unit()) continue;
            if (best == null || verbAt >= 0 && Math.abs(n.start() - verbAt) < Math.abs(best.start() - verbAt)) best = n;
        }
        if (best != null || unitOnly) return best == null ? null : best.value();
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (c.bare() || afterCountWord(c.text, n.start())) return n.value();
        }
        return null;
    }

    static Integer people(Clause c) {
        return count(c, -1, true);
    }

    private static boolean afterCountWord(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        return i >= 0 && Lexicon.BEFORE_BARE_FIGURE.indexOf(text.charAt(i)) >= 0;
    }

    /** The clock time of the clause, moved into the afternoon or evening by the part of the day. */
    static LocalTime time(Clause c) {
        List<Mention.Clock> clocks = c.current(Mention.Clock.class);
        if (clocks.isEmpty()) return null;
        Mention.Clock clock = clocks.get(0);
        DayPart part = null;
        for (Mention.Part p : c.all(Mention.Part.class)) {
            if (p.start() < clock.start() || part == null) part = p.part();
        }
        int hour = part == null ? unmarked(clock.hour()) : part.hour(clock.hour());
        if (hour == 24) hour = 0;
        return LocalTime.of(hour, clock.minute());
    }

    /** With no half-of-day word, 1–6 o'clock is the afternoon (3点到 = 15:00); 7–12 are as said. */
    private static int unmarked(int hour) {
        return hour >= 1 && hour <= 6 ? hour + 12 : hour;
    }

    static String transport(Clause c) {
        List<Mention.Transport> transports = c.all(Mention.Transport.class);
        return transports.isEmpty() ? null : transports.get(0).code();
    }

    /** Where the first of two cue words occurs, or -1. */
    static int firstOf(Clause c, Cue a, Cue b) {
        int x = c.at(a);
        int y = c.at(b);
        if (x < 0) return y;
        if (y < 0) return x;
        return Math.min(x, y);
    }

    /**
     * "中午55人晚上60人", "中午55 晚上照常": each meal named takes the figure said after it and before the
     * next meal, or "as planned" (a null figure) when 照常 follows it; null unless every meal of the
     * clause has one and at least one is a figure.
     */
    static List<Integer> perMeal(Clause c, List<String> ms, Lexicon lexicon) {
        if (ms.size() < 2) return null;
        Integer[] figures = new Integer[ms.size()];
        boolean[] given = new boolean[ms.size()];
        int asPlanned = c.at(Cue.AS_PLANNED);
        int current = -1;
        int anchorAt = -1;
        boolean any = false;
        for (Mention m : c.mentions) {
            if (current >= 0 && !given[current] && anchorAt < asPlanned && asPlanned < m.start()) given[current] = true;
            String id = m instanceof Mention.Meals x && x.ids().size() == 1
                    ? x.ids().get(0)
                    : m instanceof Mention.Part p ? lexicon.mealOf(p.part()) : null;
            if (id != null) {
                current = ms.indexOf(id);
                anchorAt = m.start();
            } else if (m instanceof Mention.Count n && current >= 0 && !given[current]) {
                figures[current] = n.value();
                given[current] = any = true;
            }
        }
        if (current >= 0 && !given[current] && asPlanned > anchorAt) given[current] = true;
        for (boolean g : given) if (!g) return null;
        return any ? java.util.Arrays.asList(figures) : null;
    }

    /** "两位家属明天中午过来吃饭": people who are not in the delegation's size come on top of it. */
    static boolean guests(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) {
            if (!n.unit()) continue;
            for (String g : Lexicon.GUESTS) if (c.text.startsWith(g, n.end())) return true;
        }
        return false;
    }
}
