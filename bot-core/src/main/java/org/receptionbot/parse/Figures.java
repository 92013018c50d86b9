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
        Integer again = SaidFigures.restated(c);
        if (again != null) return again;
        Mention.Count last = lastAfterTakenBack(c);
        if (last != null) return last.value();
        Mention.Count best = null;
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (SelfCorrection.wrong(c, n)) continue;
            if (CountPlaces.total(c.text, n.start()) || SaidFigures.afterHeadcountWord(c.text, n.start()))
                return n.value();
            // 晚饭30 含两个翻译: people inside the figure said before it are not the count.
            if (!n.unit() || CountPlaces.groupOfLater(c, n) || FigureParts.insideEarlier(c, n)) continue;
            if (best == null || verbAt >= 0 && Math.abs(n.start() - verbAt) < Math.abs(best.start() - verbAt)) best = n;
        }
        if (best != null || unitOnly) return best == null ? null : best.value();
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (SelfCorrection.wrong(c, n)) continue;
            if (c.bare()
                    || c.bareBesides(Cue.AS_PLANNED)
                    || CountPlaces.afterCountWord(c.text, n.start())
                    || CountPlaces.afterMeal(c, n)
                    || CountPlaces.afterTeam(c, n)
                    || CountPlaces.afterAnyVehicle(c, n)
                    || SelfCorrection.corrected(c, n)) return n.value();
        }
        return null;
    }

    static Integer people(Clause c) {
        return count(c, -1, true);
    }

    /** Whether the clause takes one of its figures back ("晚饭27 不是 是25人"). */
    static boolean takenBack(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (SelfCorrection.wrong(c, n)) return true;
        return false;
    }

    /**
     * "晚饭33 不对不对 今天有5个去县城了 报28": after a figure taken back, the last figure said is the one
     * meant; the reasons said between are no figures. Null unless a figure was taken back and one follows.
     */
    private static Mention.Count lastAfterTakenBack(Clause c) {
        boolean takenBack = false;
        Mention.Count last = null;
        for (Mention.Count n : c.current(Mention.Count.class)) {
            if (takenBack) last = n;
            else takenBack = SelfCorrection.wrong(c, n);
        }
        return last;
    }

    /** "有一个要去加练 三十八个": the clause ends with a figure; that figure, else null. */
    static Integer endingFigure(Clause c) {
        List<Mention.Count> counts = c.current(Mention.Count.class);
        if (counts.isEmpty()) return null;
        Mention.Count n = counts.get(counts.size() - 1);
        boolean ends = c.text.substring(n.end(), c.end).strip().isEmpty();
        return ends && !SelfCorrection.wrong(c, n) ? n.value() : null;
    }

    /** "广东代表团37人": the clause's figure follows a delegation's name right away, the delegation's size. */
    static boolean teamSize(Clause c) {
        for (Mention.Count n : c.current(Mention.Count.class)) if (CountPlaces.afterTeam(c, n)) return true;
        return false;
    }

    /** The clock time of the clause, moved into the afternoon or evening by the part of the day. */
    static LocalTime time(Clause c) {
        // 九点退房 坐12点15的G1386走: the check-out's time yields to the departure's; a later check-out asked is none.
        Mention.Clock clock = CheckOutClocks.movementClock(c, c.current(Mention.Clock.class));
        return clock == null ? null : timeOf(c, clock);
    }

    /** The time of {@code clock} in {@code c}, moved into the afternoon or evening by the part of the day. */
    static LocalTime timeOf(Clause c, Mention.Clock clock) {
        DayPart part = partOf(c, clock);
        int hour = part == null ? unmarked(clock.hour()) : part.hour(clock.hour());
        return LocalTime.of(hour == 24 ? 0 : hour, clock.minute());
    }

    /**
     * The part of the day that places {@code clock} (the last said before it, else the first after it, else one said
     * in an earlier clause, else the morning of a breakfast packed or skipped before it: {@link EarlierPart#earlyStart}),
     * or null when none is said: the hour is then read by {@link #unmarked}.
     */
    static DayPart partOf(Clause c, Mention.Clock clock) {
        DayPart part = null;
        for (Mention.Part p : c.all(Mention.Part.class)) {
            if (p.start() < clock.start() && dayBetween(c, p, clock)) continue;
            if (p.start() < clock.start() || part == null && !clockBetween(c, clock, p)) part = p.part();
        }
        if (part == null) part = EarlierPart.before(c);
        return part == null ? EarlierPart.earlyStart(c, clock) : part;
    }

    /**
     * "北京中午42 晚上也42 明天8点半G1118走": a day said between a part of the day and the clock time starts the
     * clock's own statement; the earlier part (a meal's) does not place it.
     */
    private static boolean dayBetween(Clause c, Mention.Part p, Mention.Clock clock) {
        for (Mention.Day d : c.all(Mention.Day.class))
            if (d.start() >= p.end() && d.end() <= clock.start()) return true;
        return false;
    }

    /** "10点退房 坐下午3点20的": a part of the day said after another clock time is that time's. */
    private static boolean clockBetween(Clause c, Mention.Clock clock, Mention.Part p) {
        for (Mention.Clock m : c.all(Mention.Clock.class))
            if (m.start() >= clock.end() && m.end() <= p.start()) return true;
        return false;
    }

    /** With no half-of-day word, 1–6 o'clock is the afternoon (3点到 = 15:00); 7–12 are as said. */
    static int unmarked(int hour) {
        return hour >= 1 && hour <= 6 ? hour + 12 : hour;
    }

    /** Whether the clause's figures are all bare numbers with no unit ("四川 45", not "60人"). */
    static boolean plain(Clause c) {
        for (Mention.Count n : c.all(Mention.Count.class)) if (n.unit()) return false;
        return true;
    }

    static String transport(Clause c) {
        // MU5678取消了 改成下午3点40的MU5680: the train or flight after the change word is the one taken.
        List<Mention.Transport> transports = c.current(Mention.Transport.class);
        return transports.isEmpty()
                ? null
                : TicketSwap.taken(c.text, transports).code();
    }

    /** Where the first of two cue words occurs, or -1. */
    static int firstOf(Clause c, Cue a, Cue b) {
        int x = c.at(a);
        int y = c.at(b);
        if (x < 0) return y;
        if (y < 0) return x;
        return Math.min(x, y);
    }
}
