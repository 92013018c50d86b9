package org.receptionbot.conversation;

import java.util.regex.Pattern;
import org.receptionbot.command.Asked;
import org.receptionbot.event.Delegation;
import org.receptionbot.event.Event;

/**
 * The words after an hour corrected that say why it changed ("不对 是2点半 刚问了车站", "不对 是11点 刚改签的", "又晚了"):
 * a reason, not a report of its own. One with a figure, a meal, a day, a bus, a question or another team than the
 * sender's says more than a reason and leaves the message to be read as a whole.
 */
final class HourReasons {
    /** Words of a report or of a question, never of a reason. */
    private static final Pattern MORE = Pattern.compile("[0-9零一二两俩三四五六七八九十百]|饭|餐|宵夜|夜宵|吃|今天|明天|后天|今晚|明早"
            + "|早上|上午|中午|下午|晚上|号车|不走|不来|不去|取消|改成|改为|吗|么|呢|？|\\?|是不是|对不对");

    private final Event event;

    HourReasons(Event event) {
        this.event = event;
    }

    /** Whether {@code remark} (null when nothing follows the hour) is only a reason, said by the sender of {@code asked}. */
    boolean explain(String remark, Asked asked) {
        if (remark == null || remark.isBlank()) return true;
        if (MORE.matcher(remark).find()) return false;
        String own = asked.sender().delegation();
        for (Delegation d : event.delegations())
            if (!d.id().equals(own) && d.words().stream().anyMatch(remark::contains)) return false;
        return true;
    }
}
