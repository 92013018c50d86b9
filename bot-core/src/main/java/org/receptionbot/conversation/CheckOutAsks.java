package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;
import org.receptionbot.summary.Texts;

/**
 * A departure read from a check-out alone ({@link Gap.Field#CONFIRM}): asked back as "是指明天13:00离会吗？";
 * a yes records it as read, a no records nothing.
 */
final class CheckOutAsks {
    private static final List<String> YES = List.of("是", "是的", "对", "对的", "嗯", "确认", "确定", "是离会", "是走", "对 走", "走");
    private static final List<String> NO = List.of("不是", "不", "没有", "否", "不走", "不是离会", "只是退房", "不离会");

    private CheckOutAsks() {}

    /** The question for a departure to confirm: its day (今天, 明天, 后天 or the date) and time. */
    static String question(Gap gap, LocalDate today) {
        if (!(gap.draft() instanceof Departure d)) return gap.missing().question();
        String day = d.date() == null
                ? ""
                : d.date().equals(today)
                        ? "今天"
                        : d.date().equals(today.plusDays(1))
                                ? "明天"
                                : d.date().equals(today.plusDays(2)) ? "后天" : Texts.day(d.date());
        String time = d.time() != null
                ? Texts.time(d.time())
                : d.part() != null ? d.part().label() : "";
        return "是指" + day + time + "离会吗？";
    }

    /** The records a reply gives: the draft on a yes, nothing on a no; empty when it is neither. */
    static Optional<List<Record>> reply(Gap gap, String text) {
        if (YES.contains(text)) return Optional.of(List.of(gap.draft()));
        if (NO.contains(text)) return Optional.of(List.of());
        return Optional.empty();
    }
}
