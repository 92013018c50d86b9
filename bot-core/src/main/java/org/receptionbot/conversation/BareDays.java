package org.receptionbot.conversation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A reply that is only a day ("明天", "是后天", "29号的", "11月29日"): the answer to "请问是哪一天？" when the statement
 * asked about does not read again with the day put before it; the day then goes into the waiting draft.
 */
final class BareDays {
    private static final Pattern BARE = Pattern.compile(
            "\\s*(?:是|就是)?\\s*(今天|明天|后天|大后天|\\d{1,2}月\\d{1,2}[日号]|\\d{1,2}[日号])\\s*(?:的|吧|呀|啊)?\\s*[。.！!]?\\s*");

    private BareDays() {}

    /** The day a bare reply names, counted from {@code today}; empty when the reply says more than a day. */
    static Optional<LocalDate> read(String text, LocalDate today) {
        if (!BARE.matcher(text).matches()) return Optional.empty();
        return EstimatedMeals.daySaid(text, today);
    }
}
