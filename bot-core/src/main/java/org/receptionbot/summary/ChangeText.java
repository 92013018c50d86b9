package org.receptionbot.summary;

import java.util.List;
import java.util.stream.Collectors;
import org.receptionbot.event.Event;
import org.receptionbot.ledger.DinerCount;
import org.receptionbot.record.MealAdd;
import org.receptionbot.record.MealCancel;
import org.receptionbot.record.MealCount;
import org.receptionbot.record.MealRecord;

/**
 * A change to one serving in plain words, so the sender sees at once what will be cooked:
 * "（35人→30人）", "按原计划（55人）", "改为减少3人（原为减少5人），晚餐32人", "晚餐恢复为35人",
 * "（0人→2人，当天未报宵夜，按0人加2人）" for an on-request meal with no count for the day.
 */
public final class ChangeText {
    private final RecordText texts;

    public ChangeText(Event event) {
        this.texts = new RecordText(event);
    }

    /** The effect of a record on its serving, after its text: "（35人→30人）". */
    public String effect(MealRecord r, DinerCount was, DinerCount now) {
        // a whole delegation's cancellation agrees with its having left: nothing to check
        boolean agrees = r instanceof MealCancel m && m.wholeDelegation() && now.left();
        if (now.diners() == 0 && now.stay() != DinerCount.Stay.THERE && !agrees) {
            String where = now.left() ? "已离会" : "尚未抵达";
            return "（该团此时" + where + "，按0人计，请核实日期）";
        }
        if (r instanceof MealCount c && c.asPlanned() && was.diners() == now.diners()) return "（" + now.diners() + "人）";
        if (r instanceof MealCount && was.reported() && was.diners() == now.diners() && !now.clipped())
            return "，与已报人数相同（" + now.diners() + "人）";
        // a part's cancellation that takes no one off: its people are off the serving already (they left before it,
        // or an earlier word of the same departure took them off)
        if (r instanceof MealCancel m && !m.wholeDelegation() && was.diners() == now.diners() && !now.clipped())
            return "（这" + m.count() + "人已扣除，仍为" + now.diners() + "人）";
        if (was.diners() == now.diners() && !now.clipped()) return "（" + now.diners() + "人，与原人数相同，未变化）";
        String clipped = now.clipped() ? "，⚠减少的人数超过现有人数，已按0人计，请核实" : "";
        return "（" + was.diners() + "人→" + now.diners() + "人" + carried(r, was, now) + clipped + "）";
    }

    /**
     * An on-request meal's first change of a day with no count starts from 0: "，当天未报宵夜，按0人减2人".
     */
    private String carried(MealRecord r, DinerCount was, DinerCount now) {
        DinerCount.Carried c = now.carried();
        if (c == null || was.reported()) return "";
        String change;
        if (r instanceof MealAdd a) change = "加" + a.count() + "人";
        else if (r instanceof MealCancel m && !m.wholeDelegation()) change = "减" + m.count() + "人";
        else return "";
        String from = c.reportedBefore() ? "按上次所报" + c.from() + "人" : "当天未报" + texts.meal(r.meal()) + "，按0人";
        return "，" + from + change;
    }

    /** A record that replaces others at the same serving: "… 晚餐 改为减少3人（原为减少5人），晚餐32人". */
    public String corrected(MealRecord r, List<MealRecord> replaced, DinerCount now) {
        String was = replaced.stream().map(texts::what).collect(Collectors.joining("、"));
        String what = texts.what(r);
        if (was.equals(what)) return texts.describe(r) + "（未变，" + texts.meal(r.meal()) + now.diners() + "人）";
        return texts.serving(r) + " 改为" + what + "（原为" + was + "），" + texts.meal(r.meal()) + now.diners() + "人";
    }

    /** A record taken back: "… 晚餐 增加2人，晚餐恢复为30人". */
    public String undone(MealRecord r, DinerCount now) {
        return texts.describe(r) + "，" + texts.meal(r.meal()) + "恢复为" + now.diners() + "人";
    }
}
