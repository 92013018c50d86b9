package org.receptionbot.conversation;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.message.SaidNow;
import org.receptionbot.record.Arrival;
import org.receptionbot.record.Record;

/**
 * Arrivals said done in a message that says more than the one arrival ({@link ArrivedNow#arrival} ties only that one):
 * several teams at once ("山西厅5人已到 辽宁厅6人也到了") or an arrival beside the day's meal figures ("大连局3人到了哈
 * 午饭3个 晚饭3个"). Each arrival of today with neither a clock time nor a part of the day is done at the report's
 * minute, so that 今日动态 shows the hour they came (never 时间待定) and its people count from the next serving. One said
 * to come later in the day ("辽宁厅6人下午到": a part of the day; "今天晚点到") is left as read.
 */
final class SaidDoneArrivals {
    /** Today's arrival still to come said with no hour: 今天到, 今晚过来, 晚点到, 稍后到. */
    private static final Pattern STILL_TO_COME =
            Pattern.compile("今[天日晚]\\S{0,6}?(到|来|过来|抵达)(?![了啦齐])|(晚点|稍后|一会儿?|待会儿?|等下)\\S{0,3}?(到|来)");

    private SaidDoneArrivals() {}

    /**
     * {@code outcome} with its untimed arrivals of today done at {@code now} when the parser marked the message as
     * people arriving as it is sent, with no one said missing; as it is otherwise.
     */
    static ParseOutcome timed(ParseOutcome outcome, LocalDateTime now) {
        if (!(outcome instanceof ParseOutcome.Understood u)) return outcome;
        SaidNow s = ArrivedNow.said(outcome).orElse(null);
        if (s == null || s.missing() != null) return outcome;
        List<Record> records = new ArrayList<>();
        boolean changed = false;
        for (Record r : u.records()) {
            if (r instanceof Arrival a && untimedToday(a, now)) {
                records.add(ArrivedNow.at(a, now));
                changed = true;
            } else records.add(r);
        }
        return changed ? new ParseOutcome.Understood(records, u.further(), outcome.saidNow()) : outcome;
    }

    /** Whether {@code text} says an arrival of today still to come with no hour ("今天晚点到"). */
    static boolean stillToCome(String text) {
        return STILL_TO_COME.matcher(text).find();
    }

    private static boolean untimedToday(Arrival a, LocalDateTime now) {
        return a.date().equals(now.toLocalDate()) && a.time() == null && a.part() == null;
    }
}
