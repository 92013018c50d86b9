package org.receptionbot.conversation;

import java.util.regex.Pattern;
import org.receptionbot.record.Departure;
import org.receptionbot.record.Movement;

/**
 * A check-out's time said beside a recorded departure ("确认 坐的G1118 9点半退房", "退房时间定在中午12点 G1234不变"): the
 * time of leaving the rooms, never the time of the departure; the departure keeps its recorded time and takes what
 * else the message says (its train or flight).
 */
final class CheckOutClocks {
    private static final String CLOCK =
            "(?:[0-9]{1,2}\\s*[:：]\\s*[0-9]{2}|[0-9一二两三四五六七八九十]{1,3}\\s*点(?:\\s*(?:半|一刻|三刻|[0-9]{1,2}分?|[一二三四五六七八九十]{1,3}分?))?)";
    private static final String PART = "(?:早上|上午|中午|下午|晚上|早|明早|今早)?";
    /** A clock followed by the check-out (9点半退房, 12点前退房), or the check-out's time said first (退房时间12点). */
    private static final Pattern CHECK_OUT_CLOCK = Pattern.compile(
            PART + CLOCK + "\\s*(?:前|以前|之前|左右)?\\s*(?:办)?退房" + "|退房(?:时间)?\\s*(?:是|定在|在|为)?\\s*" + PART + CLOCK);

    private static final Pattern ANY_CLOCK = Pattern.compile(CLOCK);

    private CheckOutClocks() {}

    /** Whether every clock of {@code text} is a check-out's, and there is one. */
    static boolean onlyCheckOut(String text) {
        String rest = CHECK_OUT_CLOCK.matcher(text).replaceAll(" ");
        return !rest.equals(text) && !ANY_CLOCK.matcher(rest).find();
    }

    /**
     * {@code m} with the time of {@code old} when it is a departure on the same day whose only time said is a
     * check-out's; else {@code m}.
     */
    static Movement kept(Movement m, Movement old, String text) {
        if (!(m instanceof Departure) || !m.date().equals(old.date()) || !onlyCheckOut(text)) return m;
        return new Departure(m.delegation(), m.date(), old.time(), m.count(), m.transport(), old.part());
    }
}
