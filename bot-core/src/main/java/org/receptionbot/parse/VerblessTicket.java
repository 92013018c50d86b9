package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.List;

/**
 * A delegation's train, flight or coach said with its clock time and no verb of moving in the whole message
 * ("龙江5人 明天中午12点的飞机 午饭不吃了", "甘肃4人 D3722 明天下午三点", "山西28号早上6点 大巴 28人 早饭不吃"): a movement
 * whose direction comes from the message, not a verb. Words of leaving (退房, 送站, 返程, 起飞, a meal not eaten)
 * make it a departure, words of being met (接站, 接机) an arrival; with neither, the delegation's planned
 * arrival or departure on that day decides, else the event: a day in its second half, once it has begun, is
 * the way home. Where the evidence points both ways, or nowhere, it is not read (the message is asked about).
 */
final class VerblessTicket {
    /** Words naming a train, flight or coach with no number. */
    private static final String[] TICKETS = {"飞机", "航班", "班机", "高铁", "动车", "火车", "大巴", "车次"};
    /** Words of leaving said beside the ticket. */
    private static final String[] LEAVING = {
        "退房", "送站", "送机", "送高铁", "送火车", "返程", "回程", "起飞", "打包", "去机场", "去车站", "去高铁站", "去火车站"
    };
    /** Words of being met on arrival. */
    private static final String[] MET = {"接站", "接机", "接一下", "来接", "接我们", "接车"};

    private VerblessTicket() {}

    /** The movement of {@code c}, a ticket with its time and no verb, or null (see the class). */
    static Draft.Kind kind(Clause c, List<Clause> clauses, Reading reading) {
        if (!ticket(c, clauses, reading)) {
            // 下午3点的车 (late in the event): the car home, a departure or nothing.
            if (!ticketLike(c, clauses, reading) || !HomewardCar.said(c, day(c, clauses, reading), reading))
                return null;
            Draft.Kind said = said(clauses, reading);
            Draft.Kind home = said != null
                    ? said
                    : PlannedDirection.byPlan(
                            day(c, clauses, reading), PlannedDirection.team(c, clauses, reading), reading);
            return home == Draft.Kind.DEPARTURE ? home : null;
        }
        Draft.Kind said = said(clauses, reading);
        if (said != null) return said;
        if (any(reading.original(), LEAVING) || mealDropped(clauses)) return null;
        LocalDate day = day(c, clauses, reading);
        Draft.Kind planned = PlannedDirection.byPlan(day, PlannedDirection.team(c, clauses, reading), reading);
        return planned == null && spokenOfHere(c, day, reading) ? Draft.Kind.DEPARTURE : planned;
    }

    /**
     * "他明天下午3点的航班 GS6540" (once the event has begun): the one person spoken of before, by 他 or 她, is at the
     * event already; a ticket of theirs on a later day is the way home.
     */
    private static boolean spokenOfHere(Clause c, LocalDate day, Reading reading) {
        char first = c.text.charAt(c.start);
        if (first != '他' && first != '她' || c.text.startsWith("们", c.start + 1)) return false;
        if (!c.teams().isEmpty() || Figures.people(c) != null) return false;
        return !reading.today().isBefore(reading.lexicon().event.start()) && day.isAfter(reading.today());
    }

    /**
     * The direction the message's words give a ticket: a departure for words of leaving or a meal not eaten, an
     * arrival for words of being met; null for neither or both.
     */
    static Draft.Kind said(List<Clause> clauses, Reading reading) {
        boolean leaving = any(reading.original(), LEAVING) || mealDropped(clauses);
        boolean met = any(reading.original(), MET);
        if (leaving == met) return null;
        return leaving ? Draft.Kind.DEPARTURE : Draft.Kind.ARRIVAL;
    }

    /**
     * Whether {@code c} names a ticket with its clock time (the train or flight may be said in the clause just
     * before, 甘肃4人 D3722 | 明天下午三点), in a message where no statement names its movement by a verb.
     */
    private static boolean ticket(Clause c, List<Clause> clauses, Reading reading) {
        if (!ticketLike(c, clauses, reading)) return false;
        int at = clauses.indexOf(c);
        Clause before = at > 0 ? clauses.get(at - 1) : null;
        return !c.all(Mention.Transport.class).isEmpty() || named(c) || ridden(c, before) || ticketBefore(c, clauses);
    }

    /** Whether {@code c} may name a ticket: a clock time, said as sure, in a message with no verb of movement. */
    private static boolean ticketLike(Clause c, List<Clause> clauses, Reading reading) {
        if (c.question || c.current(Mention.Clock.class).isEmpty()) return false;
        if (c.has(Cue.PAST) && !lookedUp(c) || c.has(Cue.UNSURE) || c.has(Cue.UNDECIDED) || c.has(Cue.HEADCOUNT))
            return false;
        if (!OwnBusLabel.only(c, reading.lexicon().event) || mealFirst(c)) return false;
        // 9点半去车站的大巴到门口了: the bus of that time, here now, waits for its riders; nobody's ticket.
        if (MovementTalk.busHere(c)) return false;
        for (Clause other : clauses) if (other.movement() != null || other.has(Cue.NOTICE)) return false;
        return true;
    }

    /** The train or flight said in the clause just before one with a clock time only (甘肃4人 D3722 | 明天下午三点). */
    private static boolean ticketBefore(Clause c, List<Clause> clauses) {
        int at = clauses.indexOf(c);
        Clause before = at > 0 ? clauses.get(at - 1) : null;
        return before != null
                && !before.all(Mention.Transport.class).isEmpty()
                && before.all(Mention.Clock.class).isEmpty()
                && before.all(Mention.Meals.class).isEmpty();
    }

    /**
     * "8点的飞机", "早上6点 大巴": a ticket word after the clock time ("4点半的车" may be any car or bus: not read).
     */
    private static boolean named(Clause c) {
        int clock = c.current(Mention.Clock.class).get(0).end();
        for (String w : TICKETS) {
            int at = c.text.indexOf(w, clock);
            // 9点必须到火车站: the station is a place, no ticket.
            if (at >= 0 && at < c.end && !c.text.startsWith("站", at + w.length())) return true;
        }
        return false;
    }

    /**
     * "厦门三个 坐7点的车": a car or bus of a clock time that people counted right before it ride (坐, 乘, 搭) is their
     * ticket ("重庆的也坐9点的车" names no one leaving; 赶7点的车 is a reason).
     */
    private static boolean ridden(Clause c, Clause before) {
        Mention.Clock clock = c.current(Mention.Clock.class).get(0);
        if (!c.text.startsWith("的车", clock.end())) return false;
        if (Figures.people(c) == null && (before == null || Figures.people(before) == null)) return false;
        int from = Math.max(c.start, clock.start() - 2);
        for (int i = from; i < clock.start(); i++) if ("坐乘搭".indexOf(c.text.charAt(i)) >= 0) return true;
        return false;
    }

    /** "航班CZ6106刚才查了 是正常的 十二点四十起飞": the past is the sender's look-up, not the movement. */
    static boolean lookedUp(Clause c) {
        int end = c.endOf(Cue.PAST);
        return c.text.startsWith("查", end) || c.text.startsWith("问", end);
    }

    /** Where the clause's train or flight number, or its first ticket word after a clock time, is; or -1. */
    static int ticketAt(Clause c) {
        List<Mention.Transport> numbers = c.all(Mention.Transport.class);
        if (!numbers.isEmpty()) return numbers.get(0).start();
        List<Mention.Clock> clocks = c.all(Mention.Clock.class);
        if (clocks.isEmpty()) return -1;
        for (String w : TICKETS) {
            int at = c.text.indexOf(w, clocks.get(0).end());
            if (at >= 0 && at < c.end && !c.text.startsWith("站", at + w.length())) return at;
        }
        return -1;
    }

    /** A meal named before the clock time (晚饭6点): the time is the meal's. */
    private static boolean mealFirst(Clause c) {
        List<Mention.Meals> meals = c.all(Mention.Meals.class);
        return !meals.isEmpty()
                && meals.get(0).start() < c.current(Mention.Clock.class).get(0).start();
    }

    /** A meal not eaten in the message (早饭不吃, 早餐午餐都不用了, 中午不吃): people leaving. */
    private static boolean mealDropped(List<Clause> clauses) {
        for (Clause c : clauses) {
            boolean meal = !c.all(Mention.Meals.class).isEmpty()
                    || !c.all(Mention.Part.class).isEmpty();
            if (meal && c.has(Cue.CANCEL) && c.current(Mention.Clock.class).isEmpty()) return true;
        }
        return false;
    }

    /** The ticket's day: its own, else the last one said before it, else today. */
    static LocalDate day(Clause c, List<Clause> clauses, Reading reading) {
        List<Mention.Day> days = c.current(Mention.Day.class);
        if (!days.isEmpty()) return days.get(0).date();
        LocalDate said = reading.today();
        for (Clause before : clauses) {
            if (before == c) break;
            for (Mention.Day d : before.all(Mention.Day.class)) said = d.date();
        }
        return said;
    }

    private static boolean any(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
