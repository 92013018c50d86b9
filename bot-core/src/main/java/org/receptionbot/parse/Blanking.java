package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Blanks what patterns match, keeping every other character at its place, so mentions keep their positions. */
final class Blanking {
    private Blanking() {}

    /** The text with every match of {@code patterns} turned into spaces; the same string when nothing matches. */
    static String blank(String text, List<Pattern> patterns) {
        char[] chars = null;
        for (Pattern p : patterns) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (chars == null) chars = text.toCharArray();
                for (int i = m.start(); i < m.end(); i++) chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
