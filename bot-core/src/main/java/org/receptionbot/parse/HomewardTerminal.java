package org.receptionbot.parse;

import java.time.LocalDate;

/**
 * "兵团25人已经到机场了", "我们已经到高铁站了" in the second half of the event: reaching an airport or a station as
 * it happens, once the event is past its middle, is the way home, no arrival at the event (on its first days it
 * is one: "西藏代表团30人已经到高铁站了").
 */
final class HomewardTerminal {
    private static final String[] TERMINALS = {"机场", "高铁站", "火车站", "动车站", "车站", "航站楼"};

    private HomewardTerminal() {}

    static boolean test(Clause c, LocalDate today, LocalDate start, LocalDate end) {
        if (!c.has(Cue.ARRIVE)) return false;
        long half = (end.toEpochDay() - start.toEpochDay()) / 2;
        if (!today.isAfter(start.plusDays(half))) return false;
        int at = c.at(Cue.ARRIVE);
        int after = c.endOf(Cue.ARRIVE);
        if (c.text.startsWith("到站", at) || c.text.startsWith("进站", at)) return true;
        for (String t : TERMINALS) if (c.text.startsWith(t, after)) return true;
        return false;
    }
}
