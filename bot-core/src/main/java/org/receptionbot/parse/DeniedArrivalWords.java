package org.receptionbot.parse;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words that deny an arrival: put long before now ("早就到了") or denied for the day said ("不是今天到的").
 * The parser reads them in a clause ({@link ArrivalLookalikes}), the chat side in a whole message ({@link #saidIn}).
 */
public final class DeniedArrivalWords {
    /** Words right before 到 that put the arrival long before now: 早就到了, 早已到达, 老早到了. */
    static final List<String> LONG_AGO = List.of("早就", "早已", "早都", "老早", "老早就", "很早就");
    /** Words of days ago before 到 ("好几天前就到了"): read only in a clause, where the 到 is known to be an arrival's. */
    static final List<String> DAYS_AGO = List.of("好几天前就");
    /** Words of now or today between 不是 and the arrival it denies: 不是今天到的, 不是刚到的. */
    private static final List<String> NOW = List.of("今天", "今晚", "今早", "今儿", "刚刚", "刚才", "刚", "现在", "才");
    /** The arrival a whole message denies: 不是…到的, 不是…落地的. */
    private static final List<String> ARRIVED = List.of("到", "抵达", "落地", "来");

    /** An arrival denied for the day said, or put long before now (not a vehicle's: 车早就到了). */
    private static final Pattern DENIED =
            Pattern.compile("不是" + any(NOW) + "*" + any(ARRIVED) + "的|(?<![车巴机船])" + any(LONG_AGO) + "(?:到|抵达)了?");

    private DeniedArrivalWords() {}

    /** Whether {@code message} denies an arrival of today, or puts it long before now. */
    public static boolean saidIn(String message) {
        return DENIED.matcher(message).find();
    }

    private static String any(List<String> words) {
        return "(?:" + String.join("|", words) + ")";
    }
}
