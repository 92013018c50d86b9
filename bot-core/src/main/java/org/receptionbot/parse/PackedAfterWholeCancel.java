package org.receptionbot.parse;

import java.util.ArrayList;
import java.util.List;
import org.receptionbot.message.ParseOutcome;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.Record;

/**
 * "兵团明天全天在外比赛 三餐都不在酒店吃 早上打包25份带走", "湖南明天三餐都不回来吃 早饭打包35份": a day's meals
 * not eaten at the hotel, then one of them packed with its figure. The packed meal is still made by the kitchen:
 * its figure is that meal's count and the whole team's cancellation of that meal is dropped; the other meals stay
 * cancelled. Only a meal count said after the cancellation, in a message that speaks of packing, replaces it.
 */
final class PackedAfterWholeCancel {
    private static final String[] PACKED = {"打包", "带走"};

    private PackedAfterWholeCancel() {}

    static ParseOutcome apply(ParseOutcome outcome, String original) {
        if (outcome instanceof ParseOutcome.NothingToRecord || !packing(original)) return outcome;
        List<Record> records = outcome.records();
        List<Record> kept = new ArrayList<>(records);
        for (int i = 0; i < records.size(); i++) {
            if (!(records.get(i) instanceof MealCancel c) || c.count() != null) continue;
            for (int k = i + 1; k < records.size(); k++)
                if (records.get(k) instanceof MealCount m && m.count() != null && sameMeal(c, m)) {
                    kept.remove(c);
                    break;
                }
        }
        if (kept.size() == records.size() || kept.isEmpty()) return outcome;
        return outcome.withRecords(kept);
    }

    private static boolean packing(String text) {
        for (String w : PACKED) if (text.contains(w)) return true;
        return false;
    }

    private static boolean sameMeal(MealCancel c, MealCount m) {
        return java.util.Objects.equals(c.delegation(), m.delegation())
                && java.util.Objects.equals(c.date(), m.date())
                && c.meal().equals(m.meal());
    }
}
