package org.receptionbot.parse;

import java.util.regex.Pattern;

/**
 * A meal said to have been reported wrong ("中午报错了 应该是7个", "晚饭刚才报错了", "早餐人数写错了"): the report it
 * corrects is of that meal today, so a meal with no day said is today's, even once it is served.
 */
final class ReportedWrong {
    private static final Pattern SAID =
            Pattern.compile("(?:早上|早饭|早餐|中午|午饭|午餐|晚上|晚饭|晚餐|宵夜|夜宵)的?(?:人数)?" + "(?:刚才|刚刚|之前|上午|早上)?(?:报|写|填|统计)错了?");

    private ReportedWrong() {}

    /** Whether {@code c} says a meal was reported wrong. */
    static boolean said(Clause c) {
        // Every match ends in 错 (报错, 写错了).
        return c.holds("错") && SAID.matcher(c.span()).find();
    }
}
