package org.receptionbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.receptionbot.summary.PackedOrder;

/** The clauses of a message that give packed portions ({@link PackedOrder#PACKED}), for {@link PackedMeals}. */
final class PackedClauses {
    private static final Pattern PACKED = PackedOrder.PACKED;
    private static final Pattern CLAUSE = Pattern.compile("[，,。；;！!\\s]+");

    private PackedClauses() {}

    /** The message up to the end of {@code clause}: where and when the packed meal is eaten, with the portions. */
    static String upTo(String text, String clause) {
        int at = text.indexOf(clause);
        return at < 0 ? clause : text.substring(0, at + clause.length()).strip();
    }

    /** The clause giving {@code count} packed portions, or null. */
    static String said(List<String> packed, int count) {
        for (String clause : packed) {
            Matcher m = PACKED.matcher(clause);
            while (m.find()) {
                String figure = m.group(1) != null ? m.group(1) : m.group(2);
                if (Numbers.read(figure).orElse(-1) == count) return clause;
            }
        }
        return null;
    }

    /** The clauses of {@code text} that give packed portions, without a leading 另外. */
    static List<String> of(String text) {
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSE.split(text.strip()))
            if (PACKED.matcher(c).find()) clauses.add(c.replaceFirst("^另外", ""));
        return clauses;
    }
}
