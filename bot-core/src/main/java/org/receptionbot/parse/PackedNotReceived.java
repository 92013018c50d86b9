package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.receptionbot.message.Gap;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * "打包早饭没拿到 餐厅说没接到通知", "我们的打包早餐还没送来", "没领到打包的午饭": packed food asked for and not received is a
 * meal problem for someone to act on (an ISSUE MEAL of the named or the sender's delegation), not the meal as planned;
 * the message's other records (the leavers' departure said done) stay. Food received ("打包早饭拿到了") is talk.
 */
final class PackedNotReceived {
    private static final String MEAL = "(?:早餐|早饭|早点|午餐|午饭|中饭|晚餐|晚饭|盒饭|饭|餐)?";
    private static final String MISSING = "(?:还)?(?:没|没有|未)(?:拿到|领到|收到|送到|送来|到|给|准备|备好|发)";
    private static final Pattern NOT_RECEIVED = Pattern.compile(
            "打个?包的?" + MEAL + "[^，,。；;！!\\s]{0,4}?" + MISSING + "|" + MISSING + "[^，,。；;！!\\s]{0,2}?打个?包的?" + MEAL);

    private PackedNotReceived() {}

    static ParseOutcome apply(ParseOutcome read, String original, String sender) {
        // Every match holds 包 (打包): most messages have none, and no matcher is made for them.
        if (original.indexOf('包') < 0 || !NOT_RECEIVED.matcher(original).find()) return read;
        if (read.records().stream().anyMatch(r -> r instanceof Issue i && i.category() == IssueCategory.MEAL))
            return read;
        List<Record> records = new ArrayList<>();
        String delegation = null;
        for (Record r : read.records()) {
            // 打包早饭没拿到: no report of the meal as planned
            if (r instanceof MealCount m && m.count() == null) delegation = m.delegation();
            else records.add(r);
            if (delegation == null && r.delegation() != null) delegation = r.delegation();
        }
        records.add(new Issue(IssueCategory.MEAL, delegation != null ? delegation : sender, original.strip()));
        List<Gap> gaps = read instanceof ParseOutcome.Incomplete i
                ? i.gaps().stream()
                        .filter(g -> g.missing() != Gap.Field.UNCLEAR)
                        .toList()
                : List.of();
        return gaps.isEmpty()
                ? new ParseOutcome.Understood(records, false, read.saidNow())
                : new ParseOutcome.Incomplete(records, gaps, read.saidNow());
    }
}
