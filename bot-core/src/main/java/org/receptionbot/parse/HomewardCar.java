package org.receptionbot.parse;

import java.time.LocalDate;

/**
 * "广东中午37人 晚饭不吃 下午3点的车", "甘肃晚上最后一批10点半的车不变", "我们明天下午4点的车": on the event's last
 * days, a delegation's car of a clock time, said with nothing after it but that it stands, is its way home (during the
 * event, or towards a venue, "4点半的车" may be any bus: not read).
 */
final class HomewardCar {
    /** What may follow the car to the end of the clause: 走, 不变, 了, particles. */
    private static final String TAIL = "走了不变哈吧啊呢嗯 ";
    /** Words of a trip about the event, not home. */
    private static final String[] OUTINGS = {
        "赛场", "比赛", "场馆", "训练", "热身", "考察", "参观", "闭幕", "开幕", "体育馆", "会场", "活动", "演出", "彩排", "接", "集合"
    };

    private HomewardCar() {}

    /** Whether {@code c}, of the day {@code day}, names the delegation's car home. */
    static boolean said(Clause c, LocalDate day, Reading reading) {
        if (day == null || day.isBefore(reading.today())) return false;
        Mention.Clock clock = c.current(Mention.Clock.class).get(0);
        int at = clock.end();
        String car = c.text.startsWith("的车子", at) ? "的车子" : c.text.startsWith("的车", at) ? "的车" : null;
        if (car == null) return false;
        for (int i = at + car.length(); i < c.end; i++) if (TAIL.indexOf(c.text.charAt(i)) < 0) return false;
        // 他们要赶7点的车, 重庆的也坐9点的车: a reason, or riding along; 4点半的车 alone, with no part of the day, may be
        // any car.
        String before = c.text.substring(Math.max(c.start, clock.start() - 2), clock.start());
        for (char ch : before.toCharArray()) if ("赶坐乘搭也跟".indexOf(ch) >= 0) return false;
        if (c.current(Mention.Part.class).isEmpty()
                && c.current(Mention.Day.class).isEmpty()) return false;
        String message = reading.original();
        for (String w : OUTINGS) if (message.contains(w)) return false;
        if (c.teams().isEmpty() && reading.sender() == null) return false;
        // The event's last day or the one before (or later, should it run over).
        return reading.today().isAfter(reading.lexicon().event.start())
                && !day.isBefore(reading.lexicon().event.end().minusDays(1));
    }
}
