package org.receptionbot.conversation;

import java.time.LocalDateTime;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Movement;

/**
 * "七点半左右到" at 19:13 after the team was met at 19:12: a clock time of 7–11 with no half of the day is read as said
 * (the records contract), but an arrival that has already happened is not moved back to a morning hour of its own day
 * that is already past, earlier than it: the time is most likely the evening's, or when the team reaches the hotel or
 * the restaurant. The arrival stands and the answer asks for the half of the day; a correction ("不对…") still moves it.
 */
final class ArrivedBeforeTheMorning {
    private ArrivedBeforeTheMorning() {}

    /** Whether {@code said} would move {@code old}, an arrival already happened by {@code now}, to an earlier morning. */
    static boolean movesBack(Movement said, Movement old, LocalDateTime now) {
        if (!(said instanceof Arrival a) || !(old instanceof Arrival was)) return false;
        if (a.time() == null || was.time() == null || !a.date().equals(was.date())) return false;
        int hour = a.time().getHour();
        return hour >= 7
                && hour < 12
                && a.time().isBefore(was.time())
                && !was.date().atTime(was.time()).isAfter(now);
    }

    /** What the answer adds to the arrival on record: it stands, and the half of the day is asked for. */
    static String kept(Movement said) {
        return "，未改为" + said.time() + "（已抵达；如到达时间有变，请注明上午或晚上）";
    }
}
