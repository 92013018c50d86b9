package org.receptionbot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one message that stands in for several receipts in a busy chat: the receipts numbered,
 * without their venue totals, which would give a total as it stood at each of them; then the
 * latest total of each meal and venue.
 */
public final class Digest {
    private Digest() {}

    /**
     * @param receipts the receipts it stands in for, in their order
     * @param mark what the platform puts on each answered message instead of its receipt (👌)
     */
    public static String text(List<Receipt> receipts, String mark) {
        StringBuilder text = new StringBuilder("以下 ")
                .append(receipts.size())
                .append(" 条已记录（原消息已标注")
                .append(mark)
                .append("，如需撤销请回复原消息“撤销”）：");
        Map<String, String> totals = new LinkedHashMap<>();
        int n = 0;
        for (Receipt receipt : receipts) {
            List<String> lines = new ArrayList<>();
            for (Receipt.Line line : receipt.lines()) {
                if (line.totals() != null) totals.put(line.totals(), line.text());
                else lines.add(line.text());
            }
            text.append('\n').append(++n).append(". ").append(String.join("\n", lines));
        }
        if (!totals.isEmpty()) text.append("\n当前合计：\n").append(String.join("\n", totals.values()));
        return text.toString();
    }
}
