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
 * a yes records it as read, a no records nothing; what a no says besides ("不是 换到九院宾馆住") is read as a message
 * of its own, or acknowledged as not recorded.
 */
final class CheckOutAsks {
    private static final List<String> YES = List.of("是", "是的", "对", "对的", "嗯", "确认", "确定", "是离会", "是走", "对 走", "走");
    private static final List<String> NO = List.of("不是", "不", "没有", "否", "不走", "不是离会", "只是退房", "不离会");

    private CheckOutAsks() {}

    /** The question for a departure to confirm: its day (今天, 明天, 后天 or the date) and time. */
    static String question(Gap gap, LocalDate today) {
        if (!(gap.draft() instanceof Departure d)) return gap.missing().question();
        String day = d.date() == null ? "" : Texts.relativeDay(d.date(), today);
        String time = d.time() != null
                ? Texts.time(d.time())
                : d.part() != null ? d.part().label() : "";
        return "是指" + day + time + "离会吗？";
    }

    /**
     * The records a reply gives: the draft on a yes, nothing on a no (also one that opens a longer reply: "不是
     * 换到九院宾馆住"); empty when it is neither.
     */
    static Optional<List<Record>> reply(Gap gap, String text) {
        if (YES.contains(text)) return Optional.of(List.of(gap.draft()));
        if (NO.contains(text) || afterNo(text) != null) return Optional.of(List.of());
        return Optional.empty();
    }

    /** Words that open a no. */
    private static final List<String> NO_LEADS = List.of("不是", "不离会", "不走", "没有", "不", "否");
    /** What may follow the no before the rest of the reply. */
    private static final String PARTICLES = "的啊呀哦噢啦了呢";

    private static final String BREAKS = " ，,。.！!、；;：:";
    /** Words of leaving or of when: "不是 后天走" says the departure anew and is read as a message of its own. */
    private static final List<String> LEAVING =
            List.of("走", "离", "返程", "回程", "回去", "飞", "高铁", "动车", "火车", "航班", "车次", "退房", "出发", "点", "号", "天");

    /**
     * The rest of a reply that opens with a no and a break ("不是 换到九院宾馆住" gives "换到九院宾馆住", "不是的。"
     * gives ""); null when the reply opens with no such no, or when the rest tells of leaving or of a day or time.
     */
    static String afterNo(String text) {
        for (String lead : NO_LEADS) {
            if (!text.startsWith(lead)) continue;
            int at = lead.length();
            while (at < text.length() && PARTICLES.indexOf(text.charAt(at)) >= 0) at++;
            if (at < text.length() && BREAKS.indexOf(text.charAt(at)) < 0) return null;
            while (at < text.length() && BREAKS.indexOf(text.charAt(at)) >= 0) at++;
            String rest = text.substring(at).strip();
            for (String w : LEAVING) if (rest.contains(w)) return null;
            for (int i = 0; i < rest.length(); i++) if (Character.isDigit(rest.charAt(i))) return null;
            return rest;
        }
        return null;
    }
}
