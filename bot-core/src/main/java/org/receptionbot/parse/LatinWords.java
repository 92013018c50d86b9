package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English typed among Chinese ("午餐as planned", "晚饭 as usual", "早餐no change"): each phrase of
 * "as planned" becomes 照常, padded with spaces to its own length so spans still match. A phrase
 * inside a longer Latin word is not one.
 */
final class LatinWords {
    private static final Pattern AS_PLANNED = Pattern.compile(
            "(?<![A-Z])(?:AS\\s*PLANN?ED|AS\\s*PLAN|AS\\s*USUAL|AS\\s*SCHEDULED|AS\\s*BEFORE|NO\\s*CHANGES?|UNCHANGED"
                    + "|SAME\\s*AS\\s*(?:PLANN?ED|PLAN|BEFORE|USUAL))(?![A-Z])");

    private LatinWords() {}

    /** {@code text} (upper-cased Latin letters, as {@link Normalizer} leaves them) with each phrase read. */
    static String fix(String text) {
        if (!hasLatin(text)) return text;
        Matcher m = AS_PLANNED.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text);
        do {
            String word = "照常" + " ".repeat(m.end() - m.start() - 2);
            out.replace(m.start(), m.end(), word);
        } while (m.find());
        return out.toString();
    }

    private static boolean hasLatin(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') return true;
        return false;
    }
}
