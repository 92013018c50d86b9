package org.receptionbot.conversation;

import java.util.List;
import java.util.Optional;
import org.receptionbot.event.Event;
import org.receptionbot.record.MealRecord;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;

/** Records dated outside the event (a meal outside its days, a movement outside its reception period) and why. */
final class OutsideDates {
    private final Event event;

    OutsideDates(Event event) {
        this.event = event;
    }

    /**
     * The note refusing {@code r} for its date, if any. A meal of the day after the last day is served to the
     * delegations still there ({@link Event#serves(String, java.time.LocalDate)}), or to one whose message says it
     * leaves that day ("我们改30号走，30号早餐照常").
     */
    Optional<String> outside(Record r, List<Record> message) {
        java.time.LocalDate date = r instanceof MealRecord m ? m.date() : r instanceof Movement m ? m.date() : null;
        if (date == null || event.covers(date)) return Optional.empty();
        if (r instanceof MealRecord m && (event.serves(m.delegation(), date) || leaves(message, m)))
            return Optional.empty();
        if (r instanceof org.receptionbot.record.Departure d && event.takesDeparture(d.delegation(), date))
            return Optional.empty();
        if (r instanceof Movement) {
            if (event.receives(date)) return Optional.empty();
            // 黑龙江我们是14号早上走: the day may well be right; who decides is the coordinators, not the liaison
            boolean after = date.isAfter(event.receptionEnd());
            return Optional.of(Texts.day(date) + "在接待日期（" + Texts.day(event.receptionStart()) + "至"
                    + Texts.day(event.receptionEnd()) + "）" + (after ? "之后" : "之前") + "，未记录。如日期有误，请更正后重新发送；如确是"
                    + (after ? "延后离开" : "提前抵达") + "，请与协调组联系安排。");
        }
        return Optional.of(Texts.day(date) + "不在活动日期内（" + Texts.day(event.start()) + "至" + Texts.day(event.end())
                + "），未记录。请核对日期后重新发送。");
    }

    /**
     * Whether the message or the record has the meal's delegation leaving on the meal's day, the day after the last.
     */
    private boolean leaves(List<Record> message, MealRecord m) {
        return m.date().equals(event.end().plusDays(1))
                && message.stream()
                        .anyMatch(r -> r instanceof org.receptionbot.record.Departure d
                                && d.date().equals(m.date())
                                && d.delegation() != null
                                && d.delegation().equals(m.delegation()));
    }
}
