package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * A train or flight late, cancelled or rebooked, with the new time ("K356晚点了 现在说是7点10分到",
 * "MU5678取消了 改成下午3点40的MU5680", "D2912晚点了 要到三点才开"): the movement at the new time, on the new
 * train when one is named; the old one is no record. A late train or flight is today's journey.
 */
final class TicketChange {
    /** Words of a train or flight late, cancelled or rebooked. */
    private static final String[] CHANGED = {"晚点", "延误", "延迟", "推迟", "取消", "停运", "停开", "改签", "改成", "改到", "改为"};
    /** Words naming a train or flight with no number. */
    private static final String[] TICKETS = {"航班", "飞机", "车次", "火车", "高铁", "动车"};
    /** Verbs of a train or flight leaving (起飞, 才开, 发车), said after its new time. */
    private static final String[] LEAVES = {"起飞", "才开", "开车", "发车", "才走", "才飞"};

    private TicketChange() {}

    /** Whether the clause, or the one just before it, says a train or flight is late, cancelled or rebooked. */
    static boolean changed(Clause c, Clause before) {
        return said(c)
                || before != null
                        && said(before)
                        && before.current(Mention.Clock.class).isEmpty()
                        && c.all(Mention.Meals.class).isEmpty();
    }

    private static boolean said(Clause c) {
        boolean ticket = !c.all(Mention.Transport.class).isEmpty() || any(c, TICKETS);
        return ticket && any(c, CHANGED) && WaitingBus.apart(c, TICKETS, CHANGED) && !mealFirst(c);
    }

    /** A meal named before the clause's first clock time (晚餐可以推到8点): the time is the meal's. */
    private static boolean mealFirst(Clause c) {
        List<Mention.Meals> meals = c.all(Mention.Meals.class);
        List<Mention.Clock> clocks = c.all(Mention.Clock.class);
        return !meals.isEmpty()
                && (clocks.isEmpty() || meals.get(0).start() < clocks.get(0).start());
    }

    /**
     * "MU2256推迟到晚上8点10分起飞 那晚饭我们还是在这吃 33人": where the meal said after a changed ticket's new
     * time starts its own statement (the space before it), or -1.
     */
    static int mealAfter(Clause c) {
        if (!said(c)
                || c.all(Mention.Meals.class).isEmpty()
                || c.current(Mention.Clock.class).isEmpty()) return -1;
        int meal = c.all(Mention.Meals.class).get(0).start();
        int clock = c.current(Mention.Clock.class).get(0).end();
        int space = c.text.lastIndexOf(' ', meal);
        return space > clock ? space + 1 : meal;
    }

    /**
     * The movement of a changed ticket said with no movement verb but its new time: leaving when a verb of
     * leaving follows the time; else its day decides ({@link ChangedTicketDay}). Where the day leaves it open it reads
     * both ways: {@code null}, and {@link #unclear} says so.
     */
    static Draft.Kind verbless(Clause c, Clause before, Reading reading) {
        if (!timed(c, before)) return null;
        if (leaves(c)) return Draft.Kind.DEPARTURE;
        return ChangedTicketDay.kind(c, day(c, reading), reading);
    }

    /** Whether a verb of the ticket leaving (起飞, 才开, 发车) is said. */
    static boolean leaves(Clause c) {
        return any(c, LEAVES);
    }

    /**
     * "G1652晚点 要到下午两点半才开": 到 before the new time is "not until", and the verb after it says the train
     * leaves.
     */
    static boolean leavesAfterAll(Clause c) {
        if (!said(c) || c.current(Mention.Clock.class).isEmpty()) return false;
        int clock = c.current(Mention.Clock.class).get(0).start();
        if (c.has(Cue.ARRIVE) && c.at(Cue.ARRIVE) > clock) return false;
        for (String w : LEAVES) {
            int at = c.text.indexOf(w, clock);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }

    /** A changed ticket with its new time, read neither as an arrival nor as a departure (see {@link #verbless}). */
    static boolean unclear(Clause c, Clause before, Reading reading) {
        return timed(c, before) && verbless(c, before, reading) == null;
    }

    /**
     * A changed ticket with its new time, or rebooked onto a new train or flight with none ("CZ6102取消了
     * 改成下午的CZ6104"): the new one is the movement, on the day said or today.
     */
    static boolean timed(Clause c, Clause before) {
        return !c.question
                && !c.has(Cue.UNSURE)
                && changed(c, before)
                && (!c.current(Mention.Clock.class).isEmpty() || rebooked(c))
                && WaitingBus.apart(c, TICKETS, CHANGED);
    }

    /** Words putting people on another train or flight, said before its number (改成下午的CZ6104). */
    private static final String[] REBOOK = {"改成", "改到", "改为", "换成", "改签", "改乘", "改坐", "换乘", "改订"};

    /**
     * A train or flight named after a word of rebooking with its day or part of the day ("改成下午的CZ6104"): the
     * ticket now taken. With neither ("改成G1316 明天下午3点走") the time is said apart.
     */
    private static boolean rebooked(Clause c) {
        List<Mention.Transport> tickets = c.all(Mention.Transport.class);
        if (tickets.isEmpty()) return false;
        if (c.current(Mention.Day.class).isEmpty() && c.all(Mention.Part.class).isEmpty()) return false;
        int last = tickets.get(tickets.size() - 1).start();
        for (String w : REBOOK) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < last) return true;
        }
        return false;
    }

    private static LocalDate day(Clause c, Reading reading) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        return days.isEmpty() ? reading.today() : days.get(0).date();
    }

    private static boolean any(Clause c, String[] words) {
        for (String w : words) {
            int at = c.text.indexOf(w, c.start);
            if (at >= 0 && at < c.end) return true;
        }
        return false;
    }
}
