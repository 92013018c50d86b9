package org.receptionbot.parse;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Blanks what patterns match, keeping every other character at its place, so mentions keep their positions. */
final class Blanking {
    private Blanking() {}

    /**
     * Whether a 的 follows one of {@code verbEnds} (the last characters of the verbs a pattern names),
     * 了 between them or not: a pattern whose every match holds such a verb and 的 ("出发了的", "到的") can
     * match only then.
     */
    static boolean deAfterVerb(String text, String verbEnds) {
        for (int i = text.indexOf('的', 1); i > 0; i = text.indexOf('的', i + 1)) {
            char before = text.charAt(i - 1);
            if (before == '了' && i > 1) before = text.charAt(i - 2);
            if (verbEnds.indexOf(before) >= 0) return true;
        }
        return false;
    }

    /** The text with every match of {@code patterns} turned into spaces; the same string when nothing matches. */
    static String blank(String text, List<Pattern> patterns) {
        return blank(text, patterns, null);
    }

    /**
     * {@link #blank(String, List)}, running each pattern only when its guard in {@code may} (the same order, null
     * for none) holds for the text: a guard must hold wherever its pattern can match.
     */
    static String blank(String text, List<Pattern> patterns, List<Predicate<String>> may) {
        char[] chars = null;
        for (int k = 0; k < patterns.size(); k++) {
            if (may != null && !may.get(k).test(text)) continue;
            Matcher m = patterns.get(k).matcher(text);
            while (m.find()) {
                if (chars == null) chars = text.toCharArray();
                for (int i = m.start(); i < m.end(); i++) chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
