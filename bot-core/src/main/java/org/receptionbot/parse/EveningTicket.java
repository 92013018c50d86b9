package org.receptionbot.parse;

import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * A departure's ticket and clock time said in the evening with no day ("厦门3人 MF8208 11点05", "贵州5个 下午3点10分
 * GJ8888" at 21:50): the time is already past today, and a ticket is booked ahead, so it is tomorrow's. A departure
 * said as done ("11点05走了", "已经登机") is no plan, and people pointed back at ("那5个人下午3点走 坐G1234") are of a
 * departure on record: both keep asking their day.
 */
final class EveningTicket {
    /** From this time on, a ticket's time already past is the next day's. */
    private static final LocalTime EVENING = LocalTime.of(17, 0);

    private EveningTicket() {}

    /** Whether the clause's departure, with no day said, is tomorrow's. */
    static boolean tomorrow(Clause c, String transport, LocalTime time, LocalDateTime now) {
        if (transport == null || time == null || now.toLocalTime().isBefore(EVENING)) return false;
        if (time.isAfter(now.toLocalTime())) return false;
        String said = c.span();
        // 那5个人下午3点走 坐G1234: people pointed back at are of a departure on record, whose day the chat knows.
        if (said.contains("那") || said.contains("这")) return false;
        return !said.contains("了") && !said.contains("已") && !said.contains("刚");
    }
}
