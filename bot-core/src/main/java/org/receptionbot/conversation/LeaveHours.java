package org.receptionbot.conversation;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.event.Event;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.Record;
import org.receptionbot.summary.PackedOrder;

/**
 * The hour a packed meal's message says the team is off by, when the parser read the message as the packing alone
 * ("明天早饭打包15份 七点出发", "早饭要打包25份 六点半就出发了", "出发改到7点"): a whole departure of the packing's
 * delegation at that hour of the morning, on the packed meal's day, for {@link PackedLeaveBy} to weigh against the
 * departure that stands. A pick-up hour said as such ("6点半来拿") is no leaving.
 */
final class LeaveHours {
    private static final String HOUR = "([0-9]{1,2}|[一二两三四五六七八九十]{1,3})\\s*[点:：]\\s*(半|[0-9]{1,2})?分?";
    /** "7点前走", "七点出发", "6点半就走", "6:40走", "7点之前必须出发". */
    private static final Pattern BEFORE_LEAVING =
            Pattern.compile(HOUR + "\\s*(?:之前|以前|前|左右)?\\s*(?:就|要|得|必须|准时)?\\s*(?:要|得)?\\s*(?:走|出发|离开|动身)");
    /** "出发改到7点", "走的时间提前到6点半". */
    private static final Pattern LEAVING_MOVED =
            Pattern.compile("(?:走|出发|离开)的?(?:时间)?\\s*(?:改|提前|推迟|调整)(?:到|成|为)\\s*(?:早上|上午)?" + HOUR);

    private LeaveHours() {}

    /** The whole departure said beside the packed meal the records file, or empty. */
    static Optional<Departure> said(List<Record> records, String text, Instant sent, Event event) {
        Optional<LocalTime> hour = hour(text);
        if (hour.isEmpty()) return Optional.empty();
        for (Record r : records) {
            if (!(r instanceof Issue i) || i.category() != IssueCategory.MEAL || i.delegation() == null) continue;
            Optional<PackedOrder> order = PackedOrder.of(i, sent, event);
            if (order.isPresent())
                return Optional.of(new Departure(i.delegation(), order.get().date(), hour.get(), null, null));
        }
        return Optional.empty();
    }

    /** The morning hour said for leaving, or empty. */
    static Optional<LocalTime> hour(String text) {
        Matcher m = BEFORE_LEAVING.matcher(text);
        if (!m.find()) {
            m = LEAVING_MOVED.matcher(text);
            if (!m.find()) return Optional.empty();
        }
        int hour = Numbers.read(m.group(1)).orElse(-1);
        if (hour < 1 || hour > 11) return Optional.empty();
        String minutes = m.group(2);
        int minute = minutes == null ? 0 : minutes.equals("半") ? 30 : Integer.parseInt(minutes);
        return minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }
}
