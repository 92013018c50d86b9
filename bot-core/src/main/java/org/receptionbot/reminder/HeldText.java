package org.receptionbot.reminder;

import java.util.List;
import org.receptionbot.ledger.HeldFigure;
import org.receptionbot.record.MealRecord;
import org.receptionbot.summary.RecordText;

/**
 * The reports of a serving held for their sender's confirmation, as the reminder before its
 * deadline names them: not 未报, but not counted either until confirmed.
 */
final class HeldText {
    private final RecordText texts;

    HeldText(RecordText texts) {
        this.texts = texts;
    }

    /** "\n以下1条报告待发送人确认（…）：\n湖南省代表团 报餐80人（李娜 10:12报，请其确认）", or "" when none. */
    String lines(List<HeldFigure> held) {
        if (held.isEmpty()) return "";
        StringBuilder s = new StringBuilder("\n以下").append(held.size()).append("条报告待发送人确认（确认前不计入人数，截止时仍未确认的按未报计）：");
        for (HeldFigure h : held) {
            MealRecord r = (MealRecord) h.record();
            s.append('\n').append(texts.delegation(r.delegation())).append(' ').append(texts.what(r));
            s.append("（")
                    .append(h.source().senderName())
                    .append(' ')
                    .append(texts.clock(h.source().at()));
            s.append("报，请其").append(h.awaited()).append("）");
        }
        return s.toString();
    }
}
