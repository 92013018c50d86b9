package org.receptionbot.conversation;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.StandingMovements;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A departure's hour said changed, read against the team's standing departure (its latest recorded whole departure,
 * else the plan) of the same day. The one owner of that reading ({@link #hourChanged}): the change keeps the standing
 * train or flight unless the message names a means of travel or a ticket change; 提前 to a 1–6 o'clock hour with no
 * half of the day is the morning when only the morning is earlier than the standing departure; a move by an amount
 * ("提早半小时走") is the standing hour moved by it. {@link PackedLeaveBy} weighs the hour said beside a packed meal
 * against the same standing departure. The words of each family are {@link LeaveWords}'.
 */
final class StandingHours {
    /** A 1–6 o'clock hour said ("6点半", "6:40", "六点"). */
    private static final Pattern SMALL_HOUR = Pattern.compile("(?<![0-9十])([1-6]|[一二两三四五六])\\s*[点:：]");

    private final Event event;
    private final StandingMovements standings;

    StandingHours(Event event, Ledger ledger) {
        this.event = event;
        this.standings = new StandingMovements(event, ledger);
    }

    /**
     * {@code records} with each departure whose hour alone is said changed weighed against the standing departure of
     * its day ({@link #hours}), the whole team's keeping the standing train or flight ("明天出发时间调整为7点": G1118
     * stays).
     */
    List<Record> hourChanged(List<Record> records, String text) {
        return each(records, text, true);
    }

    /**
     * {@code records} with each departure's hour said changed read against the standing departure of its day: as the
     * morning's ("明天提前到6点半出发" of 08:30: 06:30), or moved by the amount said ("提早半小时走" of 08:30: 08:00).
     */
    List<Record> hours(List<Record> records, String text) {
        return each(records, text, false);
    }

    private List<Record> each(List<Record> records, String text, boolean keepTrain) {
        if (text == null) return records;
        List<Record> out = new ArrayList<>(records);
        for (int i = 0; i < out.size(); i++)
            if (out.get(i) instanceof Departure d) out.set(i, hourChanged(d, text, keepTrain));
        return out.equals(records) ? records : out;
    }

    private Departure hourChanged(Departure d, String text, boolean keepTrain) {
        Movement standing = standing(d.delegation());
        if (standing == null || !standing.date().equals(d.date())) return d;
        LocalTime time = d.time() != null ? morning(d.time(), standing, text) : shifted(d, standing, text);
        if (time == null) return d;
        boolean kept = keepTrain && whole(d) && d.transport() == null && !LeaveWords.namesTransport(text);
        String transport = kept ? standing.transport() : d.transport();
        return new Departure(d.delegation(), d.date(), time, d.count(), transport, d.part());
    }

    /**
     * An afternoon hour said as a move earlier to 1–6 o'clock with no half of the day, read as the morning's when only
     * that is earlier than the standing departure; the hour as it is otherwise.
     */
    private static LocalTime morning(LocalTime time, Movement standing, String text) {
        if (standing.time() == null || !LeaveWords.earlier(text) || LeaveWords.halfOfDay(text)) return time;
        Matcher m = SMALL_HOUR.matcher(text);
        if (!m.find()) return time;
        int said = Numbers.read(m.group(1)).orElse(-1);
        if (m.find() || time.getHour() != said + 12) return time;
        LocalTime morning = time.minusHours(12);
        return morning.isBefore(standing.time()) && !time.isBefore(standing.time()) ? morning : time;
    }

    /** The standing hour moved by the amount said ("提前半小时"), for the whole team's departure with no hour; or null. */
    private LocalTime shifted(Departure d, Movement standing, String text) {
        if (standing.time() == null || !whole(d)) return null;
        Duration by = LeaveWords.shift(text).orElse(null);
        if (by == null) return null;
        LocalTime moved = standing.time().plus(by);
        // 凌晨0点半 提前1小时: the day before, which an hour alone cannot say
        return by.isNegative() == moved.isBefore(standing.time()) ? moved : null;
    }

    /** The delegation's standing departure, or null when it has none recorded or planned. */
    Movement standing(String delegation) {
        return standings
                .departure(delegation)
                .map(StandingMovements.Standing::movement)
                .orElse(null);
    }

    /** Whether the departure is the whole delegation's (no figure, or at least its size). */
    boolean whole(Departure d) {
        if (d.count() == null) return true;
        return event.delegation(d.delegation()).map(x -> d.count() >= x.size()).orElse(false);
    }
}
