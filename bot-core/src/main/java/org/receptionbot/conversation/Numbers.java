package org.receptionbot.conversation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A count in an answer: "35", "35人", "三十五个", "两人". */
final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,5})");
    private static final String UNITS = "零一二三四五六七八九";

    private static final Pattern ANSWER =
            Pattern.compile("[约大概共]{0,2}[\\d零一二两俩三四五六七八九十百]{1,5}\\s*(人|个人|个|位|名|号车|号|车)?[。.！!]?");

    private Numbers() {}

    /** A number given as a whole answer ("35", "35人", "三十五个"), not a number inside a sentence. */
    static Optional<Integer> answer(String text) {
        return ANSWER.matcher(text.strip()).matches() ? read(text) : Optional.empty();
    }

    static Optional<Integer> read(String text) {
        Matcher m = DIGITS.matcher(text);
        if (m.find()) return Optional.of(Integer.valueOf(m.group(1)));
        String t = text.replace('两', '二').replace('俩', '二').replaceAll("[^零一二三四五六七八九十百]", "");
        return t.isEmpty() ? Optional.empty() : chinese(t);
    }

    private static Optional<Integer> chinese(String t) {
        int total = 0;
        int digit = 0;
        for (char c : t.toCharArray()) {
            int u = UNITS.indexOf(c);
            if (u >= 0) digit = u;
            else if (c == '十') {
                total += (digit == 0 ? 1 : digit) * 10;
                digit = 0;
            } else if (c == '百') {
                total += digit * 100;
                digit = 0;
            }
        }
        return Optional.of(total + digit);
    }
}
