package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.Issue;
import org.receptionbot.record.IssueCategory;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.Record;
import org.receptionbot.summary.PackedOrder;

/**
 * The packing of a meal called off, not the meal ("明天早饭打包的取消", "早饭不打包了", "取消打包"): the parser reads the
 * cancelling word as the whole team not eating. The team still eats; the packing is what goes. The cancellation is
 * filed as a meal matter (an issue of {@link IssueCategory#MEAL}, told to the coordinators and the caterer) with the
 * message's words, and the caterer's order of that serving drops the team's portions ({@link PackedOrder#calledOff}).
 * A cancellation of a number of people ("打包的取消 晚饭少5人"), or the meal said not eaten beside it ("早饭不吃了 也不用打包了"), is
 * left as read.
 */
final class PackingCalledOff {
    /** The meal not eaten said too ("早饭不吃了 也不用打包了"): the cancellation stands. */
    private static final java.util.regex.Pattern NOT_EATING =
            java.util.regex.Pattern.compile("不吃|不来吃|不回来吃|不在[^，,。\\s]{0,4}吃");

    private PackingCalledOff() {}

    /** {@code read} with the whole-team cancellation that calls off only the packing as a meal matter; else as it was. */
    static ParseOutcome read(ParseOutcome.Understood read, String text) {
        if (!PackedOrder.CALLED_OFF.matcher(text).find()
                || PackedOrder.PACKED.matcher(text).find()
                || NOT_EATING.matcher(text).find()) return read;
        List<Record> records = new ArrayList<>();
        boolean changed = false;
        for (Record r : read.records()) {
            if (!changed && r instanceof MealCancel c && c.count() == null && c.delegation() != null) {
                records.add(new Issue(IssueCategory.MEAL, c.delegation(), text.strip()));
                changed = true;
            } else records.add(r);
        }
        // 明天早饭不打包了, read as the meal eaten as planned: the meal stands, the packing called off beside it
        if (!changed)
            for (Record r : read.records())
                if (r instanceof org.receptionbot.record.MealCount m && m.delegation() != null) {
                    records.add(new Issue(IssueCategory.MEAL, m.delegation(), text.strip()));
                    changed = true;
                    break;
                }
        // 早饭打包的取消了哈 改成明早5点在餐厅吃了再走: the hour is the meal's, no departure
        if (!changed) return EatenBeforeLeaving.read(read, text);
        return read.withRecords(records);
    }
}
