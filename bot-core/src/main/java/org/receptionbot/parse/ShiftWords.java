package org.receptionbot.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that move a plan earlier or later, folded into the one of each family the rules read, of the same length so
 * spans still match: 提早 is 提前 ("提早到7点出发", "提早半小时走"), 推后 is 推迟, and 晚点 before the hour or the
 * time it moves by and a word of leaving is 推迟 ("晚点到10点出发", "晚点半小时走"; a train 晚点 stays a delay).
 */
final class ShiftWords {
    /** A clock hour or an amount of time right after the move word, then a word of leaving. */
    private static final Pattern LATE_LEAVING = Pattern.compile("晚点(?=(?:到|至)?\\s*(?:" + SetOffChanged.CLOCK + "|"
            + SetOffChanged.AMOUNT + ")(?:钟)?\\s*(?:再|才|就)?(?:出发|走|离开|动身|返程))");

    private ShiftWords() {}

    static String fix(String text) {
        if (!text.contains("提早") && !text.contains("推后") && !text.contains("晚点")) return text;
        String out = text.replace("提早", "提前").replace("推后", "推迟");
        Matcher m = LATE_LEAVING.matcher(out);
        if (!m.find()) return out;
        StringBuilder s = new StringBuilder(out);
        do s.replace(m.start(), m.start() + 2, "推迟");
        while (m.find());
        return s.toString();
    }
}
