package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.Ledger;
import org.receptionbot.ledger.StandingMovements;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * A departure moved earlier to a 1–6 o'clock hour with no half-of-day word ("明天提前到6点半出发" from a team planned
 * at 08:30) is the morning's when only the morning is earlier than the standing departure of that day; the contract's
 * afternoon reading stands otherwise. A whole team's departure said as a change of the hour only ("明天出发时间调整为7点", "提前到6点半出发"): the day stays
 * that of the standing departure and no train or flight is named, so the team still takes the standing one's (trial
 * 43: G1118 was dropped from the record). A message naming any means of travel, or a ticket change, keeps what it
 * says.
 */
final class HourOnlyChanges {
    /** Words of a means of travel or of a ticket: such a message says its own transport, or means to. */
    private static final String[] TRANSPORT = {
        "车次", "航班", "高铁", "动车", "火车", "飞机", "航空", "机票", "车票", "改签", "退票", "换票", "自驾", "大巴", "包车", "班次"
    };

    /** Words moving the departure earlier than it stands. */
    private static final String[] EARLIER = {"提前", "提早", "早点", "早些"};
    /** Half-of-day words: the message itself says which half. */
    private static final String[] HALF = {"早上", "上午", "凌晨", "一早", "明早", "中午", "下午", "傍晚", "晚上", "今晚", "明晚", "夜里"};
    /** A 1–6 o'clock hour said ("6点半", "6:40", "六点"). */
    private static final java.util.regex.Pattern SMALL_HOUR =
            java.util.regex.Pattern.compile("(?<![0-9十])([1-6]|[一二两三四五六])\\s*[点:：]");

    private final Event event;
    private final StandingMovements standings;

    HourOnlyChanges(Event event, Ledger ledger) {
        this.event = event;
        this.standings = new StandingMovements(event, ledger);
    }

    /** {@code records} with a departure said earlier at an afternoon hour read as the morning's, where only it is earlier. */
    List<Record> earlier(List<Record> records, String text) {
        if (text == null || !any(text, EARLIER) || any(text, HALF)) return records;
        java.util.regex.Matcher m = SMALL_HOUR.matcher(text);
        if (!m.find()) return records;
        int said = Numbers.read(m.group(1)).orElse(-1);
        if (m.find()) return records;
        List<Record> out = null;
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof Departure d)
                    || d.time() == null
                    || d.time().getHour() != said + 12) continue;
            Movement standing = standings
                    .departure(d.delegation())
                    .map(StandingMovements.Standing::movement)
                    .orElse(null);
            if (standing == null || standing.time() == null || !standing.date().equals(d.date())) continue;
            java.time.LocalTime morning = d.time().minusHours(12);
            if (!morning.isBefore(standing.time()) || d.time().isBefore(standing.time())) continue;
            if (out == null) out = new ArrayList<>(records);
            out.set(i, new Departure(d.delegation(), d.date(), morning, d.count(), d.transport()));
        }
        return out == null ? records : out;
    }

    private static boolean any(String text, String[] words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }

    /** {@code records} with the standing transport kept on a departure whose hour alone changes. */
    List<Record> keepTransport(List<Record> records, String text) {
        if (text == null || names(text)) return records;
        List<Record> out = null;
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof Departure d) || d.transport() != null || d.time() == null) continue;
            if (!whole(d)) continue;
            Movement standing = standings
                    .departure(d.delegation())
                    .map(StandingMovements.Standing::movement)
                    .orElse(null);
            if (standing == null
                    || standing.transport() == null
                    || !standing.date().equals(d.date())) continue;
            if (out == null) out = new ArrayList<>(records);
            out.set(i, new Departure(d.delegation(), d.date(), d.time(), d.count(), standing.transport()));
        }
        return out == null ? records : out;
    }

    private static boolean names(String text) {
        return any(text, TRANSPORT);
    }

    private boolean whole(Departure d) {
        if (d.count() == null) return true;
        return event.delegation(d.delegation()).map(x -> d.count() >= x.size()).orElse(false);
    }
}
