package org.receptionbot.parse;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The direction a changed ticket takes from its day when no verb says it ({@link TicketChange#verbless}): an arrival
 * on the event's first day, and on its second while that is still before the event's middle or the event has not
 * begun; a departure in the event's second half. On the middle day, a batch named by its order or pointed at
 * ("第二批", "晚上那批"), said once the teams have come, is a group leaving ("广东的第二批改成下午4点了 车次G2920" on a
 * three-day conference's second day); anything else reads both ways (null: the message is asked about).
 */
final class ChangedTicketDay {
    /** A batch by its order or pointed at: 第二批, 那批, 最后一批, 头一拨. */
    private static final Pattern BATCH = Pattern.compile("第\\s*[一二三四五1-5]\\s*[批拨波]|[那这哪]一?[批拨波]|最后一?[批拨波]|头一?[批拨波]");

    private ChangedTicketDay() {}

    /** The movement of a changed ticket of clause {@code c} on {@code day}, or null when the day leaves it open. */
    static Draft.Kind kind(Clause c, LocalDate day, Reading reading) {
        LocalDate start = reading.lexicon().event.start();
        LocalDate end = reading.lexicon().event.end();
        long half = (end.toEpochDay() - start.toEpochDay()) / 2;
        boolean begun = reading.today().isAfter(start);
        if (!day.isAfter(start)) return Draft.Kind.ARRIVAL;
        if (!day.isAfter(start.plusDays(1)) && (half > 1 || !begun)) return Draft.Kind.ARRIVAL;
        if (day.isAfter(start.plusDays(half))) return Draft.Kind.DEPARTURE;
        boolean middle = !day.isBefore(start.plusDays(half));
        return begun && middle && batch(c) ? Draft.Kind.DEPARTURE : null;
    }

    /** Whether the clause names a batch by its order or points at one. */
    static boolean batch(Clause c) {
        return BATCH.matcher(c.text.substring(c.start, c.end)).find();
    }
}
