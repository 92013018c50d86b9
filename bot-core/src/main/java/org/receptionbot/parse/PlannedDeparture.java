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
 * planned one, with its time and transport, not a new one with no time. A departure said moved ("明天推迟一个小时出发",
 * "提前半小时走") is not the plan: its hour is the standing one's moved, which the conversation weighs.
 */
final class PlannedDeparture {
    /** Words of a plan moved or changed (提早 and 推后 read as 提前 and 推迟: {@link ShiftWords}). */
    private static final Pattern MOVED = Pattern.compile(
            "提前|推迟|延后|延迟|顺延|改|调整|" + "[早晚](?:半个?|[0-9一二两三四五六七八九十]{1,2}个?半?)(?:小时|钟头)|[早晚][0-9一二两三四五六七八九十]{1,3}分钟");

    private PlannedDeparture() {}

    /** {@code outcome} with a bare whole departure on its plan's day given the plan, unless {@code text} moves it. */
    static ParseOutcome keep(ParseOutcome outcome, Lexicon lexicon, String text) {
        if (MOVED.matcher(text).find()) return outcome;
        List<Record> records = null;
        for (int i = 0; i < outcome.records().size(); i++) {
            if (!(outcome.records().get(i) instanceof Departure d) || !bare(d)) continue;
            Plan plan = lexicon.event
                    .delegation(d.delegation())
                    .map(Delegation::departure)
                    .orElse(null);
            if (plan == null || !d.date().equals(plan.date()) || plan.count() != null || plan.time() == null) continue;
            if (records == null) records = new ArrayList<>(outcome.records());
            records.set(i, new Departure(d.delegation(), d.date(), plan.time(), null, plan.transport()));
        }
        return records == null ? outcome : outcome.withRecords(records);
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
