package org.receptionbot.summary;

import java.util.List;
import org.receptionbot.ledger.HeldFigure;

/** The 待确认 block of a board: each held report, who reported it and when, and what it is not counted in. */
public final class HeldLines {
    private final RecordText records;

    public HeldLines(RecordText records) {
        this.records = records;
    }

    /**
     * "待确认（1条，未计入合计）：\n  湖南省代表团 11月30日（周一）午餐 报餐400人（李娜 10:12报，待其确认）\n", or "" when
     * nothing is held.
     *
     * @param notIn what the held reports are not counted in (合计, 名单)
     */
    public String render(List<HeldFigure> held, String notIn) {
        if (held.isEmpty()) return "";
        StringBuilder s = new StringBuilder("待确认（")
                .append(held.size())
                .append("条，未计入")
                .append(notIn)
                .append("）：\n");
        for (HeldFigure h : held) {
            s.append("  ")
                    .append(records.describe(h.record()))
                    .append("（")
                    .append(h.source().senderName());
            s.append(' ')
                    .append(records.clock(h.source().at()))
                    .append("报，待其")
                    .append(h.awaited())
                    .append("）\n");
        }
        return s.toString();
    }
}
