package org.receptionbot.summary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Plan;
import org.receptionbot.record.PartOfDay;

/**
 * One arrival or departure on a day's movement board.
 *
 * @param time the clock time, or null when not known
 * @param people how many people (the delegation's size when the whole delegation moves)
 * @param transport train or flight number, or null
 * @param plan the event file's plan for this movement, or null
 * @param movedTo for a planned movement reported for another day: that day; else null
 * @param part true when only part of the delegation moves on its own ("10人先走"); the plan's line
 *     then counts the rest
 * @param confirmed when the movement was said to have happened (reported at or after its own time,
 *     as a liaison's "到了" confirming it is); null while it is only expected
 * @param partOfDay the part of the day said instead of a clock time ("下午先走"), or null
 */
public record MovementLine(
        LocalTime time,
        Delegation delegation,
        boolean arrival,
        int people,
        String transport,
        Status status,
        Plan plan,
        LocalDate movedTo,
        boolean part,
        LocalDateTime confirmed,
        PartOfDay partOfDay) {

    /**
     * Where the line stands in the day's order: its time, else the start of its part of the day (a 中午 arrival
     * before the evening's), else null (listed last, 时间待定).
     */
    public LocalTime orderedAt() {
        return time != null ? time : partOfDay != null ? partOfDay.from() : null;
    }

    /** When, as said: "15:40", "下午", or "时间待定". */
    public String when() {
        return time == null && partOfDay != null ? partOfDay.label() : Texts.time(time);
    }

    /** How the line stands against the plan of the event file. */
    public enum Status {
        /** Planned in the event file, not reported. */
        PLANNED,
        /** Reported as planned. */
        AS_PLANNED,
        /** Reported differently from the plan (time, day, people or transport). */
        CHANGED,
        /** Reported without a plan. */
        UNPLANNED,
        /** Planned for this day but reported for another. */
        MOVED
    }
}
