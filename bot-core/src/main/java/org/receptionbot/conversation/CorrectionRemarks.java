package org.receptionbot.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words after a corrected figure that say why it changed ("刚才报的38个要改成37个 有一个临时去裁判组帮忙",
 * "不对，是29人 有两个去医院了"): a remark, not a report of its own. With no numeral it is always one (as before);
 * with one it may count people, but no more than the correction explains, and it names no meal, day, time or bus,
 * which would make it a figure of its own.
 */
final class CorrectionRemarks {
    /** A meal, a day, a clock time or a bus: words of a report, never of a reason. */
    private static final Pattern REPORT_WORDS =
            Pattern.compile("早|午|晚|饭|餐|宵夜|夜宵|今天|明天|后天|号车|[0-9一二两三四五六七八九十]+(?:点|:|：)|改成|改为|更正|是[0-9零一二两三四五六七八九十百]");

    /** A figure in the remark, with the unit that makes it a count of people when there is one. */
    private static final Pattern FIGURE = Pattern.compile("([0-9]+|[零一二两俩三四五六七八九十百]+)\\s*(个人|个|人|位|名)?");

    private static final Pattern NUMERAL = Pattern.compile("[0-9零一二两俩三四五六七八九十百]");

    private CorrectionRemarks() {}

    /**
     * Whether {@code remark} (null or empty when nothing follows the figure) is a reason beside a correction whose
     * people counted change by at most {@code limit}: each figure in it a count of people no larger than that.
     */
    static boolean explains(String remark, int limit) {
        if (remark == null || !NUMERAL.matcher(remark).find()) return true;
        if (REPORT_WORDS.matcher(remark).find()) return false;
        Matcher m = FIGURE.matcher(remark);
        while (m.find()) {
            boolean digits = Character.isDigit(m.group(1).charAt(0));
            // 一起, 一下, 统一: a numeral with no unit counts nobody; digits with none are a figure of their own
            if (m.group(2) == null) {
                if (digits) return false;
                continue;
            }
            if (Numbers.read(m.group(1)).orElse(Integer.MAX_VALUE) > limit) return false;
        }
        return true;
    }
}
