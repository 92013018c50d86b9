package org.receptionbot.conversation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bus liaison's account of the people a count is short of ("2号车实到28人 少的2个是山东的 他们早上已经回去了",
 * "差的那个是北京的 去市里见朋友了"): who they are and why, said after the count. The coordinators warned of the shortfall
 * hear it with the warning ({@link CountWarnings}); a bare ⚠少2人 leaves them calling the bus to ask.
 */
final class ShortfallReason {
    /**
     * The short ones pointed at (少的, 差的那个, 没来的两位, 缺的2个) and then said who or why (是…, 他们…, 已经…, 说…,
     * 因为…, 早上…, 临时…).
     */
    private static final Pattern ACCOUNT =
            Pattern.compile("(?:少|差|缺|没来|没到|未到|没上车)(?:了)?的(?:那|这)?(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2}|俩|仨)?[个位名]?人?"
                    + "[ ，,]*(?:都|也)?(?:是|他|她|已经|早上|上午|中午|说|因为|临时|请假|在|去)");

    private ShortfallReason() {}

    /** The liaison's words from the account of the short ones to the end of the message; null when none is given. */
    static String of(String text) {
        if (text == null) return null;
        Matcher m = ACCOUNT.matcher(text);
        if (!m.find()) return null;
        String words = text.substring(m.start()).strip();
        return words.isEmpty() ? null : words;
    }
}
