package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Record;

/**
 * "上午十一点二十的动车D1872三十九个人一起走", "下午一点五十的那个g1376二十七个人全部走", "坐D5237回武汉转机，第一批20人": the
 * people counted right after a departure's train or flight are who take it. A departure read with its ticket and no
 * count gets that figure; not when a meal or eating word follows the figure ("G1376 午饭30个", "D1872 30个吃饭"), and
 * not when another departure of the message has that figure ("坐G1272 7个人明天走": that group's).
 */
final class TicketFigure {
    private static final Pattern AFTER =
            Pattern.compile("^(?:[的，,、\\s]|那个|然后|坐|回[\\u4e00-\\u9fa5]{1,3}转机)*(?:第一批|全团|全部|一共|总共|共)?\\s*"
                    + "([0-9]{1,3}|[一二两三四五六七八九十]{1,4})\\s*(?:个人|人|位|名|个)(?![吃用饭餐早午中晚宵])");

    private TicketFigure() {}

    static ParseOutcome counted(ParseOutcome read, String text) {
        List<Record> records = read.records();
        List<Record> kept = new ArrayList<>(records);
        boolean changed = false;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < kept.size(); i++) {
            if (!(kept.get(i) instanceof Departure d) || d.count() != null || d.transport() == null) continue;
            String ticket = d.transport().toLowerCase(Locale.ROOT);
            int at = lower.indexOf(ticket);
            if (at < 0 || lower.indexOf(ticket, at + 1) >= 0) continue;
            Matcher m = AFTER.matcher(text.substring(at + ticket.length()));
            if (!m.find()) continue;
            int n = ChineseNumerals.value(m.group(1));
            // 坐G1272 7个人明天走: a figure another departure of the message has is that group's
            int people = n;
            if (n <= 0
                    || records.stream()
                            .anyMatch(r -> r instanceof Departure o
                                    && Integer.valueOf(people).equals(o.count()))) continue;
            kept.set(i, new Departure(d.delegation(), d.date(), d.time(), n, d.transport(), d.part()));
            changed = true;
        }
        return changed ? read.withRecords(kept) : read;
    }
}
