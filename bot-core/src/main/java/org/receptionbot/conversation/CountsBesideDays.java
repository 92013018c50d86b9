package org.receptionbot.conversation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.ledger.RecordFields;
import org.receptionbot.message.Gap;
import org.receptionbot.record.Movement;
import org.receptionbot.record.Record;

/**
 * "江西确认 7点走 要用车送机场 2个人", asked "请问是哪一天？" about "江西确认 7点走": the people the message says beside the
 * statement are the movement's count, kept in the draft when the question is asked, and kept by the record the answer
 * ("明天", "明天早上", "10号", "周四") completes, so that the answer never records the whole team for a part.
 */
final class CountsBesideDays {
    /** One figure of people: "2个人", "3人", "2位", "5名"; not a time, a day, a room or a vehicle. */
    private static final Pattern PEOPLE = Pattern.compile("(?<![\\d号点:：.])(\\d{1,3})\\s*(?:个人|人|位|名)(?![\\d次天晚])");

    private CountsBesideDays() {}

    /** {@code gaps} with a day's question about an uncounted movement given the one count the message says. */
    static List<Gap> counted(List<Gap> gaps, String text) {
        return gaps.stream().map(g -> counted(g, text)).toList();
    }

    private static Gap counted(Gap gap, String text) {
        if (gap.missing() != Gap.Field.DATE
                || !(gap.draft() instanceof Movement m)
                || m.count() != null
                || gap.statement() == null) return gap;
        Integer said = onlyCount(text);
        if (said == null) return gap;
        return new Gap(gap.missing(), with(gap.draft(), said), gap.statement(), gap.unread());
    }

    /** The records an answer to a day's question completed, each movement of the draft's kind keeping its count. */
    static List<Record> keep(Gap gap, List<Record> filled) {
        if (gap.missing() != Gap.Field.DATE || !(gap.draft() instanceof Movement d) || d.count() == null) return filled;
        return filled.stream()
                .map(r -> r instanceof Movement m
                                && r.getClass() == gap.draft().getClass()
                                && m.count() == null
                                && m.delegation() != null
                                && m.delegation().equals(d.delegation())
                        ? with(r, d.count())
                        : r)
                .toList();
    }

    /** The one people figure {@code text} says, or null when it says none or several. */
    private static Integer onlyCount(String text) {
        Matcher m = PEOPLE.matcher(text);
        Integer found = null;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (found != null && found != n) return null;
            found = n;
        }
        return found == null || found == 0 ? null : found;
    }

    private static Record with(Record draft, int count) {
        Map<String, String> fields = new LinkedHashMap<>(RecordFields.write(draft));
        fields.put("count", String.valueOf(count));
        return RecordFields.read(fields);
    }
}
