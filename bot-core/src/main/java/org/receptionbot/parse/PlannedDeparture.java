package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Plan;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * "其他人8号走", "剩下的29号走": the whole delegation, or the rest of it, leaving on the day of its planned departure
 * (the event file's), with no time, part of the day or transport said, keeps the plan: the departure is the
 * planned one, with its time and transport, not a new one with no time. So is the main body said by its figure when
 * the message sends the others off on other days and the two make the whole delegation ("西藏明天走27个 3个人后天走"
 * for a team of 30 planned to leave tomorrow: the 27 leave as planned). A departure said moved ("明天推迟一个小时出发",
 * "提前半小时走") is not the plan: its hour is the standing one's moved, which the conversation weighs.
 */
final class PlannedDeparture {
    /** Words of a plan moved or changed (提早 and 推后 read as 提前 and 推迟: {@link ShiftWords}). */
    private static final Pattern MOVED = Pattern.compile(
            "提前|推迟|延后|延迟|顺延|改|调整|" + "[早晚](?:半个?|[0-9一二两三四五六七八九十]{1,2}个?半?)(?:小时|钟头)|[早晚][0-9一二两三四五六七八九十]{1,3}分钟");

    private PlannedDeparture() {}

    /** {@code outcome} with a bare whole departure on its plan's day given the plan, unless {@code text} moves it. */
    static ParseOutcome keep(ParseOutcome outcome, Lexicon lexicon, String text) {
        if (outcome.records().stream().noneMatch(r -> r instanceof Departure)
                || MOVED.matcher(text).find()) return outcome;
        List<Record> records = null;
        for (int i = 0; i < outcome.records().size(); i++) {
            if (!(outcome.records().get(i) instanceof Departure d)) continue;
            Delegation team = d.delegation() == null
                    ? null
                    : lexicon.event.delegation(d.delegation()).orElse(null);
            if (team == null || !(bare(d) || mainBody(d, team, outcome.records()))) continue;
            Plan plan = team.departure();
            if (plan == null || !d.date().equals(plan.date()) || plan.count() != null || plan.time() == null) continue;
            if (records == null) records = new ArrayList<>(outcome.records());
            records.set(i, new Departure(d.delegation(), d.date(), plan.time(), d.count(), plan.transport()));
        }
        return records == null ? outcome : outcome.withRecords(records);
    }

    /**
     * {@code d}, a figure leaving on a day with nothing else said, is the delegation but the others of {@code records}
     * who leave on other days: together they are its size.
     */
    private static boolean mainBody(Departure d, Delegation team, List<Record> records) {
        if (d.count() == null || d.time() != null || d.part() != null || d.transport() != null) return false;
        int others = 0;
        for (Record r : records) {
            if (!(r instanceof Departure o) || o == d || !team.id().equals(o.delegation())) continue;
            if (o.count() == null || o.date().equals(d.date())) return false;
            others += o.count();
        }
        return others > 0 && d.count() + others == team.size();
    }

    /** The whole (or the rest of the) delegation leaving on a day, with nothing else said. */
    private static boolean bare(Departure d) {
        return d.delegation() != null
                && d.count() == null
                && d.time() == null
                && d.part() == null
                && d.transport() == null;
    }
}
