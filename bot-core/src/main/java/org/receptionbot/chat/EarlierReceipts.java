package org.receptionbot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Receipts as a version before {@link Reply.Kind} wrote them: plain text starting with
 * {@value #RECORDED}, a venue's total recognised by its figures. Only for replies a platform queued
 * before an upgrade, so that they are still folded; new replies carry their {@link Receipt}.
 */
public final class EarlierReceipts {
    static final String RECORDED = "已记录";

    /** A venue's total line: what it totals (day, meal and venue), then the figures. */
    private static final Pattern TOTAL = Pattern.compile("(.+合计)\\d+人（容量\\d+人.*）");

    private EarlierReceipts() {}

    /** The receipt a reply's text was, if it was one. */
    public static Optional<Receipt> of(String text) {
        if (text == null || !text.startsWith(RECORDED)) return Optional.empty();
        String rest = text.substring(RECORDED.length());
        return Optional.of(body(rest.startsWith("：") || rest.startsWith(":") ? rest.substring(1) : rest));
    }

    /** The parts of a receipt's text without its heading (as a digest of that version kept it). */
    public static Receipt body(String body) {
        List<Receipt.Line> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            Matcher total = TOTAL.matcher(line);
            lines.add(total.matches() ? Receipt.Line.total(total.group(1), line) : Receipt.Line.of(line));
        }
        return new Receipt(lines);
    }
}
