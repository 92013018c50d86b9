package org.receptionbot.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * What a receipt says, in parts, so that a platform can stand one {@link Digest} in for several
 * receipts without reading their wording.
 *
 * @param lines its lines in order, after its heading
 */
public record Receipt(List<Line> lines) {

    public Receipt {
        lines = List.copyOf(lines);
    }

    /**
     * One line of a receipt.
     *
     * @param text the line as the receipt shows it
     * @param totals for a venue's total, what it totals (day, meal and venue): a later total with
     *     the same key supersedes it; null for any other line
     */
    public record Line(String text, String totals) {

        public static Line of(String text) {
            return new Line(text, null);
        }

        public static Line total(String key, String text) {
            return new Line(text, key);
        }
    }

    /** Its lines, one a line, as the receipt shows them. */
    public String body() {
        return String.join("\n", lines.stream().map(Line::text).toList());
    }

    /** This receipt with more lines after it, one for each line of {@code more}. */
    public Receipt and(String more) {
        List<Line> all = new ArrayList<>(lines);
        for (String line : more.split("\n", -1)) all.add(Line.of(line));
        return new Receipt(all);
    }
}
