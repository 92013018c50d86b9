package org.receptionbot.conversation;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * "上海看决赛那6个回来要吃宵夜 6份 大概10点到": people of the delegation coming back from the venue to a meal the same
 * message reports for them. The hour they come is when they eat, no arrival at the event: its day is not asked, so an
 * answer to it ("就今天晚上啊") can never be taken for an arrival.
 */
final class ComingBackToEat {
    /** Coming back, not arriving: 回来, 赶回来, 回到酒店. */
    private static final Pattern BACK = Pattern.compile("回来|回到");

    private ComingBackToEat() {}

    /** {@code gaps} without the arrivals whose day is asked that are the diners of a meal of {@code records}. */
    static List<Gap> drop(List<Gap> gaps, List<Record> records, String text) {
        if (!BACK.matcher(text).find()) return gaps;
        return gaps.stream().filter(g -> !diners(g, records)).toList();
    }

    private static boolean diners(Gap gap, List<Record> records) {
        if (gap.missing() != Gap.Field.DATE || !(gap.draft() instanceof Arrival a) || a.count() == null) return false;
        return records.stream().anyMatch(r -> Objects.equals(r.delegation(), a.delegation()) && eating(r, a.count()));
    }

    private static boolean eating(Record r, int count) {
        return r instanceof MealCount c && Objects.equals(c.count(), count)
                || r instanceof MealAdd m && m.count() == count;
    }
}
